using System.Security.Claims;
using GovProcurement.Domain.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovProcurement.Portal.Accounts;

/// <summary>
/// An open circuit's user. When the account's security stamp changes on this instance (sign-out,
/// password change or reset, role change, disabling) <see cref="SessionEndCircuitHandler"/> has the
/// circuit re-check at once (<see cref="RecheckAsync"/>): an account no longer current turns
/// anonymous, and the page's authorization sends the browser to sign in. Every
/// <see cref="SecurityPolicy.RevalidationInterval"/> it also re-checks on its own, for a change
/// made on another instance.
/// </summary>
public sealed class PortalRevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private static readonly AuthenticationState Anonymous = new(new ClaimsPrincipal(new ClaimsIdentity()));
    private readonly AccountSessions sessions;
    private readonly IdentityOptions identity;
    private readonly SecurityPolicy policy;
    private readonly ILogger logger;

    public PortalRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        AccountSessions sessions,
        IOptions<IdentityOptions> identityOptions,
        IOptions<SecurityPolicy> policy)
        : base(loggerFactory)
    {
        this.sessions = sessions;
        identity = identityOptions.Value;
        this.policy = policy.Value;
        logger = loggerFactory.CreateLogger<PortalRevalidatingAuthenticationStateProvider>();
    }

    protected override TimeSpan RevalidationInterval => policy.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        await IsCurrentAsync(authenticationState.User, cancellationToken);

    private Task<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        sessions.IsCurrentAsync(user.FindFirstValue(identity.ClaimsIdentity.UserIdClaimType), user.FindFirstValue(identity.ClaimsIdentity.SecurityStampClaimType), cancellationToken).AsTask();

    /// <summary>Turns the circuit anonymous when it belongs to <paramref name="userId"/> and its stamp is no longer current; never throws.</summary>
    public async Task RecheckAsync(string userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.FindFirstValue(identity.ClaimsIdentity.UserIdClaimType) == userId && !await IsCurrentAsync(state.User, CancellationToken.None))
            {
                SetAuthenticationState(Task.FromResult(Anonymous));
            }
        }
        catch (Exception e)
        {
            // The periodic revalidation still closes the circuit; log why this check could not.
            logger.LogWarning(e, "Could not re-check an open circuit after its account changed.");
        }
    }
}

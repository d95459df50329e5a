using System.Security.Claims;
using GovProcurement.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovProcurement.Portal.Accounts;

/// <summary>
/// Checks the sign-in cookie on every request (Identity's own validator checks every few
/// minutes): a cookie whose account is gone, disabled, or has a new security stamp since the
/// cookie was issued is refused and deleted, and the request goes on anonymous.
/// </summary>
public static class SessionCookieValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;
        var current = await services.GetRequiredService<AccountSessions>().IsCurrentAsync(
            principal?.FindFirstValue(claims.UserIdClaimType), principal?.FindFirstValue(claims.SecurityStampClaimType), context.HttpContext.RequestAborted);
        if (!current)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>
    /// Ends every session of the account: a new security stamp, then every cookie and open circuit
    /// that carries the old one is refused at once.
    /// </summary>
    public static async Task EndSessionsAsync(this UserManager<ApplicationUser> users, AccountSessions sessions, ApplicationUser user)
    {
        await users.UpdateSecurityStampAsync(user);
        sessions.Changed(user.Id);
    }
}

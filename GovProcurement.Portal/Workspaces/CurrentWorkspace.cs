using System.Security.Claims;
using GovProcurement.Domain.Organizations;
using GovProcurement.Portal.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace GovProcurement.Portal.Workspaces;

/// <summary>The signed-in user's organisation, loaded once per circuit or request.</summary>
public sealed class CurrentWorkspace(AuthenticationStateProvider authentication, OrganizationQueries organizations)
{
    private OrganizationProfile? profile;
    private bool loaded;

    /// <summary>The platform roles the signed-in user holds, in the platform's order, for display.</summary>
    public static IEnumerable<string> RolesOf(ClaimsPrincipal user) => GovProcurement.Domain.Accounts.Roles.All.Where(user.IsInRole);

    public async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<OrganizationProfile?> OrganizationAsync()
    {
        if (!loaded)
        {
            var user = await UserAsync();
            if (Guid.TryParse(user.FindFirstValue(PortalClaims.OrganizationId), out var organizationId))
            {
                profile = await organizations.ProfileAsync(organizationId);
            }

            loaded = true;
        }

        return profile;
    }
}

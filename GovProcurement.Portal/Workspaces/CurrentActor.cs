using System.Security.Claims;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Portal.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace GovProcurement.Portal.Workspaces;

/// <summary>The signed-in user as the domain's use cases see them.</summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return From(user);
    }

    public static Actor From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        Guid.TryParse(user.FindFirstValue(PortalClaims.OrganizationId), out var id) ? id : null,
        Roles.All.Where(user.IsInRole).ToHashSet());
}

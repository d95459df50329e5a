using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace GovProcurement.Portal.Workspaces;

/// <summary>
/// Whether a user may open a page, asked of the page's own [Authorize] data, so a link or a
/// redirect never sends someone to a page that would only refuse them.
/// </summary>
public sealed class PageAccess(IAuthorizationService authorization, IAuthorizationPolicyProvider policies)
{
    public async Task<bool> MayOpenAsync(ClaimsPrincipal user, Type page)
    {
        var policy = await AuthorizationPolicy.CombineAsync(policies, page.GetCustomAttributes<AuthorizeAttribute>(inherit: true));
        return policy is null || (await authorization.AuthorizeAsync(user, policy)).Succeeded;
    }

    /// <summary>The page's address when the user may open it, else the user's own workspace.</summary>
    public async Task<string> LandingAsync(ClaimsPrincipal user, Type page) =>
        await MayOpenAsync(user, page) ? RouteOf(page) : WorkspaceNavigation.HomeFor(user);

    private static string RouteOf(Type page) =>
        page.GetCustomAttribute<RouteAttribute>()?.Template ?? throw new ArgumentException($"{page.Name} has no route", nameof(page));
}

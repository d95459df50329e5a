using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace GovProcurement.Tests.Support;

/// <summary>
/// One routable page of the portal, read from a component's <c>@page</c> (<see cref="RouteAttribute"/>):
/// who may open it, and how to recognise its addresses in a link.
/// </summary>
public sealed partial record PortalRoute(string Template, Type Page)
{
    private AuthorizeAttribute? Authorize => Page.GetCustomAttribute<AuthorizeAttribute>();

    /// <summary>Static server-rendered (the account pages): no live circuit to wait for.</summary>
    public bool IsStatic => Page.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is not null;

    public bool HasParameters => Template.Contains('{');

    /// <summary>Whether a visitor in the role (null: not signed in) may open the page.</summary>
    public bool IsOpenTo(string? role) => Authorize switch
    {
        null => true,
        { Roles: null or "" } => role is not null,
        { Roles: var roles } => role is not null && roles.Split(',', StringSplitOptions.TrimEntries).Contains(role),
    };

    /// <summary>Whether a site-relative address (path and query) is an address of this page.</summary>
    public bool Matches(string address) => Pattern().IsMatch(address.Split('?', '#')[0]);

    private Regex Pattern() => new("^" + Parameter().Replace(Regex.Escape(Template).Replace(@"\{", "{"), match =>
        match.Groups["constraint"].Value == "guid" ? "[0-9a-fA-F-]{36}" : "[^/]+") + "$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\{(?<name>\w+)(:(?<constraint>\w+))?\}")]
    private static partial Regex Parameter();

    /// <summary>Every page of the portal: a new <c>@page</c> is here without anyone listing it.</summary>
    public static IReadOnlyList<PortalRoute> All { get; } = typeof(Program).Assembly.GetTypes()
        .Where(type => typeof(IComponent).IsAssignableFrom(type))
        .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => new PortalRoute(route.Template, type)))
        .OrderBy(route => route.Template, StringComparer.Ordinal)
        .ToList();
}

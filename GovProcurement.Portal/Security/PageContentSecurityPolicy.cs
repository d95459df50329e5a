namespace GovProcurement.Portal.Security;

/// <summary>
/// The Content-Security-Policy of the portal's pages, written for what Blazor Server and
/// MudBlazor need and nothing more (checked in Chromium with no violations: the browser tests'
/// <c>ContentSecurityPolicyTests</c>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Scripts: only the portal's own files (<c>blazor.web.js</c>, MudBlazor's) plus the one
/// inline script Blazor writes, the import map, carrying this request's nonce. No <c>eval</c>:
/// Blazor Server runs no WebAssembly and MudBlazor needs none.</item>
/// <item>Styles: <c>'unsafe-inline'</c> is required. MudBlazor writes its theme as a
/// <c>&lt;style&gt;</c> element and positions popovers, grids and progress bars through
/// <c>style</c> attributes that Blazor's renderer sets from the server, and Blazor's reconnect
/// dialog injects its own styles; none of them can carry a nonce. Styles cannot run script,
/// so what remains open is styling, not code.</item>
/// <item>Connections: the circuit's WebSocket to the same origin (<c>'self'</c> covers ws/wss).</item>
/// <item>Images and fonts from the portal and <c>data:</c> (MudBlazor's CSS embeds small SVGs).</item>
/// <item>No plugins, no framing by any site, forms post only to the portal, and the
/// <c>&lt;base&gt;</c> element may point only to the portal.</item>
/// </list>
/// </remarks>
public static class PageContentSecurityPolicy
{
    private const string Common =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static string ForPage(string nonce) => $"{Common}; script-src 'self' 'nonce-{nonce}'";

    /// <summary>
    /// A page whose inline scripts are fixed and known by their SHA-256: the Scalar API reference.
    /// Its bundle compiles code at run time (Chromium reports <c>script-src eval</c>), so that page
    /// alone allows <c>'unsafe-eval'</c>; it shows only the public API description and holds no
    /// portal session data (calls from it carry the API key typed into it, never the cookie's rights
    /// beyond the anonymous ones).
    /// </summary>
    public static string ForScriptHashes(IEnumerable<string> sha256Base64) =>
        $"{Common}; script-src 'self' 'unsafe-eval' {string.Join(' ', sha256Base64.Select(h => $"'sha256-{h}'"))}";
}

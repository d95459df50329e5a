using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace GovProcurement.Portal.Security;

/// <summary>
/// Headers on every response the portal sends (pages, API, PDFs, downloads, Scalar, static
/// assets, errors): no MIME sniffing, no referrer to other sites, and on every HTML page (and bare
/// status answers) a
/// Content-Security-Policy (<see cref="PageContentSecurityPolicy"/>) with a fresh nonce for the
/// page's one inline script, the framework's import map.
/// </summary>
/// <remarks>
/// Written here rather than with NetEscapades.AspNetCore.SecurityHeaders: the headers are three
/// fixed strings and a nonce, and the one part no library covers — a policy built from the hashes
/// of the Scalar page's generated inline scripts (<see cref="InlineScriptHashPolicyMiddleware"/>) —
/// must set the header itself, which that library's policies would overwrite.
/// </remarks>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Within the portal the full address is sent (nothing is gained by hiding it from itself);
    /// to other sites nothing: paths carry project and notice ids and queries carry search terms.
    /// </summary>
    public const string ReferrerPolicy = "same-origin";

    private const string NonceKey = "gp:csp-nonce";

    /// <summary>The nonce of this request's page policy, for the inline scripts the page itself writes.</summary>
    public static string NonceOf(HttpContext context) =>
        context.Items[NonceKey] as string ?? throw new InvalidOperationException("The security headers middleware must run before pages render.");

    public Task InvokeAsync(HttpContext context)
    {
        // Hex, not base64: the nonce is written into an HTML attribute, where "+" and "/" would be entity-encoded.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            // A page, or a body-less answer (a bare error status, a redirect): the page policy.
            var type = context.Response.ContentType;
            var isPage = type is null || type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
            if (isPage && !headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
            {
                headers[HeaderNames.ContentSecurityPolicy] = PageContentSecurityPolicy.ForPage(nonce);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}

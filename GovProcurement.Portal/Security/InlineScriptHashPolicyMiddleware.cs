using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace GovProcurement.Portal.Security;

/// <summary>
/// For pages the portal does not render itself (Scalar's API reference writes its set-up as an
/// inline module script): buffers the HTML, allows exactly its inline scripts by their SHA-256,
/// and nothing else inline. Only for small generated pages; mapped onto their path alone.
/// </summary>
public sealed partial class InlineScriptHashPolicyMiddleware(RequestDelegate next)
{
    private const int MaxBufferedBytes = 256 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true && buffer.Length <= MaxBufferedBytes)
        {
            var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            context.Response.Headers[HeaderNames.ContentSecurityPolicy] = PageContentSecurityPolicy.ForScriptHashes(InlineScriptHashes(html));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>The SHA-256 (base64) of each inline script's text, as CSP hashes it.</summary>
    public static IEnumerable<string> InlineScriptHashes(string html) =>
        InlineScript().Matches(html).Select(m => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value)))).Distinct();

    [GeneratedRegex(@"<script(?![^>]*\bsrc\s*=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}

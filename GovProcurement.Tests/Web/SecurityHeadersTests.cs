using System.Net;
using GovProcurement.Domain.Persistence;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace GovProcurement.Tests.Web;

/// <summary>
/// Every kind of response carries nosniff and a referrer policy; pages carry a CSP with a fresh
/// nonce on their import map; cookies are Secure behind a trusted TLS proxy; document links come
/// from the configured public address, never from the Host header.
/// </summary>
public class SecurityHeadersTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = portal.BaseAddress };

    [Theory]
    [InlineData("/", true)]
    [InlineData("/Account/Login", true)]
    [InlineData("/no-such-page", true)]
    [InlineData("/scalar/v1", true)]
    [InlineData("/api/v1/plans/00000000-0000-0000-0000-000000000001", false)]
    [InlineData("/openapi/v1.json", false)]
    [InlineData("/assets/theme/portal.css", false)]
    [InlineData("/_framework/blazor.web.js", false)]
    [InlineData("/healthz", false)]
    public async Task Every_response_is_not_sniffed_and_sends_no_referrer_elsewhere(string path, bool isPage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,*/*;q=0.8"); // as a browser asks
        var response = await Client().SendAsync(request);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.True(isPage == (Header(response, "Content-Security-Policy") is not null), $"{response.StatusCode} {response.Content.Headers.ContentType}");
    }

    [Fact]
    public async Task A_page_allows_only_its_own_scripts_and_the_import_map_with_this_requests_nonce()
    {
        var first = await Client().GetAsync("/");
        var second = await Client().GetAsync("/");

        var policy = Header(first, "Content-Security-Policy")!;
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        Assert.Contains("script-src 'self' 'nonce-", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        var importMap = System.Text.RegularExpressions.Regex.Match(await first.Content.ReadAsStringAsync(), "<script[^>]*importmap[^>]*>").Value;
        Assert.Contains($"nonce=\"{nonce}\"", importMap);
        Assert.NotEqual(policy, Header(second, "Content-Security-Policy"));
    }

    [Fact]
    public async Task A_notice_pdf_carries_the_headers_and_links_to_the_configured_address_whatever_the_host_header()
    {
        Guid noticeId;
        await using (var db = portal.Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContext())
        {
            noticeId = await db.Notices.Select(n => n.Id).FirstAsync();
        }

        var request = new HttpRequestMessage(HttpMethod.Get, $"/notices/{noticeId}/pdf");
        request.Headers.Host = "evil.example";
        var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains(PortalHost.PublicBaseUrl.Replace("https://", ""), text);
        Assert.DoesNotContain("evil.example", text);
    }

    [Fact]
    public async Task Cookies_are_secure_when_a_trusted_proxy_forwards_https()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await Client().SendAsync(request);

        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_https_from_an_untrusted_address_is_ignored()
    {
        await using var untrusting = new PortalHost(new() { ["ReverseProxy:KnownProxies:0"] = "10.1.2.3" });
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = untrusting.BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Outside_development_the_portal_refuses_to_start_without_a_public_address()
    {
        using var production = new ProductionWithoutAddress();

        var refused = Assert.ThrowsAny<Exception>(() => production.Services);

        Assert.Contains("Platform:PublicBaseUrl", refused.ToString());
        Assert.False(File.Exists(production.DatabaseFile), "the store must not be created or seeded before the configuration is refused");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;

    private sealed class ProductionWithoutAddress : WebApplicationFactory<Program>
    {
        private readonly string file = Path.Combine(Path.GetTempPath(), "gp-portal-tests", Guid.NewGuid().ToString("N") + ".db");

        public string DatabaseFile => file;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={file}");
            builder.UseSetting("Platform:PublicBaseUrl", "");
        }
    }
}

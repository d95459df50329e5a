using System.Net;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Web;

/// <summary>The portal over plain HTTP: what any client sees before signing in.</summary>
public class PortalHttpTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    // A plain client against the real Kestrel server: redirects are asserted, not followed.
    private HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = portal.BaseAddress };

    [Fact]
    public async Task HomePage_CarriesRealChineseCharacters_NotEntities()
    {
        var html = await Client().GetStringAsync("/");
        Assert.Contains("广东政府采购智慧云平台", html);
        Assert.DoesNotContain("&#x", html);
        Assert.Contains("lang=\"zh-CN\"", html);
    }

    [Fact]
    public async Task LanguageSwitch_ServesEnglish()
    {
        var client = Client();
        var switched = await client.GetAsync("/culture?culture=en-US&redirectUri=/support");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/support", switched.Headers.Location!.OriginalString);
        var request = new HttpRequestMessage(HttpMethod.Get, "/support");
        request.Headers.Add("Cookie", switched.Headers.GetValues("Set-Cookie").First().Split(';')[0]);
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("Platform operator (technical support)", html);
        Assert.Contains("400-183-2999", html);
    }

    [Fact]
    public async Task LanguageSwitch_RefusesToRedirectElsewhere()
    {
        var response = await Client().GetAsync("/culture?culture=en-US&redirectUri=//evil.example");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Health_ReportsTheDatabase()
    {
        var body = await Client().GetStringAsync("/healthz");
        Assert.Contains("\"status\":\"Healthy\"", body);
        Assert.Contains("\"database\"", body);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/regulator")]
    [InlineData("/purchaser")]
    [InlineData("/admin/import/template")]
    public async Task WorkspacePages_SendAnonymousVisitorsToSignIn(string path)
    {
        var response = await Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/guides/purchaser", "采购人（预算单位）操作指南")]
    [InlineData("/guides/regulator", "财政部门")]
    [InlineData("/support", "400-183-2999")]
    public async Task PublicPages_AreOpenToAll(string path, string expected)
    {
        var response = await Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PortalAssets_AreServedFromWwwrootAssets()
    {
        var css = await Client().GetAsync("/assets/theme/portal.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".gp-card", await css.Content.ReadAsStringAsync());
    }
}

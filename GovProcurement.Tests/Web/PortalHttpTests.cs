using System.Net;
using GovProcurement.Domain.Accounts;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

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

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/%09x")]
    public async Task LanguageSwitch_RefusesToRedirectElsewhere(string target)
    {
        var response = await Client().GetAsync("/culture?culture=en-US&redirectUri=" + Uri.EscapeDataString(Uri.UnescapeDataString(target)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
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
    [InlineData("/regulator/plans/register.xlsx")]
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
    public async Task StoredPasswordHashes_UsePbkdf2WithAtLeast210000Iterations()
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var hash = Convert.FromBase64String((await users.FindByNameAsync("440700cz"))!.PasswordHash!);
        // Identity's v3 format: a marker byte 0x01, then the PRF, then the iteration count (big-endian).
        Assert.Equal(0x01, hash[0]);
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
        Assert.True(iterations >= 210_000, $"{iterations} iterations");
    }

    [Fact]
    public async Task PortalAssets_AreServedFromWwwrootAssets()
    {
        var css = await Client().GetAsync("/assets/theme/portal.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".gp-card", await css.Content.ReadAsStringAsync());
    }
}

using System.Net;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Web;

/// <summary>Unknown addresses: the portal's own 404 page for pages, problem details for the API.</summary>
public class NotFoundPageTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private HttpClient Anonymous() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = portal.BaseAddress };

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/plans/not-a-plan/edit")]
    [InlineData("/guides/purchaser/extra")]
    public async Task An_unknown_page_address_answers_404_with_the_not_found_page_in_Chinese(string path)
    {
        var response = await Anonymous().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("页面不存在", html);
        Assert.Contains("返回首页", html);
        Assert.Contains("href=\"/\"", html);
        Assert.DoesNotContain("进入我的工作台", html); // no workspace before signing in
    }

    [Fact]
    public async Task The_not_found_page_speaks_English_to_a_user_who_chose_English()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var response = await Anonymous().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html);
        Assert.Contains("Back to the home page", html);
        Assert.DoesNotContain("页面不存在", html);
    }

    [Fact]
    public async Task A_signed_in_user_is_offered_the_way_back_to_their_own_workspace()
    {
        await FormClient.PrepareAccountAsync(portal, "440700cz");
        using var regulator = new FormClient(portal);
        await regulator.SignInAsync("440700cz");

        var response = await regulator.Http.GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("进入我的工作台", html);
        Assert.Contains("href=\"/regulator\"", html);
    }

    [Theory]
    [InlineData("/api/v1/no-such-endpoint")]
    [InlineData("/api/no-such-endpoint")]
    public async Task An_unknown_api_address_still_answers_problem_details(string path)
    {
        var response = await Anonymous().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", body);
        Assert.DoesNotContain("页面不存在", body);
    }

    [Theory]
    [InlineData("admin", "/admin")]
    [InlineData("440700cz", "/regulator/plans")]
    public async Task The_old_register_address_leads_each_user_to_a_page_they_may_open(string account, string landing)
    {
        await FormClient.PrepareAccountAsync(portal, account);
        using var client = new FormClient(portal);
        await client.SignInAsync(account);

        var response = await client.Http.GetAsync("/regulator/plans/register.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(landing, response.Headers.Location!.OriginalString);
        var page = await client.Http.GetAsync(landing);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("data-testid=\"forbidden\"", await page.Content.ReadAsStringAsync());
    }
}

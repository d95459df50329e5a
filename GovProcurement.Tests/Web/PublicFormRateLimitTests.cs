using System.Net;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Web;

/// <summary>The public supplier-registration forms take a bounded number of submissions per address.</summary>
public class PublicFormRateLimitTests
{
    [Fact]
    public async Task Submissions_past_the_limit_from_one_address_are_refused_in_both_languages_and_other_pages_are_not()
    {
        await using var portal = new PortalHost(new() { ["RateLimits:PublicForms:PermitLimit"] = "2", ["RateLimits:PublicForms:WindowMinutes"] = "10" });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.BaseAddress };
        Task<HttpResponseMessage> PostAsync(string path) => client.PostAsync(path, new FormUrlEncodedContent([]));

        var allowed = new[] { await PostAsync("/Account/SupplierRegister"), await PostAsync("/Account/SupplierRegister/Status") };
        var refused = await PostAsync("/Account/SupplierRegister");

        Assert.All(allowed, response => Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("600", refused.Headers.GetValues("Retry-After").Single());
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("提交过于频繁", text);
        Assert.Contains("Too many submissions", text);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/SupplierRegister")).StatusCode);
    }
}

using System.Text.RegularExpressions;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Web;

/// <summary>The supplier registration form says a missing business licence under the licence input, not in the page's alert.</summary>
public partial class RegistrationFieldErrorTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task A_registration_without_a_licence_is_answered_at_the_licence_field()
    {
        using var client = new FormClient(portal);

        var response = await client.PostFormAsync("/Account/SupplierRegister", "/Account/SupplierRegister", new()
        {
            ["Input.CreditCode"] = "",
            ["Input.Name"] = "",
        });
        var html = await response.Content.ReadAsStringAsync();

        var atField = LicenceFieldError().Match(html);
        Assert.True(atField.Success, "the licence input is followed by its field error");
        Assert.Contains("请上传营业执照", atField.Groups["message"].Value);
        Assert.DoesNotContain("data-testid=\"registration-error\"", html);
    }

    [GeneratedRegex("<input[^>]*id=\"licence\"[^>]*>\\s*<div class=\"gp-field-error\" role=\"alert\">(?<message>[^<]*)</div>", RegexOptions.IgnoreCase)]
    private static partial Regex LicenceFieldError();
}

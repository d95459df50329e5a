using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Web;

/// <summary>The static account forms answer bad input in the user's language only, not "中文 / English".</summary>
public class AccountFormLanguageTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static string CultureCookie(string culture) => Uri.EscapeDataString($"c={culture}|uic={culture}");

    [Theory]
    [InlineData("zh-CN", "请输入当前密码", "Enter the current password")]
    [InlineData("en-US", "Enter the current password", "请输入当前密码")]
    public async Task The_password_change_form_explains_a_missing_field_in_the_users_language(string culture, string expected, string otherLanguage)
    {
        await FormClient.PrepareAccountAsync(portal, "440784cz");
        using var client = new FormClient(portal);
        await client.SignInAsync("440784cz");
        client.AddCookie(".AspNetCore.Culture", CultureCookie(culture));

        var response = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = "",
            ["Input.NewPassword"] = FormClient.Password + "x",
            ["Input.ConfirmPassword"] = "different",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains(expected, html);
        Assert.DoesNotContain(otherLanguage, html);
        Assert.DoesNotContain(" / ", System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", ""));
    }

    [Theory]
    [InlineData("zh-CN", "请输入账号", "Enter the account name")]
    [InlineData("en-US", "Enter the account name", "请输入账号")]
    public async Task The_sign_in_form_explains_a_missing_field_in_the_users_language(string culture, string expected, string otherLanguage)
    {
        using var client = new FormClient(portal);
        client.AddCookie(".AspNetCore.Culture", CultureCookie(culture));

        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.UserName"] = "", ["Input.Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains(expected, html);
        Assert.DoesNotContain(otherLanguage, html);
    }
}

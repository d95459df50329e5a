using System.Net;
using System.Text.RegularExpressions;
using GovProcurement.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Support;

/// <summary>
/// A plain HTTP client with its own cookies that fills in the portal's static forms as a browser
/// would (hidden fields, antiforgery token), without following redirects.
/// </summary>
public sealed partial class FormClient(Uri baseAddress) : IDisposable
{
    public FormClient(PortalHost portal)
        : this(portal.BaseAddress)
    {
    }

    public const string Password = "Gd-Proc2026";
    public const string AuthCookie = "GovProcurement.Auth";

    private readonly CookieContainer cookies = new();
    private HttpClient? client;

    public HttpClient Http => client ??= new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = baseAddress };

    /// <summary>The sign-in cookie as a thief would copy it.</summary>
    public string? SavedAuthCookie => cookies.GetCookies(baseAddress)[AuthCookie]?.Value;

    public void AddCookie(string name, string value) => cookies.Add(baseAddress, new Cookie(name, value));

    /// <summary>Gives a demo account <see cref="Password"/> and clears its initial-password mark.</summary>
    public static async Task<ApplicationUser> PrepareAccountAsync(PortalHost portal, string userName)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        user.PasswordHash = users.PasswordHasher.HashPassword(user, Password);
        user.AcceptChosenPassword();
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        await users.UpdateAsync(user);
        return user;
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password = Password) =>
        await PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });

    /// <summary>
    /// Posts sign-out as the user menu does, with an antiforgery token issued to the signed-in user
    /// (the user menu renders its form only when opened, so the token comes from a static page).
    /// </summary>
    public async Task<HttpResponseMessage> SignOutAsync()
    {
        var fields = await HiddenFieldsAsync("/Account/ChangePassword", "/Account/ChangePassword");
        return await Http.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields.Where(f => f.Key == "__RequestVerificationToken")));
    }

    public Task<HttpResponseMessage> ChangePasswordAsync(string current, string next) =>
        PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });

    /// <summary>Loads <paramref name="page"/>, takes the hidden fields of its form posting to <paramref name="action"/>, and posts them with <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        var values = await HiddenFieldsAsync(page, action);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return await Http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>One hidden field of <paramref name="page"/>'s form posting to <paramref name="action"/> (an antiforgery token, say).</summary>
    public async Task<string> HiddenFieldAsync(string page, string action, string name) => (await HiddenFieldsAsync(page, action))[name];

    private async Task<Dictionary<string, string>> HiddenFieldsAsync(string page, string action)
    {
        var html = await Http.GetStringAsync(page);
        var form = Form().Matches(html).FirstOrDefault(f => Attribute(f.Value[..(f.Value.IndexOf('>') + 1)], "action") is var target
            && (target == action || (target is null && page == action)));
        Assert.True(form is not null, $"{page} has no form posting to {action}");
        var values = Input().Matches(form.Value).Select(m => m.Value).Where(tag => Attribute(tag, "type") == "hidden")
            .ToDictionary(tag => Attribute(tag, "name")!, tag => WebUtility.HtmlDecode(Attribute(tag, "value") ?? ""));
        return values;
    }

    /// <summary>A fresh client that sends only the saved cookie.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(PortalHost portal, string cookie, string path)
    {
        using var replay = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = portal.BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{AuthCookie}={cookie}");
        return await replay.SendAsync(request);
    }

    public void Dispose() => client?.Dispose();

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"(?<v>[^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } m ? m.Groups["v"].Value : null;

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Input();
}

using System.Net;
using GovProcurement.Domain.Accounts;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Web;

/// <summary>
/// A copy of a sign-in cookie (from a shared computer, a proxy log, a stolen laptop) is worth
/// nothing once its session has ended: after sign-out, a password change, a reset or disabling,
/// the next request with it is sent to sign in, at once. Guessing the current password on the
/// change page counts toward the lockout, and no page writes a password back.
/// </summary>
public class SessionEndTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task A_cookie_saved_before_sign_out_is_refused_after_it()
    {
        var cookie = await SignedInCookieAsync("440784201001002", "/purchaser");

        var signOut = await SignOutWithAsync(cookie);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        await AssertSentToSignInAsync(cookie, "/purchaser");
    }

    [Fact]
    public async Task A_cookie_saved_before_a_password_change_is_refused_after_it()
    {
        const string account = "440784201001001";
        var saved = await SignedInCookieAsync(account, "/purchaser");
        using var other = new FormClient(portal);
        Assert.Equal(HttpStatusCode.Redirect, (await other.SignInAsync(account)).StatusCode);

        var changed = await other.ChangePasswordAsync(FormClient.Password, "Gd-Proc2027!");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await AssertSentToSignInAsync(saved, "/purchaser");
        Assert.Equal(HttpStatusCode.OK, (await other.Http.GetAsync("/purchaser")).StatusCode); // the session that changed it goes on
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("reset")]
    [InlineData("role")]
    public async Task A_cookie_is_refused_as_soon_as_the_administrator_changes_the_account(string change)
    {
        const string account = "440784201002002";
        var user = await FormClient.PrepareAccountAsync(portal, account);
        var saved = await SignedInCookieAsync(account, "/purchaser", prepared: true);

        using (var scope = portal.Services.CreateScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
            var stamp = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(user.Id))!.ConcurrencyStamp;
            await (change switch
            {
                "disable" => admin.DisableAsync(user.Id, stamp, "admin"),
                "reset" => admin.ResetToInitialPasswordAsync(user.Id, stamp, "admin"),
                _ => admin.SetRoleAsync(user.Id, stamp, Roles.PurchaserReviewer, true, "admin"),
            });
        }

        await AssertSentToSignInAsync(saved, "/purchaser");
        if (change == "disable")
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var disabled = (await users.FindByIdAsync(user.Id))!;
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().EnableAsync(user.Id, disabled.ConcurrencyStamp, "admin");
        }
    }

    [Fact]
    public async Task Wrong_current_passwords_count_toward_the_lockout_and_the_locking_one_ends_the_session()
    {
        const string account = "440700101001001";
        var saved = await SignedInCookieAsync(account, "/purchaser");
        using var client = new FormClient(portal);
        await client.SignInAsync(account);
        var limit = portal.Get<Microsoft.Extensions.Options.IOptions<SecurityPolicy>>().Value.MaxFailedSignIns;

        for (var attempt = 1; attempt < limit; attempt++)
        {
            var html = await (await client.ChangePasswordAsync($"Wrong-{attempt}x", "Gd-Proc2027!")).Content.ReadAsStringAsync();
            Assert.Contains("当前密码不正确", html);
        }

        var locking = await (await client.ChangePasswordAsync("Wrong-lastx", "Gd-Proc2027!")).Content.ReadAsStringAsync();

        Assert.True(locking.Contains("账号已锁定"), locking[locking.IndexOf("<body")..]);
        using (var scope = portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync(account))!));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/purchaser")).StatusCode);
        await AssertSentToSignInAsync(saved, "/purchaser");
        using var again = new FormClient(portal);
        Assert.Contains("login-error", await (await again.SignInAsync(account)).Content.ReadAsStringAsync()); // the right password is refused while locked
    }

    [Fact]
    public async Task A_failed_sign_in_does_not_send_the_password_back()
    {
        const string typed = "Typed-Secret-4471";
        using var client = new FormClient(portal);

        var html = await (await client.SignInAsync("91440101MA5CTY6L0C", typed)).Content.ReadAsStringAsync();

        Assert.Contains("login-error", html);
        Assert.Contains("91440101MA5CTY6L0C", html); // the account name stays filled in
        Assert.DoesNotContain(typed, html);
    }

    [Fact]
    public async Task A_refused_password_change_does_not_send_any_password_back()
    {
        using var client = new FormClient(portal);
        await FormClient.PrepareAccountAsync(portal, "440000cz");
        await client.SignInAsync("440000cz");

        var html = await (await client.ChangePasswordAsync(FormClient.Password, "short-9")).Content.ReadAsStringAsync();

        Assert.Contains("gp-field-error", html); // shown under the new password
        Assert.DoesNotContain(FormClient.Password, html);
        Assert.DoesNotContain("short-9", html);
    }

    private async Task<string> SignedInCookieAsync(string account, string workspace, bool prepared = false)
    {
        if (!prepared)
        {
            await FormClient.PrepareAccountAsync(portal, account);
        }

        using var client = new FormClient(portal);
        var signIn = await client.SignInAsync(account);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(workspace)).StatusCode);
        return client.SavedAuthCookie ?? throw new InvalidOperationException("no sign-in cookie");
    }

    /// <summary>Signs out with the saved cookie, as the user menu does.</summary>
    private async Task<HttpResponseMessage> SignOutWithAsync(string cookie)
    {
        using var client = new FormClient(portal);
        client.AddCookie(FormClient.AuthCookie, cookie);
        return await client.SignOutAsync();
    }

    private async Task AssertSentToSignInAsync(string cookie, string path)
    {
        var replay = await FormClient.ReplayAsync(portal, cookie, path);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/Account/Login", replay.Headers.Location!.PathAndQuery);
    }
}

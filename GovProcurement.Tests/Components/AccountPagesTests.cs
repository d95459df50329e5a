using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.SupplierLibrary;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Account.Pages;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The static account pages (sign-in, password change, forgotten password, supplier application status) as bUnit
/// renders them: their labelled fields, the messages at the fields when a form is posted incomplete, and the
/// answers of the flows that need no cookie. A sign-in or password change that succeeds writes the
/// authentication cookie, which only the browser tests (<c>Tests/Browser</c>) and the HTTP tests cover.
/// </summary>
public sealed class AccountPagesTests : StoreComponentTest
{
    protected override Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<IOptions<SecurityPolicy>>());
        Services.AddSingleton(Store.Get<TimeProvider>());
        Services.AddSingleton(Store.Get<GovProcurement.Domain.Audit.AuditLog>());
        Services.AddSingleton(Store.Get<AccountSessions>());
        Services.AddSingleton(Store.Get<PasswordResetRequests>());
        Services.AddSingleton(Store.Get<SupplierEnrolment>());
        Services.AddScoped<GovProcurementDbContext>(_ => Store.Db());
        Services.AddSingleton(Store.Get<IDbContextFactory<GovProcurementDbContext>>());
        Services.AddHttpContextAccessor();
        Services.AddAuthentication();
        Services.AddIdentityCore<ApplicationUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GovProcurementDbContext>()
            .AddSignInManager()
            .AddPasswordValidator<PasswordPolicyValidator>();
        Services.AddScoped<IdentityRedirectManager>();
        Services.AddScoped<SignInFlow>();
        Services.AddScoped<PasswordChangeFlow>();
        Services.AddSingleton<Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider>(new NoAntiforgery());
        return Task.CompletedTask;
    }

    [Fact]
    public void The_sign_in_form_labels_its_fields_and_says_at_each_empty_field_what_is_missing()
    {
        var page = Render<Login>();

        Assert.Equal("账号", Label(page, "username"));
        Assert.Equal("密码", Label(page, "password"));
        page.Find("form").Submit();

        Assert.Contains("请输入账号", FieldError(page, "#username"));
        Assert.Contains("请输入密码", FieldError(page, "#password"));
        Assert.Empty(page.FindAll("[data-testid=login-error]"));
    }

    [Fact]
    public void A_wrong_password_is_answered_with_the_one_failure_message_naming_the_lockout_rule()
    {
        var policy = Store.Get<IOptions<SecurityPolicy>>().Value;
        var page = Render<Login>();
        page.Find("#username").Change("admin");
        page.Find("#password").Change("not-the-password-1");

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal(
            $"账号或密码错误，或账号暂不可用。连续输错 {policy.MaxFailedSignIns} 次密码，账号将锁定 {policy.LockoutDuration.TotalMinutes} 分钟。",
            page.Find("[role=alert][data-testid=login-error]").TextContent.Trim()));
        Assert.Equal("http://localhost/", Services.GetRequiredService<NavigationManager>().Uri); // not sent anywhere
    }

    [Fact]
    public void An_unknown_account_gets_the_same_message_as_a_wrong_password()
    {
        var page = Render<Login>();
        page.Find("#username").Change("no-such-account");
        page.Find("#password").Change("whatever-1");

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.StartsWith("账号或密码错误，或账号暂不可用。", page.Find("[data-testid=login-error]").TextContent.Trim(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_on_the_initial_password_is_told_to_change_it_and_the_rule_is_stated()
    {
        var policy = Store.Get<IOptions<SecurityPolicy>>().Value;
        var context = await SignedInAsync("admin", mustChange: true);
        var page = Render<ChangePassword>(p => p.AddCascadingValue(context));

        Assert.Equal("您正在使用初始密码。修改密码后才能使用平台其他功能。", page.Find("[data-testid=must-change]").TextContent.Trim());
        Assert.Contains($"新密码至少 {policy.MinimumPasswordLength} 位", page.Find("p.gp-muted").TextContent, StringComparison.Ordinal);
        Assert.Equal(["当前密码", "新密码", "确认新密码"], page.FindAll("label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task An_empty_current_password_and_a_differing_confirmation_are_shown_at_their_fields()
    {
        var context = await SignedInAsync("admin", mustChange: false);
        var page = Render<ChangePassword>(p => p.AddCascadingValue(context));
        Assert.Empty(page.FindAll("[data-testid=must-change]"));
        page.Find("#new").Change("Gd-Strong-2026");
        page.Find("#confirm").Change("Gd-Strong-2027");

        page.Find("form").Submit();

        Assert.Contains("请输入当前密码", FieldError(page, "#current"));
        Assert.Equal("", FieldError(page, "#new"));
        Assert.Contains("两次输入的新密码不一致", FieldError(page, "#confirm"));
    }

    [Fact]
    public async Task A_wrong_current_password_is_shown_at_its_field_and_the_password_stays()
    {
        var context = await SignedInAsync("admin", mustChange: false);
        var page = Render<ChangePassword>(p => p.AddCascadingValue(context));
        page.Find("#current").Change("wrong-current-1");
        page.Find("#new").Change("Gd-Strong-2026");
        page.Find("#confirm").Change("Gd-Strong-2026");

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.NotEqual("", FieldError(page, "#current")));
        Assert.Equal("", FieldError(page, "#new"));
        Assert.Empty(page.FindAll("[data-testid=change-errors]"));
        await using var db = Store.Db();
        var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
        Assert.Equal(1, admin.AccessFailedCount);
        Assert.NotEqual(PasswordVerificationResult.Failed,
            new PasswordHasher<ApplicationUser>().VerifyHashedPassword(admin, admin.PasswordHash!, "a123456-"));
    }

    [Fact]
    public void The_forgotten_password_form_asks_for_the_account_and_a_phone_at_their_fields()
    {
        var page = Render<ForgotPassword>();

        Assert.Equal("联系电话", Label(page, "contact"));
        page.Find("form").Submit();

        Assert.Contains("请输入账号", FieldError(page, "#username"));
        Assert.Contains("请留下联系电话", FieldError(page, "#contact"));
        Assert.Empty(page.FindAll("[data-testid=forgot-answer]"));
    }

    [Fact]
    public async Task A_reset_request_is_stored_for_the_administrator_and_answered_without_saying_whether_the_account_exists()
    {
        var page = Render<ForgotPassword>();
        page.Find("#username").Change(Support.ProjectScenario.Operator);
        page.Find("#contact").Change("0750-3216688");

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("申请已提交。如该账号存在，平台管理员核实身份后将与您联系。", page.Find("[role=status][data-testid=forgot-answer]").TextContent.Trim()));
        Assert.Empty(page.FindAll("form"));
        var open = await Store.Get<PasswordResetRequests>().OpenAsync();
        Assert.Contains(open, r => r.UserName == Support.ProjectScenario.Operator && r.Contact == "0750-3216688");
    }

    [Fact]
    public void A_status_check_with_a_wrong_password_says_nothing_matched_and_keeps_the_form()
    {
        var page = Render<SupplierRegisterStatus>();
        page.Find("form").Submit();
        Assert.Contains("请输入统一社会信用代码", FieldError(page, "#credit-code"));
        Assert.Contains("请输入密码", FieldError(page, "#password"));

        page.Find("#credit-code").Change(SupplierLibrary.SupplierLibraryTests.NewCode);
        page.Find("#password").Change("Wrong-pass1");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal(SupplierEnrolment.NoMatch.ToString(), page.Find("[role=alert][data-testid=status-error]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=application-standing]"));
    }

    [Fact]
    public async Task A_returned_application_shows_its_reason_and_the_link_to_correct_it()
    {
        var code = SupplierLibrary.SupplierLibraryTests.NewCode;
        var id = await Store.Get<SupplierEnrolment>().SubmitAsync(code, SupplierLibrary.SupplierLibraryTests.Details(), SupplierLibrary.SupplierLibraryTests.Password, SupplierLibrary.SupplierLibraryTests.Licence);
        var admin = await new Support.ProjectScenario(Store.Services).ActorAsync("admin");
        await Store.Get<SupplierApplicationReview>().ReturnAsync(id, "名称与营业执照不一致。", admin);
        var page = Render<SupplierRegisterStatus>();
        page.Find("#credit-code").Change(code);
        page.Find("#password").Change(SupplierLibrary.SupplierLibraryTests.Password);

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("名称与营业执照不一致。", page.Find("[data-testid=return-reason]").TextContent.Trim()));
        Assert.Equal("已退回", page.Find("[data-testid=application-status]").TextContent.Trim());
        Assert.Contains(code, page.Find("[data-testid=application-standing]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Account/SupplierRegister?resubmit=true&code={code}",
            page.FindAll("a").Single(a => a.TextContent.Trim() == "按退回理由修改并重新提交").GetAttribute("href"));
    }

    [Fact]
    public async Task Signing_out_asks_first_naming_the_account_and_posts_to_the_sign_out_or_goes_back_home()
    {
        var context = await SignedInAsync(Support.ProjectScenario.Operator, mustChange: false);
        ((ClaimsIdentity)context.User.Identity!).AddClaim(new Claim(ClaimTypes.Role, Roles.PurchaserOperator));

        var page = Render<Logout>(p => p.AddCascadingValue(context));

        Assert.Equal($"确定退出账号 {Support.ProjectScenario.Operator} 吗？退出后，本账号在所有设备上的登录都将结束。", page.Find("h1 + p").TextContent.Trim());
        var form = page.Find("form");
        Assert.Equal(("/Account/Logout", "post"), (form.GetAttribute("action"), form.GetAttribute("method")));
        Assert.Equal("退出登录", form.QuerySelector("button[type=submit]")!.TextContent.Trim());
        Assert.Equal(GovProcurement.Portal.Workspaces.WorkspaceNavigation.HomeFor([Roles.PurchaserOperator]), page.FindAll("a").Single(a => a.TextContent.Trim() == "取消").GetAttribute("href"));
    }

    [Fact]
    public void After_signing_out_the_page_says_so_and_offers_signing_in_again()
    {
        var page = Render<Logout>(p => p.AddCascadingValue<HttpContext>(new DefaultHttpContext()));

        Assert.Equal("您已退出登录。", page.Find("h1 + p").TextContent.Trim());
        Assert.Empty(page.FindAll("form"));
        Assert.Equal("/Account/Login", page.FindAll("a").Single(a => a.TextContent.Trim() == "登录").GetAttribute("href"));
    }

    private sealed class NoAntiforgery : Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider
    {
        public override Microsoft.AspNetCore.Components.Forms.AntiforgeryRequestToken? GetAntiforgeryToken() => null;
    }

    private async Task<HttpContext> SignedInAsync(string userName, bool mustChange)
    {
        await using var db = Store.Db();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, userName) };
        if (mustChange)
        {
            claims.Add(new Claim(PortalClaims.MustChangePassword, "true"));
        }

        return new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) };
    }

    private static string Label<T>(IRenderedComponent<T> page, string id) where T : IComponent =>
        page.Find($"label[for={id}]").TextContent.Trim();

    /// <summary>The message under a field: the field error that follows its input before the next label, or "".</summary>
    private static string FieldError<T>(IRenderedComponent<T> page, string input) where T : IComponent
    {
        var next = page.Find(input).NextElementSibling;
        while (next is not null && next.TagName != "LABEL" && next.TagName != "BUTTON" && !next.ClassList.Contains("gp-field-error"))
        {
            next = next.NextElementSibling;
        }

        return next is not null && next.ClassList.Contains("gp-field-error") ? next.TextContent.Trim() : "";
    }
}

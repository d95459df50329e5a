using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.SupplierLibrary;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.SupplierLibrary;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The supplier's profile (its entry in force, the validator's messages at the fields, a new name sent for
/// review while the old one stands) and the administrator's queue of applications, which approves it.
/// </summary>
public sealed class SupplierLibraryPagesTests : StoreComponentTest
{
    private const string SupplierName = "江门市华信电脑科技有限公司";

    protected override Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<SupplierProfiles>());
        Services.AddSingleton(Store.Get<SupplierApplicationReview>());
        Services.AddSingleton(Store.Get<Microsoft.Extensions.Options.IOptions<InputLimits>>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        return Task.CompletedTask;
    }

    private async Task<Bunit.TestDoubles.BunitAuthorizationContext> SignInAsSupplierAsync()
    {
        await using var db = Store.Db();
        var supplier = await db.Organizations.SingleAsync(o => o.Name == SupplierName);
        var auth = AddAuthorization();
        auth.SetAuthorized(ProjectScenario.SmallSupplier).SetRoles(Roles.Supplier).SetClaims(new Claim(PortalClaims.OrganizationId, supplier.Id.ToString()));
        return auth;
    }

    private static IElement Control<T>(IRenderedComponent<T> where, string label) where T : IComponent =>
        where.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    private static IElement Button<T>(IRenderedComponent<T> where, string text) where T : IComponent =>
        where.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private async Task<int> ApplicationCountAsync()
    {
        await using var db = Store.Db();
        return await db.SupplierApplications.CountAsync();
    }

    [Fact]
    public async Task The_profile_shows_the_entry_in_force_and_a_cleared_name_and_bad_phone_at_their_fields()
    {
        await SignInAsSupplierAsync();
        Render<MudSnackbarProvider>();
        var page = Render<SupplierProfilePage>();
        page.WaitForAssertion(() => Assert.Equal(SupplierName, page.Find("[data-testid=entry-name]").TextContent.Trim()));
        Assert.Equal("小型", page.Find("[data-testid=entry-scale]").TextContent.Trim());

        Control(page, "供应商名称").QuerySelector("input")!.Change("");
        Control(page, "联系人").QuerySelector("input")!.Change("陈华");
        Control(page, "联系电话").QuerySelector("input")!.Change("abc");
        Button(page, "保存").Click();

        page.WaitForAssertion(() => Assert.Contains("请填写供应商名称", Control(page, "供应商名称").TextContent, StringComparison.Ordinal));
        Assert.NotNull(Control(page, "联系电话").QuerySelector(".mud-input-error"));
        Assert.Null(Control(page, "联系人").QuerySelector(".mud-input-error"));
        Assert.Equal(0, await ApplicationCountAsync());
    }

    [Fact]
    public async Task A_smaller_new_size_asks_for_the_signed_declaration_before_it_is_sent()
    {
        await SignInAsSupplierAsync();
        Render<MudSnackbarProvider>();
        var page = Render<SupplierProfilePage>();
        page.WaitForAssertion(() => Assert.Equal(SupplierName, page.Find("[data-testid=entry-name]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=sme-declaration]"));

        page.FindAll("label.mud-radio").Single(r => r.TextContent.Trim() == "微型").QuerySelector("input")!.Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=sme-declaration]")));
        Control(page, "联系人").QuerySelector("input")!.Change("陈华");
        Control(page, "联系电话").QuerySelector("input")!.Change("0750-3123456");
        Button(page, "保存").Click();

        page.WaitForAssertion(() => Assert.Contains("申报为微型企业须签署《中小企业声明函》，请阅读声明并勾选确认。", page.Markup, StringComparison.Ordinal));
        Assert.Equal(0, await ApplicationCountAsync());
    }

    [Fact]
    public async Task A_new_name_waits_for_review_and_the_administrator_approves_it_on_the_queue()
    {
        var auth = await SignInAsSupplierAsync();
        Render<MudSnackbarProvider>();
        var profile = Render<SupplierProfilePage>();
        profile.WaitForAssertion(() => Assert.Equal(SupplierName, profile.Find("[data-testid=entry-name]").TextContent.Trim()));
        Control(profile, "供应商名称").QuerySelector("input")!.Change("江门市华信科技股份有限公司");
        Control(profile, "联系人").QuerySelector("input")!.Change("陈华");
        Control(profile, "联系电话").QuerySelector("input")!.Change("0750-3123456");
        Button(profile, "保存").Click();

        profile.WaitForAssertion(() => Assert.Contains("变更申请：江门市华信科技股份有限公司（小型），待审核", profile.Find("[data-testid=open-change]").TextContent, StringComparison.Ordinal));
        Assert.Equal(SupplierName, profile.Find("[data-testid=entry-name]").TextContent.Trim());
        Assert.Contains("名称或规模的变更正在审核中", profile.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(profile.FindAll("button"), b => b.TextContent.Trim() == "保存");

        auth.SetAuthorized("admin").SetRoles(Roles.PlatformAdmin).SetClaims();

        var queue = Render<SupplierApplicationsPage>();
        queue.WaitForAssertion(() => Assert.Single(queue.FindAll("[data-testid=supplier-applications] tbody tr")));
        var row = queue.Find("[data-testid=supplier-applications] tbody tr");
        Assert.Equal("信息变更", row.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(SupplierName, row.QuerySelector("s")!.TextContent.Trim());
        queue.Find("button[aria-label='通过“江门市华信科技股份有限公司”的申请']").Click();

        queue.WaitForAssertion(() => Assert.Empty(queue.FindAll("button[aria-label^='通过']")));
        await using var after = Store.Db();
        Assert.Equal("江门市华信科技股份有限公司", (await after.Organizations.OfType<Supplier>().SingleAsync(s => s.CreditCode == ProjectScenario.SmallSupplier)).Name);
    }

    [Fact]
    public void An_empty_queue_says_where_applications_come_from()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);

        var queue = Render<SupplierApplicationsPage>();

        queue.WaitForAssertion(() => Assert.Contains("暂无供应商申请", queue.Find("[data-testid=supplier-applications]").TextContent, StringComparison.Ordinal));
        Assert.Empty(queue.FindAll("[data-testid=supplier-applications] button[aria-label^='通过'], [data-testid=supplier-applications] button[aria-label^='退回']"));
    }
}

using Bunit;
using ClosedXML.Excel;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Integration;
using GovProcurement.Domain.Onboarding;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Portal.Components.Workspaces.Admin;
using GovProcurement.Tests.Onboarding;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The administrator's pages over the demo store: API keys issued and revoked, password reset requests handled,
/// and the organisation and legacy plan imports answering a workbook with what they stored or each row's problem.
/// </summary>
public sealed class AdminPagesTests : StoreComponentTest
{
    private IRenderedComponent<MudDialogProvider> dialogs = default!;
    private IRenderedComponent<MudSnackbarProvider> snackbars = default!;
    private IRenderedComponent<MudPopoverProvider> popovers = default!;

    protected override Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<TimeProvider>());
        Services.AddSingleton(Store.Get<IOptions<InputLimits>>());
        Services.AddSingleton(Store.Get<ApiKeys>());
        Services.AddSingleton(Store.Get<OrganizationQueries>());
        Services.AddSingleton(Store.Get<PasswordResetRequests>());
        Services.AddSingleton(Store.Get<AccountAdministration>());
        Services.AddSingleton(Store.Get<OrganizationOnboarding>());
        Services.AddSingleton(Store.Get<LegacyPlanImport>());
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);
        return Task.CompletedTask;
    }

    private void RenderProviders()
    {
        popovers = Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        snackbars = Render<MudSnackbarProvider>();
    }

    private static AngleSharp.Dom.IElement Button<T>(IRenderedComponent<T> page, string text) where T : Microsoft.AspNetCore.Components.IComponent =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private async Task<Guid> UnitAsync(string name)
    {
        await using var db = Store.Db();
        return await db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    [Fact]
    public void A_key_cannot_be_issued_before_an_organisation_is_chosen()
    {
        RenderProviders();
        var page = Render<AdminApiKeys>();

        Assert.True(Button(page, "签发密钥").HasAttribute("disabled"));
        Assert.Contains("没有", page.Find("table").TextContent, StringComparison.Ordinal); // the empty list says so
    }

    [Fact]
    public async Task Only_an_active_key_is_offered_revocation_and_revoking_it_asks_first_then_marks_it_revoked()
    {
        var keys = Store.Get<ApiKeys>();
        await keys.IssueAsync(await UnitAsync("江门市第一中学"), "预算系统对接", "admin");
        await keys.IssueAsync(await UnitAsync("江门市第一中学"), "旧接口", "admin");
        await keys.RevokeAsync((await keys.ListAsync()).Single(k => k.Name == "旧接口").Id, "admin");
        RenderProviders();
        var page = Render<AdminApiKeys>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        var old = page.FindAll("tbody tr").Single(r => r.TextContent.Contains("旧接口"));
        Assert.Contains("已吊销", old.TextContent, StringComparison.Ordinal);
        Assert.Empty(old.QuerySelectorAll("button"));
        var active = page.FindAll("tbody tr").Single(r => r.TextContent.Contains("预算系统对接"));
        Assert.Contains("正常", active.TextContent, StringComparison.Ordinal);
        Assert.Contains("江门市第一中学", active.TextContent, StringComparison.Ordinal);

        active.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "吊销").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("确定吊销密钥“预算系统对接”吗？", dialogs.Markup, StringComparison.Ordinal));
        Assert.Null((await keys.ListAsync()).Single(k => k.Name == "预算系统对接").RevokedUtc); // nothing until confirmed
        Button(dialogs, "确定").Click();

        page.WaitForAssertion(() => Assert.Contains("已吊销", page.FindAll("tbody tr").Single(r => r.TextContent.Contains("预算系统对接")).TextContent, StringComparison.Ordinal));
        Assert.NotNull((await keys.ListAsync()).Single(k => k.Name == "预算系统对接").RevokedUtc);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "吊销");
    }

    [Fact]
    public async Task A_key_issued_for_the_chosen_organisation_is_shown_once_then_listed_and_a_missing_name_is_refused()
    {
        RenderProviders();
        var page = Render<AdminApiKeys>();
        page.Find("input").Input("江门市第一中学");
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains("江门市第一中学")).Click();
        page.WaitForAssertion(() => Assert.False(Button(page, "签发密钥").HasAttribute("disabled")));

        Button(page, "签发密钥").Click();
        snackbars.WaitForAssertion(() => Assert.Contains("请填写密钥用途", snackbars.Markup, StringComparison.Ordinal));
        Assert.Empty(await Store.Get<ApiKeys>().ListAsync());

        page.FindAll("input")[1].Change("财务系统");
        Button(page, "签发密钥").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("此密钥仅显示一次", dialogs.Markup, StringComparison.Ordinal));
        var key = Assert.Single(await Store.Get<ApiKeys>().ListAsync());
        Assert.Contains($"新密钥：gpk_{key.Prefix}", dialogs.Markup, StringComparison.Ordinal);
        Button(dialogs, "确定").Click();

        page.WaitForAssertion(() => Assert.Contains("财务系统", page.Find("tbody tr").TextContent, StringComparison.Ordinal));
        Assert.Contains($"gpk_{key.Prefix}…", page.Find("tbody tr").TextContent, StringComparison.Ordinal);
        Assert.Equal("", page.FindAll("input")[1].GetAttribute("value") ?? "");
    }

    [Fact]
    public void Without_open_requests_the_reset_panel_shows_nothing()
    {
        var panel = Render<PasswordResetRequestsPanel>();

        Assert.Empty(panel.FindAll("[data-testid=reset-requests]"));
    }

    [Fact]
    public async Task An_open_request_is_listed_and_resetting_it_after_confirmation_closes_it_and_tells_the_account_list()
    {
        await Store.Get<PasswordResetRequests>().RequestAsync("440784cz", "0750-8881234");
        RenderProviders();
        var resets = 0;
        var panel = Render<PasswordResetRequestsPanel>(p => p.Add(x => x.OnReset, () => resets++));

        panel.WaitForAssertion(() => Assert.Contains("待处理的密码重置申请（1）", panel.Find("h2").TextContent, StringComparison.Ordinal));
        var row = panel.Find("[data-testid=reset-requests] tbody tr");
        Assert.Contains("440784cz", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("0750-8881234", row.TextContent, StringComparison.Ordinal);

        Button(panel, "重置为初始密码").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("确定对账号 440784cz 执行“重置为初始密码”吗？", dialogs.Markup, StringComparison.Ordinal));
        Button(dialogs, "取消").Click();
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("确定对账号", dialogs.Markup, StringComparison.Ordinal));
        Assert.Single(await Store.Get<PasswordResetRequests>().OpenAsync());
        Assert.Equal(0, resets);

        Button(panel, "重置为初始密码").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("确定对账号 440784cz", dialogs.Markup, StringComparison.Ordinal));
        Button(dialogs, "确定").Click();
        // A regional finance account's initial password is generated, so it is shown once before the list is told.
        dialogs.WaitForAssertion(() => Assert.Contains("此密码仅显示一次", dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal(0, resets);
        Button(dialogs, "确定").Click();

        panel.WaitForAssertion(() => Assert.Equal(1, resets));
        Assert.Empty(panel.FindAll("[data-testid=reset-requests]"));
        Assert.Contains("已对账号 440784cz 执行“重置为初始密码”。", snackbars.Markup, StringComparison.Ordinal);
        Assert.Empty(await Store.Get<PasswordResetRequests>().OpenAsync());
        await using var db = Store.Db();
        Assert.True(await db.Users.Where(u => u.UserName == "440784cz").Select(u => u.MustChangePassword).SingleAsync());
    }

    [Fact]
    public async Task An_organisation_workbook_is_imported_and_its_new_accounts_are_listed()
    {
        var page = Render<AdminImport>();
        Assert.Equal("/admin/import/template", page.FindAll("a").Single(a => a.TextContent.Contains("下载导入模板")).GetAttribute("href"));

        await UploadAsync(page, ImportFile.From(ImportFile.Unit("开平市教育局", "440783", "783001", "301001")), "机构.xlsx");

        page.WaitForAssertion(() => Assert.Equal("导入成功：新增机构 1 个，创建账号 2 个。", page.Find("[data-testid=import-succeeded]").TextContent.Trim()));
        var rows = page.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("开平市教育局", r.TextContent, StringComparison.Ordinal));
        await using var db = Store.Db();
        Assert.True(await db.Organizations.AnyAsync(o => o.Name == "开平市教育局"));
    }

    [Fact]
    public async Task An_organisation_workbook_with_a_bad_row_changes_nothing_and_names_the_row_and_column()
    {
        var page = Render<AdminImport>();

        await UploadAsync(page, ImportFile.From(ImportFile.Unit("开平市教育局", "440783", "783001", "301001"), ImportFile.Unit("深圳某局", "440304", "300001")), "机构.xlsx");

        page.WaitForAssertion(() => Assert.StartsWith("导入未执行：发现", page.Find("[data-testid=import-failed]").TextContent.Trim(), StringComparison.Ordinal));
        var problem = page.FindAll("[data-testid=import-errors] tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .Single(cells => cells[0] == "3");
        Assert.Equal(ImportColumns.RegionCode, problem[1]);
        Assert.Contains("深圳", problem[2], StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=import-succeeded]"));
        await using var db = Store.Db();
        Assert.False(await db.Organizations.AnyAsync(o => o.Name == "开平市教育局"));
    }

    [Fact]
    public async Task Legacy_plans_are_imported_and_counted()
    {
        var page = Render<AdminLegacyImport>();

        await UploadAsync(page, LegacyFile(["JM2020-0001", "701001", "2020年办公电脑采购", "2020-11-30", "A02010104", "380000.00", "公开招标"]), "旧计划.xlsx");

        page.WaitForAssertion(() => Assert.Equal("已导入旧系统计划 1 个。", page.Find("[data-testid=import-succeeded]").TextContent.Trim()));
        await using var db = Store.Db();
        Assert.Equal(PlanStatus.Legacy, await db.Plans.Where(p => p.Number == "JM2020-0001").Select(p => p.Status).SingleAsync());
    }

    [Fact]
    public async Task A_legacy_plan_dated_after_the_cutover_is_named_with_its_row_and_nothing_is_imported()
    {
        var page = Render<AdminLegacyImport>();

        await UploadAsync(page, LegacyFile(
            ["JM2020-0002", "701001", "正常行", "2020-06-01", "A02010104", "1000", ""],
            ["JM2021-0001", "701001", "上线后", "2021-01-01", "A02010104", "1000", ""]), "旧计划.xlsx");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=import-errors] tbody tr")));
        var cells = page.Find("[data-testid=import-errors] tbody tr").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["3", LegacyPlanImport.FiledOn], cells[..2]);
        Assert.Empty(page.FindAll("[data-testid=import-succeeded]"));
        await using var db = Store.Db();
        Assert.False(await db.Plans.AnyAsync(p => p.Number == "JM2020-0002"));
    }

    private static async Task UploadAsync<T>(IRenderedComponent<T> page, MemoryStream file, string name) where T : class, Microsoft.AspNetCore.Components.IComponent
    {
        await page.FindComponent<InputFile>().ChooseFilesAsync(InputFileContent.CreateFromBinary(file.ToArray(), name, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static MemoryStream LegacyFile(params string[][] rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(LegacyPlanImport.Template()));
        var sheet = workbook.Worksheet(LegacyPlanImport.SheetName);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 2, c + 1).SetValue(rows[r][c]);
            }
        }

        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream;
    }
}

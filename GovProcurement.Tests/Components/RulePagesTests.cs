using AngleSharp.Dom;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Rules;
using GovProcurement.Portal.Components.Workspaces.Admin;
using GovProcurement.Portal.Components.Workspaces.Rules;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The procurement and account rule pages on 27 Nov 2026: the rules in force are listed in words, a new
/// version is offered to the platform administrator alone, its dialog shows the validator's messages at the
/// fields and stores nothing until they are fixed, and a valid version is listed once published.
/// </summary>
public sealed class RulePagesTests : StoreComponentTest
{
    private readonly FakeTimeProvider clock;

    public RulePagesTests()
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    private RulePagesTests(FakeTimeProvider clock)
        : base(clock) => this.clock = clock;

    protected override Task ArrangeAsync()
    {
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(Store.Get<ProcurementRuleBook>());
        Services.AddSingleton(Store.Get<AccountRuleBook>());
        return Task.CompletedTask;
    }

    private static IElement Control<T>(IRenderedComponent<T> where, string label) where T : Microsoft.AspNetCore.Components.IComponent =>
        where.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    private static string FieldText<T>(IRenderedComponent<T> where, string label) where T : Microsoft.AspNetCore.Components.IComponent => Control(where, label).TextContent;

    private static bool ShowsError<T>(IRenderedComponent<T> where, string label) where T : Microsoft.AspNetCore.Components.IComponent => Control(where, label).QuerySelector(".mud-input-error") is not null;

    private static IElement Button<T>(IRenderedComponent<T> where, string text) where T : Microsoft.AspNetCore.Components.IComponent => where.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private static IReadOnlyList<string[]> Rows<T>(IRenderedComponent<T> where, string testId) where T : Microsoft.AspNetCore.Components.IComponent =>
        where.FindAll($"[data-testid={testId}] tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();

    [Fact]
    public void A_regulator_reads_the_rules_in_words_and_is_not_offered_a_new_version()
    {
        AddAuthorization().SetAuthorized(ProjectScenario.Regulator).SetRoles(Roles.Regulator);

        var table = Render<RuleTable>();

        table.WaitForAssertion(() => Assert.NotEmpty(Rows(table, "procurement-rules")));
        var line = Rows(table, "procurement-rules").Single(r => r[0] == "须委托集中采购机构的预算金额");
        Assert.Equal(["¥4,000,000.00", "江门市"], line[1..3]);
        Assert.StartsWith("江财采购〔2020〕32号", line[5], StringComparison.Ordinal);
        Assert.Contains(Rows(table, "procurement-rules"), r => r[0] == "采购意向提前公开天数" && r[1] == "30 天");
        Assert.DoesNotContain(table.FindAll("button"), b => b.TextContent.Trim() == "新增规则版本");
    }

    [Fact]
    public async Task A_new_rule_without_value_or_citation_is_told_so_at_those_fields_and_not_stored()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var table = Render<RuleTable>();
        var before = await RuleCountAsync();

        Button(table, "新增规则版本").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("发布新规则", dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal("2026-11-28", Control(dialogs, "生效日期").QuerySelector("input")!.GetAttribute("value"));
        Button(dialogs, "发布新规则").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("规则数值必须大于零。", FieldText(dialogs, "金额（元）"), StringComparison.Ordinal));
        Assert.Contains("请填写规则依据", FieldText(dialogs, "依据"), StringComparison.Ordinal);
        Assert.False(ShowsError(dialogs, "生效日期"));
        Assert.Equal(before, await RuleCountAsync());
    }

    [Fact]
    public async Task An_unknown_item_code_and_a_rule_starting_today_are_refused_at_their_fields()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var table = Render<RuleTable>();
        var before = await RuleCountAsync();
        Button(table, "新增规则版本").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("发布新规则", dialogs.Markup, StringComparison.Ordinal));

        Control(dialogs, "金额（元）").QuerySelector("input")!.Change("5000000");
        Control(dialogs, "限定品目编码（可选）").QuerySelector("input")!.Change("A02010104，Z99");
        Control(dialogs, "生效日期").QuerySelector("input")!.Change("2026-11-27");
        dialogs.Find("textarea").Change("江财采购〔2026〕1号");
        Button(dialogs, "发布新规则").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("品目编码 Z99 不在采购品目目录中。", FieldText(dialogs, "限定品目编码（可选）"), StringComparison.Ordinal));
        Assert.Contains("新规则只能从明天或以后生效", FieldText(dialogs, "生效日期"), StringComparison.Ordinal);
        Assert.False(ShowsError(dialogs, "金额（元）"));
        Assert.Equal(before, await RuleCountAsync());
    }

    [Fact]
    public async Task A_valid_rule_is_published_from_its_day_and_listed()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var snackbar = Render<MudSnackbarProvider>();
        var table = Render<RuleTable>();
        Button(table, "新增规则版本").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("发布新规则", dialogs.Markup, StringComparison.Ordinal));

        Control(dialogs, "金额（元）").QuerySelector("input")!.Change("5000000");
        Control(dialogs, "生效日期").QuerySelector("input")!.Change("2027-01-01");
        dialogs.Find("textarea").Change("粤财采购〔2026〕99号");
        Button(dialogs, "发布新规则").Click();

        snackbar.WaitForAssertion(() => Assert.Contains("新规则已发布", snackbar.Markup, StringComparison.Ordinal));
        Assert.Empty(dialogs.FindAll(".mud-dialog"));
        var added = Rows(table, "procurement-rules").Single(r => r[5] == "粤财采购〔2026〕99号");
        Assert.Equal(["须委托集中采购机构的预算金额", "¥5,000,000.00", "广东省"], added[..3]);
        Assert.StartsWith("2027-01-01", added[4], StringComparison.Ordinal);
        await using var db = Store.Db();
        var stored = await db.ProcurementRules.AsNoTracking().SingleAsync(r => r.Citation == "粤财采购〔2026〕99号");
        Assert.Equal((RuleKind.CentralizedEntrustmentLine, Money.FromYuan(5_000_000m).Fen, new DateOnly(2027, 1, 1)), (stored.Kind, stored.Value, stored.EffectiveFrom));
    }

    private async Task<int> RuleCountAsync()
    {
        await using var db = Store.Db();
        return await db.ProcurementRules.CountAsync();
    }

    private async Task<int> AccountRuleCountAsync()
    {
        await using var db = Store.Db();
        return await db.AccountRules.CountAsync();
    }

    [Fact]
    public void The_account_rules_are_listed_in_words()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);

        var page = Render<AdminAccountRules>();

        page.WaitForAssertion(() => Assert.NotEmpty(Rows(page, "account-rules")));
        var unit = Rows(page, "account-rules").First(r => r[0] == "预算单位");
        Assert.Equal("广东省 （含下辖地区）", unit[1]);
        Assert.Equal("本单位预算编码", unit[3]);
        Assert.Contains(Rows(page, "account-rules"), r => r[0] == "供应商");
    }

    [Fact]
    public async Task A_reviewer_suffix_with_a_dash_and_no_citation_are_shown_at_their_fields_and_nothing_is_stored()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<AdminAccountRules>();
        var before = await AccountRuleCountAsync();

        Button(page, "新增规则版本").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("发布新规则", dialogs.Markup, StringComparison.Ordinal));
        Control(dialogs, "审核账号后缀").QuerySelector("input")!.Change("s-h");
        Button(dialogs, "发布新规则").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("账号后缀只能是字母或数字", FieldText(dialogs, "审核账号后缀"), StringComparison.Ordinal));
        Assert.Contains("请填写规则依据", FieldText(dialogs, "依据"), StringComparison.Ordinal);
        Assert.False(ShowsError(dialogs, "经办（或单一）账号后缀"));
        Assert.Equal(before, await AccountRuleCountAsync());
    }

    [Fact]
    public async Task A_valid_account_rule_is_published_and_listed()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var snackbar = Render<MudSnackbarProvider>();
        var page = Render<AdminAccountRules>();
        var before = Rows(page, "account-rules").Count;

        Button(page, "新增规则版本").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("发布新规则", dialogs.Markup, StringComparison.Ordinal));
        Control(dialogs, "经办（或单一）账号后缀").QuerySelector("input")!.Change("jb");
        Control(dialogs, "审核账号后缀").QuerySelector("input")!.Change("sh");
        dialogs.Find("textarea").Change("粤财采购〔2026〕100号");
        Button(dialogs, "发布新规则").Click();

        snackbar.WaitForAssertion(() => Assert.Contains("新规则已发布", snackbar.Markup, StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.Equal(before + 1, Rows(page, "account-rules").Count));
        var added = Rows(page, "account-rules").Single(r => r[5] == "粤财采购〔2026〕100号");
        Assert.Equal("原系统账号（无则预算编码） + sh（审核）/ jb（经办）", added[2]);
        Assert.StartsWith("2026-11-28", added[4], StringComparison.Ordinal);
    }
}

using AngleSharp.Dom;
using Bunit;
using GovProcurement.Domain.Accounts;
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
/// What the two rule dialogs do beyond the validator's messages (RulePagesTests): the procurement rule's value is asked in
/// the unit of the chosen kind and a percentage is stored in basis points; a cleared effective date is asked for; the
/// account rule asks for the common initial password only when that source is chosen, and says at the field when it is
/// missing; cancelling stores nothing.
/// </summary>
public sealed class RuleDialogsTests : StoreComponentTest
{
    private readonly FakeTimeProvider clock;

    public RuleDialogsTests()
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    private RuleDialogsTests(FakeTimeProvider clock)
        : base(clock) => this.clock = clock;

    protected override Task ArrangeAsync()
    {
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(Store.Get<ProcurementRuleBook>());
        Services.AddSingleton(Store.Get<AccountRuleBook>());
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);
        return Task.CompletedTask;
    }

    private IRenderedComponent<MudPopoverProvider> popovers = default!;

    private static IElement? FindControl<T>(IRenderedComponent<T> where, string label) where T : Microsoft.AspNetCore.Components.IComponent =>
        where.FindAll(".mud-input-control").FirstOrDefault(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    private static IElement Control<T>(IRenderedComponent<T> where, string label) where T : Microsoft.AspNetCore.Components.IComponent =>
        FindControl(where, label) ?? throw new InvalidOperationException($"No field labelled {label}.");

    private static IElement Button<T>(IRenderedComponent<T> where, string text) where T : Microsoft.AspNetCore.Components.IComponent =>
        where.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>Opens the select labelled so and picks the item with the text, as a person does.</summary>
    private void Choose(IRenderedComponent<MudDialogProvider> dialogs, string label, string item)
    {
        Control(dialogs, label).MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == item));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == item).Click();
    }

    private IRenderedComponent<MudDialogProvider> Open<TPage>() where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<TPage>();
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "新增规则版本"));
        Button(page, "新增规则版本").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("发布新规则", dialogs.Markup, StringComparison.Ordinal));
        return dialogs;
    }

    [Fact]
    public async Task A_share_kind_asks_for_a_percentage_and_stores_it_in_basis_points()
    {
        var dialogs = Open<RuleTable>();
        Assert.NotNull(FindControl(dialogs, "金额（元）"));

        Choose(dialogs, "规则", "投标保证金上限（占预算比例）");

        dialogs.WaitForAssertion(() => Assert.NotNull(FindControl(dialogs, "比例（%）")));
        Assert.Null(FindControl(dialogs, "金额（元）"));
        Control(dialogs, "比例（%）").QuerySelector("input")!.Change("1.5");
        dialogs.Find("textarea").Change("粤财采购〔2026〕101号");
        Button(dialogs, "发布新规则").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        await using var db = Store.Db();
        var stored = await db.ProcurementRules.AsNoTracking().SingleAsync(r => r.Citation == "粤财采购〔2026〕101号");
        Assert.Equal((RuleKind.BidBondMaxShare, 150L, new DateOnly(2026, 11, 28)), (stored.Kind, stored.Value, stored.EffectiveFrom));
    }

    [Fact]
    public async Task A_cleared_effective_date_is_asked_for_and_cancelling_stores_nothing()
    {
        var before = await CountAsync(db => db.ProcurementRules.CountAsync());
        var dialogs = Open<RuleTable>();
        Control(dialogs, "金额（元）").QuerySelector("input")!.Change("5000000");
        dialogs.Find("textarea").Change("粤财采购〔2026〕102号");
        Control(dialogs, "生效日期").QuerySelector("input")!.Change("");

        Button(dialogs, "发布新规则").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("请选择生效日期。", dialogs.Find(".mud-alert").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, await CountAsync(db => db.ProcurementRules.CountAsync()));
        Button(dialogs, "取消").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        Assert.Equal(before, await CountAsync(db => db.ProcurementRules.CountAsync()));
    }

    [Fact]
    public async Task The_account_rule_asks_for_the_common_password_only_when_chosen_and_says_at_the_field_when_it_is_missing()
    {
        var before = await CountAsync(db => db.AccountRules.CountAsync());
        var dialogs = Open<AdminAccountRules>();
        Assert.Null(FindControl(dialogs, "统一初始密码"));

        Choose(dialogs, "初始密码", "统一初始密码");

        dialogs.WaitForAssertion(() => Assert.NotNull(FindControl(dialogs, "统一初始密码")));
        Control(dialogs, "经办（或单一）账号后缀").QuerySelector("input")!.Change("jb");
        dialogs.Find("textarea").Change("粤财采购〔2026〕103号");
        Button(dialogs, "发布新规则").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("统一初始密码不能为空。", Control(dialogs, "统一初始密码").TextContent, StringComparison.Ordinal));
        Assert.Null(Control(dialogs, "经办（或单一）账号后缀").QuerySelector(".mud-input-error"));
        Assert.Equal(before, await CountAsync(db => db.AccountRules.CountAsync()));
    }

    [Fact]
    public async Task The_account_rule_with_a_cleared_date_is_told_so_and_stores_nothing()
    {
        var before = await CountAsync(db => db.AccountRules.CountAsync());
        var dialogs = Open<AdminAccountRules>();
        Control(dialogs, "经办（或单一）账号后缀").QuerySelector("input")!.Change("jb");
        dialogs.Find("textarea").Change("粤财采购〔2026〕104号");
        Control(dialogs, "生效日期").QuerySelector("input")!.Change("");

        Button(dialogs, "发布新规则").Click();

        dialogs.WaitForAssertion(() => Assert.Equal("请选择生效日期。", dialogs.Find("[data-testid=rule-error]").TextContent.Trim()));
        Assert.Equal(before, await CountAsync(db => db.AccountRules.CountAsync()));
    }

    private async Task<int> CountAsync(Func<GovProcurement.Domain.Persistence.GovProcurementDbContext, Task<int>> count)
    {
        await using var db = Store.Db();
        return await count(db);
    }
}

using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Intentions;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Public;
using GovProcurement.Portal.Components.Workspaces.Intentions;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The public list of published intentions (a draft is never shown; the unit filter narrows it), and the operator's
/// dialog that drafts one: the validator's messages at their fields, and a valid draft stored and the dialog closed.
/// </summary>
public sealed class IntentionPagesTests : StoreComponentTest
{
    private readonly FakeTimeProvider clock;
    private PlanParties parties = default!;

    public IntentionPagesTests()
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    private IntentionPagesTests(FakeTimeProvider clock)
        : base(clock) => this.clock = clock;

    private Intentions Intentions => Store.Get<Intentions>();

    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(Intentions);
        Services.AddScoped<CurrentActor>();
        parties = new PlanParties(Store.Services);
        var op = await parties.ActorAsync(PlanParty.OwnOperator);
        AddAuthorization().SetAuthorized(op.UserName).SetRoles([.. op.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, op.OrganizationId!.Value.ToString()));
    }

    private async Task PublishedAsync(string name)
    {
        var id = await Intentions.DraftAsync(new IntentionForm(name, "台式计算机 20 台", Money.FromYuan(100_000m), new DateOnly(2027, 3, 1), true, null), await parties.ActorAsync(PlanParty.OwnOperator));
        await Intentions.PublishAsync(id, await parties.ActorAsync(PlanParty.OwnReviewer));
    }

    private static IReadOnlyList<string> Projects(IRenderedComponent<PublicIntentions> page) =>
        page.FindAll("[data-testid=intention-table] tbody tr").Where(r => r.QuerySelector("[data-testid=empty-state]") is null)
            .Select(r => r.QuerySelectorAll("td")[0].TextContent.Trim()).ToList();

    [Fact]
    public async Task The_public_list_shows_published_intentions_with_their_unit_and_month_and_never_a_draft()
    {
        await PublishedAsync("校园物业管理服务");
        await Intentions.DraftAsync(new IntentionForm("尚未公开的采购", "草稿", Money.FromYuan(50_000m), new DateOnly(2027, 4, 1), false, null), await parties.ActorAsync(PlanParty.OwnOperator));
        Render<MudPopoverProvider>();

        var page = Render<PublicIntentions>();

        page.WaitForAssertion(() => Assert.Equal(["校园物业管理服务"], Projects(page)));
        var row = page.Find("[data-testid=intention-table] tbody tr");
        Assert.Contains("江门市第一中学", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("2027-03", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("¥100,000.00", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_a_unit_without_intentions_says_the_filters_hide_them()
    {
        await PublishedAsync("校园物业管理服务");
        Render<MudPopoverProvider>();
        var page = Render<PublicIntentions>();
        page.WaitForAssertion(() => Assert.Single(Projects(page)));

        AngleSharp.Dom.IElement Unit() => page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == "采购单位").QuerySelector("input")!;
        await Unit().InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "鹤山" });
        await Unit().BlurAsync(new Microsoft.AspNetCore.Components.Web.FocusEventArgs());

        page.WaitForAssertion(() => Assert.Contains("没有符合筛选条件的记录。", page.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal));
        Assert.Empty(Projects(page));
    }

    [Fact]
    public void Without_published_intentions_the_list_says_where_they_will_appear()
    {
        Render<MudPopoverProvider>();
        var page = Render<PublicIntentions>();

        page.WaitForAssertion(() => Assert.Contains("还没有公开的采购意向。", page.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal));
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Dialogs, Task<DialogResult?> Result)> OpenDialogAsync()
    {
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        IDialogReference? reference = null;
        await dialogs.InvokeAsync(async () => reference = await Services.GetRequiredService<IDialogService>().ShowAsync<IntentionDialog>("新建采购意向"));
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=intention-save]")));
        return (dialogs, reference!.Result);
    }

    [Fact]
    public async Task An_empty_intention_is_refused_with_each_message_at_its_field_and_nothing_is_stored()
    {
        var (dialogs, result) = await OpenDialogAsync();

        dialogs.Find("[data-testid=intention-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Equal(3, dialogs.FindAll(".mud-input-helper-text.mud-input-error").Count));
        Assert.Contains("请填写项目名称", Helper(dialogs, "采购项目名称"), StringComparison.Ordinal);
        Assert.Contains("请填写采购需求概况", Helper(dialogs, "采购需求概况"), StringComparison.Ordinal);
        Assert.Contains("预算金额", Helper(dialogs, "预算金额（元）"), StringComparison.Ordinal);
        Assert.False(result.IsCompleted);
        await using var db = Store.Db();
        Assert.False(await db.Intentions.AnyAsync());
    }

    [Fact]
    public async Task A_valid_intention_is_drafted_for_the_operator_s_unit_in_the_month_offered_and_the_dialog_closes()
    {
        var (dialogs, result) = await OpenDialogAsync();

        Input(dialogs, "采购项目名称").Change("图书馆图书采购");
        dialogs.Find("[data-testid=intention-summary] textarea, textarea[data-testid=intention-summary]").Change("中文图书约 5000 册");
        Input(dialogs, "预算金额（元）").Change("300000");
        dialogs.Find("[data-testid=intention-save]").Click();

        var closed = await result.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(closed!.Canceled);
        await using var db = Store.Db();
        var stored = await db.Intentions.SingleAsync();
        Assert.Equal(("图书馆图书采购", "中文图书约 5000 册", Money.FromYuan(300_000m), (2027, 1), true, (DateTime?)null),
            (stored.ProjectName, stored.RequirementSummary, stored.Budget, (stored.ExpectedMonth.Year, stored.ExpectedMonth.Month), stored.ReservedForSmes, stored.PublishedUtc));
        Assert.Equal((await parties.ActorAsync(PlanParty.OwnOperator)).OrganizationId, stored.UnitId);
    }

    private static AngleSharp.Dom.IElement Control(IRenderedComponent<MudDialogProvider> dialogs, string label) =>
        dialogs.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<MudDialogProvider> dialogs, string label) => Control(dialogs, label).QuerySelector("input")!;

    private static string Helper(IRenderedComponent<MudDialogProvider> dialogs, string label) =>
        Control(dialogs, label).QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";
}

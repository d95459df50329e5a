using Bunit;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;
using GovProcurement.Portal.Components.Workspaces.Projects;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace GovProcurement.Tests.Projects;

/// <summary>The project set-up starts from the filed plan and is refused or warned where it departs from it.</summary>
public sealed class FiledPlanTermsTests : ProjectScenarioTest
{
    private static readonly RuleSet Rules = new(DefaultProcurementRules.All(), RegionDirectory.Guangdong);

    /// <summary>How long a render may take on a loaded machine: the form loads the plan's terms from the store first.</summary>
    private static readonly TimeSpan RenderWait = TimeSpan.FromSeconds(30);

    private Guid projectId;

    protected override async Task ArrangeAsync()
    {
        var planId = await Scenario.FiledPlanAsync();
        var purchaser = await Scenario.ActorAsync(ProjectScenario.Operator);
        var entrustment = Store.Get<ProjectEntrustment>();
        var project = await entrustment.EntrustAsync(planId, (await entrustment.ChoicesAsync(planId, purchaser)).Single().Id, purchaser);
        await entrustment.AcceptAsync(project.Id, await Scenario.ActorAsync(ProjectScenario.Agency));
        projectId = project.Id;
    }

    private static ProjectSetup Setup(bool reservedForSme, params LotDraft[] lots) =>
        new(lots, "", reservedForSme, ScoringMethod.LowestEvaluatedPrice, 10_000, reservedForSme ? 0 : 1000, false);

    [Fact]
    public async Task The_set_up_starts_from_the_plans_item_amount_and_full_SME_reservation()
    {
        var terms = await Store.Get<ProjectPreparation>().PlanTermsAsync(projectId, await Scenario.ActorAsync(ProjectScenario.Agency));

        var lot = Assert.Single(terms.ProposedLots());
        Assert.Equal(("C1204", Money.FromYuan(1_600_000m), Money.FromYuan(1_600_000m)), (lot.CatalogueCode, lot.Budget, lot.MaxPrice));
        Assert.True(terms.ProposesSmeReservation);
        Assert.Contains("原则上全部预留给中小企业", terms.SmeReservation!.Text.Zh, StringComparison.Ordinal);
        Assert.Empty(terms.Check(Setup(true, [.. terms.ProposedLots()])));
    }

    [Fact]
    public async Task A_lot_for_an_item_the_plan_does_not_hold_is_refused_citing_the_filing_rule_and_nothing_is_stored()
    {
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        var setup = Setup(true, new LotDraft("台式计算机", "A02010104", Money.FromYuan(1_000_000m), Money.FromYuan(1_000_000m), ""));

        var error = await Assert.ThrowsAsync<DomainException>(() => Store.Get<ProjectPreparation>().SaveSetupAsync(projectId, 1, setup, agency));

        Assert.Contains("不在备案的采购计划中", error.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("实施条例》第二十九条", error.Text.Zh, StringComparison.Ordinal);
        await using var db = Store.Db();
        Assert.Empty((await db.Projects.Include(p => p.Lots).SingleAsync(p => p.Id == projectId)).Lots);
    }

    [Fact]
    public async Task Dropping_the_SME_reservation_is_saved_but_warned_with_the_rule()
    {
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        var preparation = Store.Get<ProjectPreparation>();
        var setup = Setup(false, new LotDraft("校园物业管理", "C1204", Money.FromYuan(1_600_000m), Money.FromYuan(1_550_000m), ""));

        await preparation.SaveSetupAsync(projectId, 1, setup, agency);

        var warning = Assert.Single((await preparation.PlanTermsAsync(projectId, agency)).Check(setup));
        Assert.False(warning.Refused);
        Assert.Contains("财库〔2020〕46号", warning.Reason.Source!.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Lots_above_an_items_planned_amount_are_refused_even_within_the_plans_total()
    {
        var terms = new FiledPlanTerms([new PlannedItem("C1204", "物业管理服务", Money.FromYuan(1_000_000m)), new PlannedItem("A02010104", "台式计算机", Money.FromYuan(600_000m))], null);
        var setup = Setup(false,
            new LotDraft("物业", "C1204", Money.FromYuan(1_200_000m), Money.FromYuan(1_200_000m), ""),
            new LotDraft("电脑", "A02010104", Money.FromYuan(400_000m), Money.FromYuan(400_000m), ""));

        var departure = Assert.Single(terms.Check(setup));
        Assert.True(departure.Refused);
        Assert.Contains("超过备案计划金额 ¥1,000,000.00", departure.Reason.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("政府采购法》第六条", departure.Reason.Source!.Zh, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => terms.Enforce(setup));
    }

    [Fact]
    public void A_plan_above_two_million_asks_for_at_least_40_percent_and_dropping_it_is_warned()
    {
        var decision = new PlanRouter(Rules, CatalogueDirectory.Shipped, RegionDirectory.Guangdong)
            .Decide(new RoutingRequest("440700", new DateOnly(2026, 11, 27), [new RoutingItem("C1204", Money.FromYuan(3_000_000m))]));
        var terms = new FiledPlanTerms([new PlannedItem("C1204", "物业管理服务", Money.FromYuan(3_000_000m))], decision.SmeReservation);

        var warning = Assert.Single(terms.Check(Setup(false, [.. terms.ProposedLots()])));

        Assert.Contains("不低于 40%", warning.Reason.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("财库〔2022〕19号", warning.Reason.Source!.Zh, StringComparison.Ordinal);
        Assert.Empty(terms.Check(Setup(true, [.. terms.ProposedLots()])));
    }

    [Fact]
    public async Task The_set_up_form_shows_the_plans_item_and_reservation_and_warns_live_when_the_reservation_is_switched_off()
    {
        await using var ui = new BunitContext();
        ui.Services.AddMudServices();
        ui.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        ui.Services.AddLogging();
        ui.Services.AddSingleton(Store.Get<IOptions<InputLimits>>());
        ui.Services.AddSingleton(Store.Get<ProjectPreparation>());
        ui.Services.AddScoped<StepRunner>();
        ui.JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        var detail = await Store.Get<ProjectQueries>().GetAsync(projectId, agency);

        var form = ui.Render<ProjectSetupForm>(p => p.Add(f => f.Detail, detail!).Add(f => f.Actor, agency));

        form.WaitForAssertion(() => Assert.Equal("C1204", form.Find("input[data-testid=lot-code], [data-testid=lot-code] input").GetAttribute("value")), RenderWait);
        Assert.Contains("1,600,000", form.Find("input[data-testid=lot-budget], [data-testid=lot-budget] input").GetAttribute("value"), StringComparison.Ordinal);
        Assert.Empty(form.FindAll("[data-testid=setup-warning]"));

        form.Find("input[type=checkbox]").Change(false);

        form.WaitForAssertion(() => Assert.Contains("财库〔2020〕46号", form.Find("[data-testid=setup-warning]").TextContent, StringComparison.Ordinal), RenderWait);
    }
}

using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Mall.Auctions;
using GovProcurement.Tests.Mall.Frameworks;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Mall;

/// <summary>
/// The plan's e-mall answer and the e-mall use cases agree for every kind of plan and every party: a step
/// offered succeeds (a bidding or an auction posted, the old platform recorded, an order placed, a call-off
/// made), a step refused throws the answer's very reason. The plans are 江门市第一中学's, of one line.
/// </summary>
public sealed class EMallStepsAgreementTests : ProjectScenarioTest
{
    private MallScenario mall = default!;
    private FrameworkScenario frameworks = default!;
    private MallParties parties = default!;
    private FrameworkAgreement? desktops;
    private FrameworkAgreement? masks;

    protected override Task ArrangeAsync()
    {
        mall = new MallScenario(Store.Services, Scenario);
        frameworks = new FrameworkScenario(Store.Services, Scenario);
        parties = new MallParties(Scenario);
        return Task.CompletedTask;
    }

    public enum Stage
    {
        /// <summary>Routed to simple procurement in the e-mall, approved by the unit, not yet filed.</summary>
        Unfiled,

        /// <summary>Filed, routed to the centralized agency.</summary>
        Agency,

        /// <summary>Filed, routed to simple procurement in the e-mall; no agreement covers it.</summary>
        EMall,

        /// <summary>As <see cref="EMall"/>, with a desktops agreement in force in 江门.</summary>
        EMallCovered,

        /// <summary>As <see cref="EMall"/>, its whole amount carried out on the old platform.</summary>
        UsedUp,

        /// <summary>A masks plan routed to the framework winners, and no masks agreement in force.</summary>
        FrameworkWinners,

        /// <summary>A masks plan routed to the framework winners, with the masks agreement in force.</summary>
        FrameworkWinnersCovered,
    }

    public static TheoryData<Stage> Stages() => new(Enum.GetValues<Stage>());

    private static readonly EMallStep[] Simple = [EMallStep.PostBidding, EMallStep.RecordOldPlatform, EMallStep.DirectPurchase, EMallStep.PostAuction];

    /// <summary>The rules, written out: only the unit's own operator, on a filed plan with amount left; the four simple methods on an e-mall plan, the call-off where an agreement covers it, and only the call-off on a framework-winners plan.</summary>
    private static readonly Dictionary<Stage, List<(MallParty, EMallStep)>> Expected = new()
    {
        [Stage.Unfiled] = [],
        [Stage.Agency] = [],
        [Stage.EMall] = Simple.Select(s => (MallParty.OwnOperator, s)).ToList(),
        [Stage.EMallCovered] = [.. Simple.Select(s => (MallParty.OwnOperator, s)), (MallParty.OwnOperator, EMallStep.CallOffFramework)],
        [Stage.UsedUp] = [],
        [Stage.FrameworkWinners] = [],
        [Stage.FrameworkWinnersCovered] = [(MallParty.OwnOperator, EMallStep.CallOffFramework)],
    };

    [Fact]
    public void Every_step_is_offered_at_some_stage()
    {
        Assert.Equal(EMallSteps.All.Order(), Expected.Values.SelectMany(v => v.Select(o => o.Item2)).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task What_is_offered_succeeds_and_what_is_refused_throws_the_same_reason(Stage stage)
    {
        var (plan, agreement) = await ArrangeAsync(stage);
        var execution = Store.Get<PlanExecution>();
        var offered = await parties.RefusalsAgreeAsync<EMallStep>(
            async actor => (await execution.ViewAsync(actor, plan.Id))?.Steps, (step, actor) => Take(step, plan, agreement, actor));

        Assert.Equal(MallParties.Sorted(Expected[stage]), MallParties.Sorted(offered));
        foreach (var (party, step) in offered)
        {
            var (fresh, itsAgreement) = await ArrangeAsync(stage);
            await Take(step, fresh, itsAgreement, await parties.ActorAsync(party));
        }
    }

    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    private async Task Take(EMallStep step, ProcurementPlan plan, FrameworkAgreement? agreement, Actor actor)
    {
        var line = plan.Items[0].Id;
        switch (step)
        {
            case EMallStep.PostBidding:
                await mall.Biddings.PostAsync(MallScenario.Requirement(plan, 10_000m, Now), actor);
                break;
            case EMallStep.RecordOldPlatform:
                await Store.Get<PlanExecution>().RecordOldPlatformAsync(plan.Id, new OldPlatformForm(line, "GDZC-2026-0190", 1_000m, Time.TodayInChina()), actor);
                break;
            case EMallStep.DirectPurchase:
                await Store.Get<MallOrders>().PlaceAsync(new CartForm(plan.Id, line, [new CartLine(await ListingAsync(), 1)]), actor);
                break;
            case EMallStep.PostAuction:
                await Store.Get<ReverseAuctions>().PostAsync(AuctionScenario.Requirement(plan, 10_000m, Now.AddHours(24)), actor);
                break;
            default:
                // Without an agreement the answer refuses before the form's agreement is read, so any ids do.
                var form = agreement is null ? new CallOffForm(plan.Id, line, Guid.NewGuid(), Guid.NewGuid(), CallOffMethod.DirectSelection, 1, Guid.NewGuid())
                    : FrameworkScenario.Direct(plan, agreement, agreement.Suppliers[0].SupplierId, 1);
                await frameworks.CallOffs.CallOffAsync(form, actor);
                break;
        }
    }

    /// <summary>The first demo supplier's desktop listing.</summary>
    private async Task<Guid> ListingAsync()
    {
        await mall.ListDesktopsAsync();
        var supplier = await mall.SupplierAsync(0);
        await using var db = Store.Db();
        return await db.Listings.Where(l => l.SupplierId == supplier.OrganizationId).Select(l => l.Id).FirstAsync();
    }

    /// <summary>A fresh plan taken to the stage through the use cases, and the agreement in force that covers it (recorded once per test).</summary>
    private async Task<(ProcurementPlan Plan, FrameworkAgreement? Agreement)> ArrangeAsync(Stage stage)
    {
        switch (stage)
        {
            case Stage.Unfiled:
                return (await UnfiledPlanAsync(), null);
            case Stage.Agency:
                return (await new PlanParties(Store.Services).LoadAsync(await Scenario.FiledPlanAsync()), null);
            case Stage.EMallCovered:
                desktops ??= await frameworks.InForceAsync();
                return (await mall.FiledPlanAsync(), desktops);
            case Stage.UsedUp:
                var spent = await mall.FiledPlanAsync(50_000m);
                await Store.Get<PlanExecution>().RecordOldPlatformAsync(spent.Id, new OldPlatformForm(spent.Items[0].Id, "GDZC-2026-0188", 50_000m, Time.TodayInChina()), await mall.OperatorAsync());
                return (spent, null);
            case Stage.FrameworkWinners:
                return (await frameworks.MasksPlanAsync(), null);
            case Stage.FrameworkWinnersCovered:
                masks ??= await frameworks.InForceAsync(code: FrameworkScenario.Masks, number: "JMKJXY-2026-KZ");
                return (await frameworks.MasksPlanAsync(), masks);
            default:
                return (await mall.FiledPlanAsync(), null);
        }
    }

    /// <summary>An e-mall plan drafted, submitted and approved by the unit, waiting at the finance department.</summary>
    private async Task<ProcurementPlan> UnfiledPlanAsync()
    {
        var op = await mall.OperatorAsync();
        var workflow = Store.Get<PlanWorkflow>();
        var start = Time.TodayInChina().AddDays(40);
        var budget = (await Store.Get<BudgetLines>().ForUnitAsync(op.OrganizationId!.Value, start.Year))[0];
        var planId = await workflow.CreateDraftAsync(op);
        await workflow.SaveDraftAsync(planId, 0, new PlanForm("教研室电脑采购", start, null,
            [new PlanItemDraft(FrameworkScenario.Desktops, "台式计算机", 1, "项", Money.FromYuan(50_000m), budget.Id)], ProcurementRoute.EMallSimpleProcurement, null), op);
        await workflow.SubmitForReviewAsync(planId, op);
        await workflow.ApproveAndSubmitAsync(planId, await Scenario.ActorAsync(ProjectScenario.Reviewer));
        return await new PlanParties(Store.Services).LoadAsync(planId);
    }
}

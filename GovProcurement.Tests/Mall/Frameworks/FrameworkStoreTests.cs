using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Mall.Frameworks;

/// <summary>Framework agreements and their call-offs through the use cases, over the store, on a fake clock.</summary>
public sealed class FrameworkStoreTests : ProjectScenarioTest
{
    private FrameworkScenario frameworks = default!;

    protected override Task ArrangeAsync()
    {
        frameworks = new FrameworkScenario(Store.Services, Scenario);
        return Task.CompletedTask;
    }

    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    private FrameworkCallOffs CallOffs => frameworks.CallOffs;

    private async Task<Money> RemainingAsync(ProcurementPlan plan)
    {
        await using var db = Store.Db();
        return (await PlanLineLedger.RemainingAsync(db, plan))[plan.Items[0].Id];
    }

    private async Task<Guid> SupplierIdAsync(int i) => (await frameworks.SupplierAsync(i)).OrganizationId!.Value;

    private async Task DebarAsync(int supplier)
    {
        await using var db = Store.Db();
        db.SupplierDebarments.Add(new SupplierDebarment(await SupplierIdAsync(supplier), Time.TodayInChina(), Time.TodayInChina().AddYears(1), "提供虚假材料", "440700cz", Now));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Only_an_agreement_in_force_covering_the_line_offers_the_call_off_on_the_plans_panel()
    {
        var plan = await frameworks.FiledPlanAsync();
        var op = await frameworks.OperatorAsync();
        var before = (await Store.Get<PlanExecution>().ViewAsync(op, plan.Id))!.Steps;

        await frameworks.InForceAsync();
        var after = (await Store.Get<PlanExecution>().ViewAsync(op, plan.Id))!.Steps;

        Assert.Contains("没有覆盖本计划品目和地区的生效框架协议", before.WhyNot(EMallStep.CallOffFramework)!.Why.Zh);
        Assert.True(after.Allows(EMallStep.CallOffFramework));
        Assert.Empty((await Store.Get<PlanExecution>().ViewAsync(await frameworks.SupplierAsync(0), plan.Id))!.Steps.Available);
    }

    [Fact]
    public async Task A_direct_selection_becomes_a_confirmed_order_with_its_result_notice_and_consumes_the_plan_line_in_one_save()
    {
        var agreement = await frameworks.InForceAsync(secondsPrice: 4_400m);
        var plan = await frameworks.FiledPlanAsync(50_000m);

        var callOff = await CallOffs.CallOffAsync(FrameworkScenario.Direct(plan, agreement, await SupplierIdAsync(1), quantity: 10), await frameworks.OperatorAsync());

        Assert.Equal((CallOffStatus.Awarded, Money.FromYuan(44_000m)), (callOff.Status, callOff.Amount!.Value));
        Assert.Equal(Money.FromYuan(6_000m), await RemainingAsync(plan));
        await using var db = Store.Db();
        var order = await db.MallOrders.Include(o => o.Lines).SingleAsync(o => o.Id == callOff.OrderId);
        Assert.Equal((OrderMethod.FrameworkCallOff, OrderStatus.Confirmed, Money.FromYuan(44_000m), callOff.Number), (order.Method, order.Status, order.Total, order.SourceReference));
        Assert.True(await db.Notices.AnyAsync(n => n.Reference == order.Number && n.Type == NoticeType.Result));
        Assert.Equal(PlanLineUse.FrameworkCallOff, (await db.PlanLineBalances.SelectMany(b => b.Entries).SingleAsync()).Use);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Type == AuditEventType.FrameworkCalledOff && e.Subject == callOff.Number));
    }

    [Fact]
    public async Task A_call_off_above_the_plan_lines_remaining_amount_is_refused_with_the_figures_and_nothing_is_written()
    {
        var agreement = await frameworks.InForceAsync();
        var plan = await frameworks.FiledPlanAsync(40_000m);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            CallOffs.CallOffAsync(FrameworkScenario.Direct(plan, agreement, agreement.Suppliers[0].SupplierId, quantity: 9), frameworks.OperatorAsync().Result));

        Assert.Contains("剩余 ¥40,000.00", refused.Text.Zh);
        await using var db = Store.Db();
        Assert.False(await db.FrameworkCallOffs.AnyAsync());
        Assert.False(await db.MallOrders.AnyAsync());
        Assert.Equal(Money.FromYuan(40_000m), await RemainingAsync(plan));
    }

    [Fact]
    public async Task The_rotation_gives_each_admitted_supplier_its_turn_in_order_wraps_around_and_passes_over_one_debarred_mid_term()
    {
        var agreement = await frameworks.InForceAsync();
        var plan = await frameworks.FiledPlanAsync(50_000m);
        var op = await frameworks.OperatorAsync();
        var picked = new List<Guid>();

        for (var i = 0; i < 4; i++)
        {
            picked.Add((await CallOffs.CallOffAsync(FrameworkScenario.Rotation(plan, agreement), op)).SupplierId!.Value);
        }

        await DebarAsync(1);
        picked.Add((await CallOffs.CallOffAsync(FrameworkScenario.Rotation(plan, agreement), op)).SupplierId!.Value);

        Guid[] s = [await SupplierIdAsync(0), await SupplierIdAsync(1), await SupplierIdAsync(2)];
        Assert.Equal([s[0], s[1], s[2], s[0], s[2]], picked);
        var options = await CallOffs.OptionsAsync(plan.Id, plan.Items[0].Id, op);
        Assert.Equal(s[0], options.Items.Single().NextInRotation);
        Assert.Contains("禁止参加政府采购活动", options.Items.Single().Suppliers.Single(x => x.SupplierId == s[1]).WhyNot!.Why.Zh);
        await Assert.ThrowsAsync<DomainException>(() => CallOffs.CallOffAsync(FrameworkScenario.Direct(plan, agreement, s[1], 1), op));
    }

    [Fact]
    public async Task Two_rotation_call_offs_at_once_take_two_different_turns()
    {
        var agreement = await frameworks.InForceAsync();
        var first = await frameworks.FiledPlanAsync(10_000m);
        var second = await frameworks.FiledPlanAsync(10_000m);
        var op = await frameworks.OperatorAsync();

        var both = await Task.WhenAll(
            Task.Run(() => CallOffs.CallOffAsync(FrameworkScenario.Rotation(first, agreement), op)),
            Task.Run(() => CallOffs.CallOffAsync(FrameworkScenario.Rotation(second, agreement), op)));

        Assert.Equal(2, both.Select(c => c.SupplierId).Distinct().Count());
        await using var db = Store.Db();
        var rotation = await db.FrameworkRotations.SingleAsync(r => r.ItemId == agreement.Items[0].Id);
        Assert.Equal((2, 2), (rotation.Turns, rotation.LastOrder));
    }

    [Fact]
    public async Task A_second_competition_is_decided_by_the_platform_at_the_close_lowest_wins_and_a_supplier_debarred_meanwhile_is_excluded()
    {
        var agreement = await frameworks.InForceAsync();
        var plan = await frameworks.FiledPlanAsync(50_000m);
        var op = await frameworks.OperatorAsync();
        var callOff = await CallOffs.CallOffAsync(FrameworkScenario.Second(plan, agreement, Now.AddHours(24)), op);
        var work = await Store.Get<Worklist>().ForAsync(await frameworks.SupplierAsync(0));
        Assert.Contains(work, i => i.Kind == WorkKind.QuoteSecondCompetition && i.Href == $"/mall/calloffs/{callOff.Id}");

        var tooHigh = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => CallOffs.QuoteAsync(callOff.Id, new CallOffQuoteForm(4_500.01m), frameworks.SupplierAsync(0).Result));
        await CallOffs.QuoteAsync(callOff.Id, new CallOffQuoteForm(4_300m), await frameworks.SupplierAsync(0));
        await CallOffs.QuoteAsync(callOff.Id, new CallOffQuoteForm(4_100m), await frameworks.SupplierAsync(1));
        await CallOffs.QuoteAsync(callOff.Id, new CallOffQuoteForm(4_200m), await frameworks.SupplierAsync(2));
        await DebarAsync(1);
        Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromTicks(10));
        Assert.Equal(0, await CallOffs.DecideDueAsync());
        Time.Advance(TimeSpan.FromTicks(10));
        Assert.Equal(1, await CallOffs.DecideDueAsync());
        Assert.Equal(0, await CallOffs.DecideDueAsync());

        Assert.Contains("协议价格", tooHigh.Errors.Single().ErrorMessage);
        await using var db = Store.Db();
        var decided = await db.FrameworkCallOffs.Include(c => c.Quotes).SingleAsync(c => c.Id == callOff.Id);
        Assert.Equal((CallOffStatus.Awarded, await SupplierIdAsync(2), Money.FromYuan(42_000m)), (decided.Status, decided.SupplierId!.Value, decided.Amount!.Value));
        Assert.NotNull(decided.Quotes.Single(q => q.SupplierId == decided.Quotes.OrderBy(x => x.UnitPrice).First().SupplierId).InvalidReason);
        Assert.Equal(Money.FromYuan(8_000m), await RemainingAsync(plan));
        Assert.True(await db.MallOrders.AnyAsync(o => o.Id == decided.OrderId && o.Method == OrderMethod.FrameworkCallOff));
        Assert.Contains(await Store.Get<Worklist>().ForAsync(op), i => i.Kind == WorkKind.ReadCallOffResult);
    }

    [Fact]
    public async Task A_closed_agreement_in_force_refuses_a_new_supplier_through_the_use_case()
    {
        var agreement = await frameworks.InForceAsync(FrameworkKind.Closed);
        await using (var db = Store.Db())
        {
            Assert.Equal(3, await db.FrameworkAgreements.Where(a => a.Id == agreement.Id).SelectMany(a => a.Suppliers).CountAsync());
        }

        var extra = await Scenario.ActorAsync("440700101001002");
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            frameworks.Agreements.AdmitAsync(agreement.Id, new AdmissionForm(agreement.Suppliers[0].SupplierId), frameworks.AgencyAsync().Result));
        var notOwner = await frameworks.Agreements.GetAsync(agreement.Id, extra);

        Assert.Contains("封闭式框架协议在有效期内不得增加入围供应商", refused.Text.Zh);
        Assert.Empty(notOwner!.Value.Steps.Available);
    }

    [Fact]
    public async Task An_agreement_expires_on_the_day_after_its_term_and_then_offers_no_call_off()
    {
        var agreement = await frameworks.InForceAsync();
        var plan = await frameworks.FiledPlanAsync();
        var op = await frameworks.OperatorAsync();
        var days = agreement.EndsOn.DayNumber - Time.TodayInChina().DayNumber;

        Time.Advance(TimeSpan.FromDays(days));
        Assert.Equal(0, await frameworks.Agreements.ExpireDueAsync());
        Assert.True((await Store.Get<PlanExecution>().ViewAsync(op, plan.Id))!.Steps.Allows(EMallStep.CallOffFramework));
        Time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(1, await frameworks.Agreements.ExpireDueAsync());
        Assert.Equal(FrameworkStatus.Expired, (await frameworks.Agreements.GetAsync(agreement.Id, await frameworks.AgencyAsync()))!.Value.Agreement.Status);
        Assert.False((await Store.Get<PlanExecution>().ViewAsync(op, plan.Id))!.Steps.Allows(EMallStep.CallOffFramework));
    }

    [Fact]
    public async Task A_masks_plan_routed_to_the_framework_winners_is_offered_only_the_call_off_and_calls_off_from_the_masks_agreement()
    {
        var agreement = await frameworks.InForceAsync(code: FrameworkScenario.Masks, number: "JMKJXY-2026-KZ");
        var plan = await frameworks.MasksPlanAsync(300_000m);
        var op = await frameworks.OperatorAsync();

        var steps = (await Store.Get<PlanExecution>().ViewAsync(op, plan.Id))!.Steps;
        var callOff = await CallOffs.CallOffAsync(FrameworkScenario.Direct(plan, agreement, agreement.Suppliers[0].SupplierId, 1000), op);

        Assert.Equal([EMallStep.CallOffFramework], steps.Available);
        Assert.Contains("江财采购〔2020〕28号", steps.WhyNot(EMallStep.DirectPurchase)!.Citation);
        Assert.Equal(Money.FromYuan(30_000m), callOff.Amount);
    }

    [Fact]
    public async Task A_competent_budget_unit_records_agreements_a_subordinate_unit_does_not_and_a_debarred_supplier_is_not_admitted()
    {
        var competent = await Scenario.ActorAsync("440700101001002");
        var school = await frameworks.OperatorAsync();
        var supplier = await frameworks.SupplierAsync(0);

        var agreement = await frameworks.Agreements.RecordAsync(frameworks.Draft(number: "JMJY-KJXY-2026-01"), competent);
        var refused = await Assert.ThrowsAsync<DomainException>(() => frameworks.Agreements.RecordAsync(frameworks.Draft(number: "JMYZ-KJXY-2026-01"), school));
        await DebarAsync(0);
        var debarred = await Assert.ThrowsAsync<DomainException>(() => frameworks.Agreements.AdmitAsync(agreement.Id, new AdmissionForm(supplier.OrganizationId!.Value), competent));

        Assert.Equal(competent.OrganizationId, agreement.OwnerId);
        Assert.Contains("集中采购机构或主管预算单位", refused.Text.Zh);
        Assert.Contains("禁止参加政府采购活动", debarred.Text.Zh);
        Assert.DoesNotContain(await Store.Get<FrameworkQueries>().SupplierChoicesAsync(null), c => c.Id == supplier.OrganizationId);
    }
}

using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Payments;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Bonds;

/// <summary>
/// The performance bond of a contract drafted from an e-mall order (no project, no agency) through the use cases on the
/// store: the bond the contract states, at most 10 % of its amount (exactly at, and one basis point over), none without a term, the supplier paying, the purchaser
/// confirming and refunding, and the refund deadline five working days after the performance period ends on
/// 2026-12-31, across New Year's Day 2027 (Friday 1 January off): due Friday 8 January, in time that day, late the next.
/// </summary>
public sealed class MallContractBondTests : ProjectScenarioTest
{
    private static readonly Money Cap = Money.FromYuan(480m);

    private PaymentScenario s = default!;

    private BondDesk Desk => Store.Get<BondDesk>();

    protected override Task ArrangeAsync()
    {
        s = new PaymentScenario(Store, Scenario);
        return Task.CompletedTask;
    }

    /// <summary>One desktop of 4,800 yuan, performed 2026-12-01 to 2026-12-31, stating a bond of <paramref name="share"/> basis points, signed by both today (2026-11-27).</summary>
    private Task<Guid> SignedAsync(bool sign = true, int share = 1000) =>
        s.ContractAsync(sign, draft: PaymentScenario.Draft() with { PerformanceTo = new DateOnly(2026, 12, 31), PerformanceBondShare = share });

    private void Today(DateOnly day) => Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));

    [Fact]
    public async Task A_contract_states_a_bond_of_at_most_ten_percent_of_its_amount_and_one_fen_of_share_over_is_refused()
    {
        Assert.Contains("第四十八条", (await Assert.ThrowsAsync<DomainException>(() => SignedAsync(share: 1001))).Message, StringComparison.Ordinal);
        Assert.Contains("0 至 10%", (await Assert.ThrowsAsync<DomainException>(() => SignedAsync(share: 1001))).Message, StringComparison.Ordinal);
        Assert.Contains("不能为负数", (await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => SignedAsync(share: -1))).Message, StringComparison.Ordinal);

        var atCap = await SignedAsync(share: 1000);
        var view = (await Desk.ForContractAsync(atCap, await s.Mall.OperatorAsync()))!;
        Assert.Equal((1000, Cap, Cap), (view.StatedShare, view.Stated, view.Cap));
        await using var db = Store.Db();
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == atCap);
        Assert.Contains("履约保证金：合同金额的10%，即 480.00元", ContractText.Of(contract), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contract_without_a_bond_term_has_no_bond_to_require_and_its_text_is_unchanged()
    {
        var op = await s.Mall.OperatorAsync();
        var id = await SignedAsync(share: 0);
        var refusal = await Assert.ThrowsAsync<DomainException>(() => Desk.RequirePerformanceBondAsync(id, op));
        Assert.Contains("合同未约定履约保证金", refusal.Message, StringComparison.Ordinal);
        var view = (await Desk.ForContractAsync(id, op))!;
        Assert.False(view.HasContent);
        Assert.Equal(BondSteps.NoBondTerm, view.Demand.WhyNot(BondDemandAction.RequirePerformanceBond));
        await using var db = Store.Db();
        Assert.DoesNotContain("履约保证金", ContractText.Of(await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_purchaser_requires_the_bond_the_mall_contract_states_once_and_after_signing()
    {
        var op = await s.Mall.OperatorAsync();
        var unsigned = await SignedAsync(sign: false);
        Assert.Contains("合同签订后", (await Assert.ThrowsAsync<DomainException>(() => Desk.RequirePerformanceBondAsync(unsigned, op))).Message);
        Assert.False((await Desk.ForContractAsync(unsigned, op))!.HasContent);

        var id = await SignedAsync(share: 500);
        var opening = (await Desk.ForContractAsync(id, op))!;
        Assert.Equal((Cap, Money.FromYuan(240m), Money.FromYuan(4_800m), true), (opening.Cap, opening.Stated, opening.ContractAmount, opening.HasContent));
        Assert.Null(opening.Bond);
        Assert.Contains("第四十八条", opening.CapCitation, StringComparison.Ordinal);
        Assert.Contains("待核实", opening.RefundCitation, StringComparison.Ordinal);

        var supplier = await s.Mall.SupplierAsync(0);
        await Assert.ThrowsAsync<DomainException>(() => Desk.RequirePerformanceBondAsync(id, supplier));

        var bond = await Desk.RequirePerformanceBondAsync(id, op);
        Assert.Equal((BondKind.Performance, BondStatus.Required, Money.FromYuan(240m)), (bond.Kind, bond.Status, bond.Amount));
        Assert.Equal(((Guid?)null, (Guid?)null, (Guid?)id), (bond.ProjectId, bond.AgencyId, bond.ContractId));
        Assert.Contains("已要求", (await Assert.ThrowsAsync<DomainException>(() => Desk.RequirePerformanceBondAsync(id, op))).Message, StringComparison.Ordinal);

        var supplierView = (await Desk.ForContractAsync(id, supplier))!;
        Assert.Equal([BondAction.RecordPayment], supplierView.Bond!.Steps.Available);
        Assert.False(supplierView.Demand.Allows(BondDemandAction.RequirePerformanceBond));
        Assert.Empty((await Desk.ForContractAsync(id, await Scenario.ActorAsync(ProjectScenario.Regulator)))!.Bond!.Steps.Available);
        Assert.Null(await Desk.ForContractAsync(id, await s.Mall.SupplierAsync(1)));

        await using var db = Store.Db();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Type == AuditEventType.PerformanceBondRequired && e.Subject == bond.Number));
    }

    [Fact]
    public async Task The_supplier_pays_the_purchaser_confirms_and_the_refund_falls_due_five_working_days_after_the_period_across_new_year()
    {
        var op = await s.Mall.OperatorAsync();
        var supplier = await s.Mall.SupplierAsync(0);
        var id = await SignedAsync();
        var bond = await Desk.RequirePerformanceBondAsync(id, op);
        await Desk.RecordPaymentAsync(new BondKey(bond.Id, null), new BondPayment(BondForm.GuaranteeLetter, Cap, new DateOnly(2026, 11, 27), "BH-2026-0001"), supplier);
        await Assert.ThrowsAsync<DomainException>(() => Desk.ConfirmReceiptAsync(bond.Id, supplier));
        Assert.Contains(await Store.Get<Worklist>().ForAsync(op), i => i.Kind == WorkKind.ConfirmBondReceipt && i.Href == $"/contracts/{id}");
        await Desk.ConfirmReceiptAsync(bond.Id, op);

        // Received while the contract is still being performed: the panel shows the deadline, but no one has to refund yet.
        Assert.Equal(new DateOnly(2027, 1, 8), (await Desk.ForContractAsync(id, op))!.Bond!.RefundDue!.Due);
        await AssertRefundWaitsAsync(op, id, false);
        Today(new DateOnly(2026, 12, 30));
        await AssertRefundWaitsAsync(op, id, false);

        // The last day of the performance period (届满之日), which the refund period counts from: a to-do, listed and counted.
        Today(new DateOnly(2026, 12, 31));
        await AssertRefundWaitsAsync(op, id, true);

        Today(new DateOnly(2027, 1, 8));
        var onDueDay = (await Desk.ForContractAsync(id, op))!.Bond!;
        Assert.Equal(new DateOnly(2027, 1, 8), onDueDay.RefundDue!.Due);
        Assert.Equal("合同履行期限届满（2026-12-31）", onDueDay.RefundDue.CountsFrom.Zh);
        Assert.False(onDueDay.RefundOverdue);
        Assert.Equal([BondAction.Refund], onDueDay.Steps.Available);
        Assert.Contains(await Store.Get<Worklist>().ForAsync(op), i => i.Kind == WorkKind.RefundBond && i.Href == $"/contracts/{id}" && i.Title.Contains("2027-01-08"));

        Today(new DateOnly(2027, 1, 9));
        Assert.True((await Desk.ForContractAsync(id, op))!.Bond!.RefundOverdue);

        await Desk.RefundAsync(bond.Id, "TH-2027-0001", op);
        var refunded = (await Desk.ForContractAsync(id, supplier))!.Bond!;
        Assert.Equal((BondStatus.Refunded, "TH-2027-0001"), (refunded.Bond.Status, refunded.Bond.RefundReference));
        Assert.Empty(refunded.Steps.Available);
        await AssertRefundWaitsAsync(op, id, false);
    }

    /// <summary>Whether the operator's to-do list holds the refund of the contract's bond, and the navigation counts it the same.</summary>
    private async Task AssertRefundWaitsAsync(Actor op, Guid contractId, bool waits)
    {
        var list = await Store.Get<Worklist>().ForAsync(op);
        Assert.Equal(waits, list.Any(i => i.Kind == WorkKind.RefundBond && i.Href == $"/contracts/{contractId}"));
        Assert.Equal(list.Count(i => i.Kind == WorkKind.RefundBond), (await Store.Get<Worklist>().CountsAsync(op)).ByKind.GetValueOrDefault(WorkKind.RefundBond));
    }
}

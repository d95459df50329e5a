using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Payments;
using GovProcurement.Domain.Supervision;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Payments;

/// <summary>
/// Recording payments through the use case on the store: each refusal (beyond the instalment, beyond the contract, in the future,
/// before signing, a voucher too long), the audit entry, the purchaser's to-dos as a due date nears and passes, and the regulator's
/// exception for an SME's overdue payment only. The contract is signed on 2026-11-27 (the clock's day); delivery and acceptance
/// come from a fake of the acceptance area's <see cref="IContractMilestones"/>.
/// </summary>
public sealed class PaymentFlowTests : ProjectScenarioTest
{
    private static readonly DateOnly SignedOn = new(2026, 11, 27);

    private PaymentScenario s = default!;

    protected override void ConfigureStore(IServiceCollection services) => services.AddSingleton<IContractMilestones, FakeContractMilestones>();

    protected override Task ArrangeAsync()
    {
        s = new PaymentScenario(Store, Scenario);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_payment_is_refused_beyond_the_instalment_or_the_contract_in_the_future_or_before_signing()
    {
        var id = await s.ContractAsync();
        s.Milestones.Set(id, SignedOn.AddDays(5), null);
        Time.Advance(TimeSpan.FromDays(10));
        var today = SignedOn.AddDays(10);

        await s.PayAsync(id, 1, 1_000m, SignedOn.AddDays(1));
        Assert.Contains("超过第 1 期未付金额 ¥440.00", (await Assert.ThrowsAsync<DomainException>(() => s.PayAsync(id, 1, 440.01m, today))).Message);
        Assert.Contains("超过合同未付金额 ¥3,800.00", (await Assert.ThrowsAsync<DomainException>(() => s.PayAsync(id, 2, 3_800.01m, today))).Message);
        Assert.Contains("不能晚于今天", (await Assert.ThrowsAsync<DomainException>(() => s.PayAsync(id, 1, 1m, today.AddDays(1)))).Message);
        Assert.Contains("不能早于合同签订日期（2026-11-27）", (await Assert.ThrowsAsync<DomainException>(() => s.PayAsync(id, 1, 1m, SignedOn.AddDays(-1)))).Message);
        await Assert.ThrowsAsync<DomainException>(() => s.PayAsync(id, 1, 1m, today, new string('号', ContractPayment.NoteMaxLength + 1)));
        await Assert.ThrowsAsync<DomainException>(() => s.PayAsync(id, 4, 1m, today));
        await Assert.ThrowsAsync<DomainException>(() => s.PayAsync(id, 1, 0m, today));

        await s.PayAsync(id, 1, 440m, today);
        await s.PayAsync(id, 2, 1_440m, today);
        await s.PayAsync(id, 3, 1_920m, today);
        var view = (await s.Payments.GetAsync(id, await s.Mall.OperatorAsync()))!;
        Assert.Equal((PaymentScenario.Total, Money.Zero), (view.Schedule.Paid, view.Schedule.Outstanding));
        Assert.Equal("合同款项 ¥4,800.00 已全部付清。", view.Steps.WhyNot(PaymentAction.Record)!.Why.Zh);
        await Assert.ThrowsAsync<DomainException>(() => s.PayAsync(id, 3, 0.01m, today));

        await using var db = Store.Db();
        Assert.Equal(4, await db.ContractPayments.CountAsync(p => p.ContractId == id));
        var audited = await db.AuditEntries.Where(e => e.Type == AuditEventType.ContractPaymentRecorded).Select(e => e.Detail).ToListAsync();
        Assert.Equal(4, audited.Count);
        Assert.Contains(audited, d => d.Contains("第 1 期 ¥1,000.00 付款日 2026-11-28 付款凭证 001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_purchaser_sees_an_instalment_falling_due_then_overdue_and_it_leaves_the_list_when_paid()
    {
        var id = await s.ContractAsync();
        var op = await s.Mall.OperatorAsync();
        var worklist = Store.Get<Worklist>();
        // 30 days after signing is Sunday 2026-12-27, so the prepayment falls due on Monday 12-28; the reminder starts 7 days before.
        Time.Advance(TimeSpan.FromDays(23));
        Assert.DoesNotContain(await worklist.ForAsync(op), i => i.Href == $"/contracts/{id}/payments");

        Time.Advance(TimeSpan.FromDays(1));
        var soon = Assert.Single(await worklist.ForAsync(op), i => i.Href == $"/contracts/{id}/payments");
        Assert.Equal(WorkKind.PayInstalmentDueSoon, soon.Kind);
        Assert.Contains("第 1 期 ¥1,440.00 · 2026-12-28 到期", soon.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(await worklist.ForAsync(await s.Mall.SupplierAsync(0)), i => i.Href == $"/contracts/{id}/payments");

        Time.Advance(TimeSpan.FromDays(7));
        Assert.Equal(WorkKind.PayInstalmentDueSoon, Assert.Single(await worklist.ForAsync(op), i => i.Href == $"/contracts/{id}/payments").Kind);
        Time.Advance(TimeSpan.FromDays(1));
        var overdue = Assert.Single(await worklist.ForAsync(op), i => i.Href == $"/contracts/{id}/payments");
        Assert.Equal(WorkKind.PayOverdueInstalment, overdue.Kind);
        Assert.Contains("逾期 1 日", overdue.Title, StringComparison.Ordinal);
        Assert.Equal(1, (await worklist.CountsAsync(op)).ByKind[WorkKind.PayOverdueInstalment]);

        await s.PayAsync(id, 1, 1_440m, SignedOn.AddDays(32));
        Assert.DoesNotContain(await worklist.ForAsync(op), i => i.Href == $"/contracts/{id}/payments");
    }

    [Fact]
    public async Task The_regulator_sees_an_overdue_payment_to_an_SME_and_not_one_to_a_large_enterprise()
    {
        var sme = await s.ContractAsync(sme: true);
        var large = await s.ContractAsync(sme: false);
        var regulator = await s.Parties.ActorAsync(MallParty.OwnRegionRegulator);
        var exceptions = Store.Get<SupervisionExceptions>();

        Time.Advance(TimeSpan.FromDays(31)); // Monday 2026-12-28: the prepayment's due day (30 days is Sunday 12-27, moved to the next working day)
        Assert.DoesNotContain(await exceptions.ListAsync(regulator), e => e.Kind == ExceptionKind.PaymentOverdueToSme);

        Time.Advance(TimeSpan.FromDays(1));
        var found = Assert.Single(await exceptions.ListAsync(regulator), e => e.Kind == ExceptionKind.PaymentOverdueToSme);
        var number = (await s.Payments.GetAsync(sme, regulator))!.Contract.Number;
        Assert.Equal($"payment:{sme:N}:1", found.Key);
        Assert.Contains(number, found.Subject, StringComparison.Ordinal);
        Assert.Equal(Money.FromYuan(1_440m), found.Amount);
        Assert.Equal(new DateOnly(2026, 12, 29), found.DetectedOn);
        Assert.Contains("已逾期 1 日，逾期利息 ¥0.72", found.Detail.Zh, StringComparison.Ordinal);
        Assert.Contains("保障中小企业款项支付条例", found.Detail.Zh, StringComparison.Ordinal);
        Assert.True((await s.Payments.GetAsync(large, regulator))!.Schedule.Instalments[0].IsOverdue);
        Assert.DoesNotContain(await exceptions.ListAsync(await s.Parties.ActorAsync(MallParty.HeshanRegulator)), e => e.Kind == ExceptionKind.PaymentOverdueToSme);

        await exceptions.ReviewAsync(found.Key, "已督促采购人支付", regulator);
        Assert.NotNull(Assert.Single(await exceptions.ListAsync(regulator), e => e.Kind == ExceptionKind.PaymentOverdueToSme).Review);
    }
}

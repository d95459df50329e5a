using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Payments;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>
/// A filed contract carried through its performance and acceptance: how many months it is performed over (its items
/// are delivered on the last day), what is recorded of the delivery, the acceptance group, each item's check, and whether
/// it is a public-service project (公共服务项目), whose accepted result is announced (公共服务项目验收结果公告).
/// </summary>
internal sealed record StoryAcceptance(int PerformanceMonths, string DeliveryNote, IReadOnlyList<AcceptanceMember> Group, string CheckNote, string Opinion,
    bool PublicService = false);

/// <summary>
/// The performance and acceptance (履约验收, 财库〔2016〕205号) of a filed contract through <see cref="ContractAcceptances"/>,
/// each step by its actor: the purchaser requires the performance bond the contract states, the supplier pays it and the purchaser confirms
/// receiving it; the working day after the performance period ends the purchaser's operator records the delivery of every
/// item, marks it complete the next working day and plans the acceptance with its group for the one after, records each
/// item's check and the passed result on that day and confirms the acceptance record; the supplier confirms it the next
/// working day (accepted). The purchaser then refunds the bond the same day (inside the five working days of the period's
/// end) and pays the instalment due on acceptance seven working days later, inside the 30-day payment term.
/// </summary>
internal sealed class AcceptanceScript(StoryDesk desk, StoryUnit unit, StoryAcceptance story)
{
    /// <summary>Working days after acceptance the acceptance-conditioned instalment is paid (the term is 30 days).</summary>
    private const int PaidAfterAcceptanceWorkingDays = 7;

    private readonly Actor purchaser = desk.Actor(unit.Operator);

    public async IAsyncEnumerable<DateTimeOffset> RunAsync(GovContract contract)
    {
        var supplier = desk.SupplierOf(contract.SupplierId);
        Bond? bond = null;
        if (contract.PerformanceBondShare > 0)
        {
            yield return OnWorkingDay(0, 15, 0);
            bond = await desk.Bonds.RequirePerformanceBondAsync(contract.Id, purchaser);
            yield return OnWorkingDay(1, 10, 0);
            await desk.Bonds.RecordPaymentAsync(new BondKey(bond.Id, null), new BondPayment(BondForm.BankTransfer, bond.Amount, desk.Clock.TodayInChina(),
                $"履约保证金转账 {contract.Number}"), supplier);
            yield return OnWorkingDay(1, 10, 0);
            await desk.Bonds.ConfirmReceiptAsync(bond.Id, purchaser);
        }

        // The performance period's last day: the items are delivered in full on it.
        var delivered = contract.PerformanceTo;
        var recorded = Calendar.WorkingDayCalendar.China.AddWorkingDays(delivered, 1);
        yield return desk.Clock.Later(recorded.DayNumber - desk.Clock.TodayInChina().DayNumber, 10, 0);
        var items = contract.Items;
        await desk.Acceptances.RecordDeliveryAsync(contract.Id, new DeliveryDraft(delivered, items.Select((item, i) => new DeliveryLine(i + 1, item.Quantity)).ToList(),
            story.DeliveryNote), purchaser);
        yield return OnWorkingDay(1, 9, 30);
        await desk.Acceptances.CompleteDeliveryAsync(contract.Id, purchaser);
        yield return OnWorkingDay(0, 14, 0);
        var acceptanceDay = Calendar.WorkingDayCalendar.China.AddWorkingDays(desk.Clock.TodayInChina(), 1);
        await desk.Acceptances.PlanAsync(contract.Id, new AcceptancePlanDraft(acceptanceDay, AcceptanceMethod.ByPurchaser, story.PublicService, story.Group), purchaser);
        yield return OnWorkingDay(1, 15, 0);
        await desk.Acceptances.RecordResultAsync(contract.Id, new AcceptanceResultDraft(
            items.Select((_, i) => new ItemCheck(i + 1, true, true, true, story.CheckNote)).ToList(), true, story.Opinion), purchaser);
        yield return OnWorkingDay(0, 16, 30);
        await desk.Acceptances.ConfirmAsync(contract.Id, ContractParty.Purchaser, purchaser);
        yield return OnWorkingDay(1, 10, 0);
        await desk.Acceptances.ConfirmAsync(contract.Id, ContractParty.Supplier, supplier);

        if (bond is not null)
        {
            yield return OnWorkingDay(0, 15, 0);
            await desk.Bonds.RefundAsync(bond.Id, $"履约保证金退还 {contract.Number}", purchaser);
        }

        yield return OnWorkingDay(PaidAfterAcceptanceWorkingDays, 11, 0);
        var view = await desk.Payments.GetAsync(contract.Id, purchaser)
            ?? throw new InvalidOperationException("The demo story's purchaser cannot read its contract's payments.");
        var due = view.Schedule.Instalments.First(i => i.Terms.Condition == PaymentCondition.OnAcceptance);
        await desk.Payments.RecordAsync(contract.Id, new PaymentForm(due.Number, due.Outstanding, desk.Clock.TodayInChina(), "验收款 财政直接支付"), purchaser);
    }

    /// <summary>
    /// The moment, at the Beijing time given, <paramref name="workingDays"/> working days after the story's current day; with none, today
    /// when it is a working day and the next working day otherwise.
    /// </summary>
    private DateTimeOffset OnWorkingDay(int workingDays, int hour, int minute)
    {
        var today = desk.Clock.TodayInChina();
        var calendar = Calendar.WorkingDayCalendar.China;
        var day = workingDays > 0 || !calendar.IsWorkingDay(today) ? calendar.AddWorkingDays(today, Math.Max(1, workingDays)) : today;
        return desk.Clock.Later(day.DayNumber - today.DayNumber, hour, minute);
    }
}

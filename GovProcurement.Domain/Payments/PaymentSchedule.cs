using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;

namespace GovProcurement.Domain.Payments;

/// <summary>Where an instalment stands on the day looked at.</summary>
public enum InstalmentState
{
    /// <summary>Its condition has not happened yet (not delivered, not accepted): no due date yet.</summary>
    AwaitingMilestone = 1,

    /// <summary>Due, on or before its due date, not paid in full.</summary>
    Open = 2,

    /// <summary>Past its due date and not paid in full.</summary>
    Overdue = 3,

    /// <summary>Paid in full (on time or late).</summary>
    Paid = 4,
}

/// <summary>
/// What a contract's payment schedule is made from, and nothing else of the contract: its amount and instalments, the day
/// it was signed (null before), its payment term and the late-payment interest it names (basis points a day, null when it
/// names none). A page reads it from the contract; the to-do counts read only these columns of every signed contract
/// (<see cref="PaymentWorkItems"/>), never the contract's text, items or accounts.
/// </summary>
public sealed record ScheduleBasis(Guid ContractId, Money Amount, IReadOnlyList<ContractInstalment> Instalments, DateOnly? SignedOn, int PaymentTermDays,
    bool LongerTermAgreed, int? LatePaymentInterestDailyBasisPoints = null)
{
    public static ScheduleBasis Of(GovContract contract) =>
        new(contract.Id, contract.Amount, contract.Instalments, contract.SignedOn, contract.PaymentTermDays, contract.LongerTermAgreed,
            contract.LatePaymentInterestDailyBasisPoints);
}

/// <summary>
/// One instalment of the schedule on the day looked at: its amount, the day its term starts (signing,
/// delivery or acceptance) and its due date, what is paid and outstanding, and, once late, the days
/// overdue and the late-payment interest to that day (or to the late payment's day).
/// </summary>
public sealed record ScheduledInstalment(int Number, ContractInstalment Terms, Money Amount, DateOnly? StartsOn, DateOnly? DueOn, Money Paid, Money Outstanding,
    int DaysOverdue, Money Interest, InstalmentState State)
{
    public bool IsOverdue => State == InstalmentState.Overdue;

    /// <summary>What the instalment waits for while it has no due date ("待交付" / "待验收").</summary>
    public Bilingual? Waiting => StartsOn is null ? PaymentTexts.Waiting(Terms.Condition) : null;
}

/// <summary>
/// A contract's payment schedule on a day, with the rules its due dates and interest come from: the interest is the
/// contract's own rate where it names one (<see cref="InterestNamedByContract"/>, the source reading 合同约定), else the
/// payment rule's with its citation.
/// </summary>
public sealed record PaymentSchedule(DateOnly AsOf, ContractRule TermRule, ContractRule InterestRule, IReadOnlyList<ScheduledInstalment> Instalments,
    bool InterestNamedByContract = false)
{
    /// <summary>The source of an interest rate the contract names, in place of a rule's citation.</summary>
    public const string ContractInterestSource = "合同约定";

    /// <summary>The daily interest that applies to <paramref name="contract"/>: its own rate (合同约定) where it names one, else the rule's.</summary>
    public static ContractRule InterestOf(ScheduleBasis contract, PaymentTerms terms) => contract.LatePaymentInterestDailyBasisPoints is { } named
        ? new ContractRule(named, ContractInterestSource)
        : terms.InterestBasisPointsDaily;

    public Money Amount => Instalments.Select(i => i.Amount).Total();

    public Money Paid => Instalments.Select(i => i.Paid).Total();

    public Money Outstanding => Instalments.Select(i => i.Outstanding).Total();

    public Money Overdue => Instalments.Where(i => i.IsOverdue).Select(i => i.Outstanding).Total();

    public Money Interest => Instalments.Select(i => i.Interest).Total();

    /// <summary>
    /// The schedule of <paramref name="contract"/> on <paramref name="asOf"/> (a Beijing day): each instalment's share of
    /// the amount in fen, the last taking what the shares leave over; its due date, the term after signing (prepayment),
    /// delivery or passing acceptance, moved off a rest day (<see cref="DueOn"/>); the payments made by that day against it; and the interest of the days late.
    /// The due day itself is not overdue, the next day is the first day overdue.
    /// </summary>
    public static PaymentSchedule Of(GovContract contract, ContractMilestones milestones, IEnumerable<ContractPayment> payments, PaymentTerms terms, DateOnly asOf) =>
        Of(ScheduleBasis.Of(contract), milestones, payments, terms, asOf);

    /// <summary>The schedule made from <paramref name="contract"/>'s basis alone, as <see cref="Of(GovContract, ContractMilestones, IEnumerable{ContractPayment}, PaymentTerms, DateOnly)"/>.</summary>
    public static PaymentSchedule Of(ScheduleBasis contract, ContractMilestones milestones, IEnumerable<ContractPayment> payments, PaymentTerms terms, DateOnly asOf)
    {
        var term = terms.TermOf(contract.PaymentTermDays, contract.LongerTermAgreed);
        var interest = InterestOf(contract, terms);
        var counted = payments.Where(p => p.ContractId == contract.ContractId && p.PaidOn <= asOf).ToList();
        var amounts = Split(contract.Amount, contract.Instalments);
        var rows = contract.Instalments.Select((instalment, index) =>
        {
            var number = index + 1;
            var start = StartOf(instalment.Condition, contract, milestones);
            DateOnly? due = start is { } from ? DueOn(from, term.Value) : null;
            var own = counted.Where(p => p.Instalment == number).ToList();
            var paid = own.Select(p => p.Amount).Total();
            var outstanding = amounts[index] - paid;
            var late = new List<(Money Amount, int Days)>();
            if (due is { } d)
            {
                late.AddRange(own.Where(p => p.PaidOn > d).Select(p => (p.Amount, p.PaidOn.DayNumber - d.DayNumber)));
                if (outstanding > Money.Zero && asOf > d)
                {
                    late.Add((outstanding, asOf.DayNumber - d.DayNumber));
                }
            }

            var state = outstanding <= Money.Zero ? InstalmentState.Paid
                : due is null ? InstalmentState.AwaitingMilestone
                : asOf > due ? InstalmentState.Overdue : InstalmentState.Open;
            return new ScheduledInstalment(number, instalment, amounts[index], start, due, paid, outstanding,
                late.Select(l => l.Days).DefaultIfEmpty(0).Max(), InterestOf(late, interest.Value), state);
        }).ToList();
        return new PaymentSchedule(asOf, term, interest, rows, contract.LatePaymentInterestDailyBasisPoints is not null);
    }

    /// <summary>
    /// The due day of an instalment whose term of <paramref name="termDays"/> calendar days starts on <paramref name="start"/>
    /// (the start day not counted): a last day on a rest day moves to the next working day (民法典第二百零三条), as the
    /// signing deadline does (<see cref="ContractDeadlines.SigningDue"/>); the payment regulation sets no other rule.
    /// </summary>
    public static DateOnly DueOn(DateOnly start, int termDays)
    {
        var due = start.AddDays(termDays);
        while (!WorkingDayCalendar.China.IsWorkingDay(due))
        {
            due = due.AddDays(1);
        }

        return due;
    }

    /// <summary>Each share of the amount in whole fen (rounded down), the last instalment taking the remainder, so they add up exactly.</summary>
    public static IReadOnlyList<Money> Split(Money amount, IReadOnlyList<ContractInstalment> instalments)
    {
        var amounts = instalments.Select(i => new Money(amount.Fen * i.ShareBasisPoints / 10_000)).ToList();
        if (amounts.Count > 0)
        {
            amounts[^1] = amount - amounts.Take(amounts.Count - 1).Total();
        }

        return amounts;
    }

    /// <summary>
    /// The late-payment interest of amounts each late for a number of days, at <paramref name="basisPointsDaily"/>
    /// (5 = 0.05 %) a day: Σ amount × days × rate, exact, rounded once to the fen, half away from zero.
    /// </summary>
    public static Money InterestOf(IEnumerable<(Money Amount, int Days)> late, int basisPointsDaily)
    {
        var fenDays = late.Aggregate(0m, (sum, l) => sum + (decimal)l.Amount.Fen * l.Days);
        return new Money((long)Math.Round(fenDays * basisPointsDaily / 10_000m, MidpointRounding.AwayFromZero));
    }

    private static DateOnly? StartOf(PaymentCondition condition, ScheduleBasis contract, ContractMilestones milestones) => condition switch
    {
        PaymentCondition.Prepayment => contract.SignedOn,
        PaymentCondition.OnDelivery => milestones.DeliveredOn,
        _ => milestones.AcceptedOn,
    };
}

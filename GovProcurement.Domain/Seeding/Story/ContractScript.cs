using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Payments;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>Where a contract's story stops.</summary>
internal enum ContractEnd
{
    Drafted,
    ConfirmedBySupplier,
    Signed,
    Published,
    Filed,
    Returned,
}

/// <summary>What becomes of the contract's prepayment (预付款, due within the payment term of signing).</summary>
internal enum PrepaymentEnd
{
    /// <summary>Not yet due, or the contract is not signed: nothing is paid.</summary>
    Unpaid,

    /// <summary>Paid in full eight days after signing, inside the term.</summary>
    Paid,

    /// <summary>Never paid: past its due date now.</summary>
    Overdue,
}

/// <summary>
/// A project's contract in the story: where it stops, its prepayment, whether it is recent (its steps end
/// yesterday, so a contract still on its way stands inside its periods now) or follows the award at once, and
/// for a filed one whether it is performed and accepted (<see cref="AcceptanceScript"/>), and the performance bond it states
/// as a share of its amount in basis points (none when zero), which an accepted contract's purchaser requires once it is signed.
/// </summary>
internal sealed record StoryContract(ContractEnd End, bool Recent = false, PrepaymentEnd Prepayment = PrepaymentEnd.Unpaid, string? ReturnReason = null,
    StoryAcceptance? Acceptance = null, int PerformanceBondShare = 0);

/// <summary>
/// The winner's contract of an awarded project through <see cref="GovContracts"/>, each step by its actor:
/// the purchaser's operator drafts and sends it, the supplier and then the purchaser confirm the same text (the
/// second confirmation signs it), the purchaser announces it (the project's contract announcement), the
/// region's finance department files or returns it; the purchaser records the prepayment through
/// <see cref="ContractPayments"/>; a contract performed in the story goes on to its acceptance. Every step inside its period: signed within 30 days of the award notice,
/// announced the next day (2 working days allowed) and filed or returned two days later (7 working days).
/// </summary>
internal sealed class ContractScript(StoryDesk desk, StoryUnit unit, StoryContract story)
{
    /// <summary>30 %: the prepayment's share; the rest is paid on acceptance.</summary>
    private const int PrepaymentShare = 3000;

    private readonly Actor purchaser = desk.Actor(unit.Operator);
    private readonly Actor regulator = desk.Actor(unit.Regulator);

    public async IAsyncEnumerable<DateTimeOffset> RunAsync(Guid projectId)
    {
        yield return At(Step.Draft);
        var opening = (await desk.Contracts.OpeningsForProjectAsync(projectId, purchaser)).First(o => o.IsAvailable);
        var start = await desk.Contracts.StartAsync(opening.Subject, purchaser)
            ?? throw new InvalidOperationException("The demo story's award has no contract to draft.");
        var contract = await desk.Contracts.DraftAsync(opening.Subject, Draft(start.Opening.Origin, start.Terms), purchaser);
        if (story.End == ContractEnd.Drafted)
        {
            yield break;
        }

        yield return At(Step.Send);
        await desk.Contracts.SendAsync(contract.Id, purchaser);
        yield return At(Step.SupplierConfirms);
        await desk.Contracts.ConfirmAsync(contract.Id, ContractParty.Supplier, desk.SupplierOf(contract.SupplierId));
        if (story.End == ContractEnd.ConfirmedBySupplier)
        {
            yield break;
        }

        yield return At(Step.PurchaserConfirms);
        await desk.Contracts.ConfirmAsync(contract.Id, ContractParty.Purchaser, purchaser);
        if (story.End == ContractEnd.Signed)
        {
            yield break;
        }

        yield return At(Step.Publish);
        await desk.Contracts.PublishAsync(contract.Id, purchaser);
        if (story.End == ContractEnd.Published)
        {
            yield break;
        }

        yield return At(Step.FileOrReturn);
        if (story.End == ContractEnd.Returned)
        {
            // Returned inside the filing period. The purchaser has not signed the corrected text again since: the
            // award's signing period has long run out, which the finance department's exceptions show (deliberately overdue).
            await desk.Contracts.ReturnAsync(contract.Id, story.ReturnReason ?? "", regulator);
            yield break;
        }

        await desk.Contracts.FileAsync(contract.Id, regulator);
        if (story.Prepayment == PrepaymentEnd.Paid)
        {
            yield return desk.Clock.Later(5, 11, 0);
            var view = await desk.Payments.GetAsync(contract.Id, purchaser)
                ?? throw new InvalidOperationException("The demo story's purchaser cannot read its contract's payments.");
            var prepayment = view.Schedule.Instalments[0];
            await desk.Payments.RecordAsync(contract.Id, new PaymentForm(prepayment.Number, prepayment.Outstanding, desk.Clock.TodayInChina(), "预付款 财政直接支付"), purchaser);
        }

        if (story.Acceptance is { } acceptance)
        {
            await foreach (var moment in new AcceptanceScript(desk, unit, acceptance).RunAsync(contract))
            {
                yield return moment;
            }
        }

        // PrepaymentEnd.Overdue: the purchaser never pays the prepayment, which falls overdue a payment term after signing (deliberately overdue).
    }

    private enum Step
    {
        Draft,
        Send,
        SupplierConfirms,
        PurchaserConfirms,
        Publish,
        FileOrReturn,
    }

    /// <summary>
    /// Each step's day counted from the draft's, and its Beijing hour: sent the day it is drafted, confirmed by
    /// both the next day (signed), announced the day after signing and filed or returned the day after that.
    /// </summary>
    private static readonly (int Day, int Hour)[] Timeline = [(0, 10), (0, 15), (1, 10), (1, 16), (2, 10), (3, 10)];

    /// <summary>The draft's day after the award (or after the complaint is decided).</summary>
    private const int DraftAfterDays = 2;

    private Step Last => story.End switch
    {
        ContractEnd.Drafted => Step.Draft,
        ContractEnd.ConfirmedBySupplier => Step.SupplierConfirms,
        ContractEnd.Signed => Step.PurchaserConfirms,
        ContractEnd.Published => Step.Publish,
        _ => Step.FileOrReturn,
    };

    /// <summary>
    /// The moment of a step: for a recent contract on the timeline that ends yesterday (never before the story's
    /// now), otherwise on the timeline from the story's current day.
    /// </summary>
    private DateTimeOffset At(Step step)
    {
        var (day, hour) = Timeline[(int)step];
        if (!story.Recent)
        {
            var previous = step == Step.Draft ? -DraftAfterDays : Timeline[(int)step - 1].Day;
            return desk.Clock.Later(day - previous, hour);
        }

        var at = desk.Clock.DaysAgo(1 + Timeline[(int)Last].Day - day, hour);
        var soon = desk.Clock.GetUtcNow().AddMinutes(10);
        return at > soon ? at : soon;
    }

    /// <summary>Months a contract is performed over, unless the story accepts it (<see cref="StoryAcceptance.PerformanceMonths"/>).</summary>
    private const int PerformanceMonths = 12;

    /// <summary>
    /// One line at the winning price, performed over a year (or the story's months) from a month after the award, 30 % prepaid and the
    /// rest on acceptance, within the statutory term.
    /// </summary>
    private ContractDraft Draft(ContractOrigin origin, ContractTerms terms)
    {
        var from = origin.AwardedOn.AddDays(30);
        return new ContractDraft(new BankAccount("中国工商银行江门分行", "2012 0066 0900 1234"), new BankAccount("中国建设银行江门分行", "4405 0166 0000 5678"),
            [new ContractItem(origin.Title.Length <= ContractItem.NameMaxLength ? origin.Title : origin.Title[..ContractItem.NameMaxLength], "项", 1, origin.Ceiling)],
            from, from.AddMonths(story.Acceptance?.PerformanceMonths ?? PerformanceMonths).AddDays(-1), origin.PurchaserName,
            [new ContractInstalment(PrepaymentShare, PaymentCondition.Prepayment), new ContractInstalment(10_000 - PrepaymentShare, PaymentCondition.OnAcceptance)],
            terms.PaymentTermDays.Value, false, Sme: true, Financing: false, story.PerformanceBondShare);
    }
}

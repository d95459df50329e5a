using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Contracts;

/// <summary>One deadline of a contract: what, by when, when it was met (if it was), and the rule it comes from.</summary>
public sealed record ContractDeadline(Bilingual What, DateOnly Due, DateOnly? MetOn, string Citation)
{
    /// <summary>Late when met after the due day, or still open after it; on the due day itself it is in time.</summary>
    public bool IsOverdue(DateOnly today) => (MetOn ?? today) > Due;
}

/// <summary>
/// The contract's deadlines on the working-day calendar: signing within the rule's days of the award
/// notice (calendar days; a last day on a rest day moves to the next working day, 《民法典》第二百零三条),
/// publication and filing within the rule's working days of signing (the signing day not counted).
/// An add-on (补充合同) has no signing period of its own: only its publication and filing count.
/// </summary>
public static class ContractDeadlines
{
    /// <summary>The last day to sign a contract of an award notice of <paramref name="awardedOn"/>, moved off a rest day.</summary>
    public static DateOnly SigningDue(DateOnly awardedOn, ContractTerms terms, WorkingDayCalendar calendar)
    {
        var sign = awardedOn.AddDays(terms.SigningDays.Value);
        while (!calendar.IsWorkingDay(sign))
        {
            sign = sign.AddDays(1);
        }

        return sign;
    }

    /// <summary>The last day to announce a contract signed on <paramref name="signedOn"/>.</summary>
    public static DateOnly PublicationDue(DateOnly signedOn, ContractTerms terms, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(signedOn, terms.PublicationWorkingDays.Value);

    /// <summary>The last day to file a contract signed on <paramref name="signedOn"/>.</summary>
    public static DateOnly FilingDue(DateOnly signedOn, ContractTerms terms, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(signedOn, terms.FilingWorkingDays.Value);

    public static IReadOnlyList<ContractDeadline> For(GovContract contract, ContractTerms terms, WorkingDayCalendar calendar)
    {
        var sign = SigningDue(contract.AwardedOn, terms, calendar);
        var list = new List<ContractDeadline>();
        if (!contract.IsAddOn)
        {
            list.Add(new(new("签订合同", "Sign the contract"), sign, contract.SignedOn, terms.SigningDays.Citation));
        }

        if (contract.SignedOn is { } signed)
        {
            list.Add(new(new("发布合同公告", "Publish the contract announcement"), PublicationDue(signed, terms, calendar),
                contract.PublishedUtc is { } published ? BeijingTime.Day(published) : null, terms.PublicationWorkingDays.Citation));
            list.Add(new(new("合同备案", "File the contract"), FilingDue(signed, terms, calendar),
                contract.FiledUtc is { } filed ? BeijingTime.Day(filed) : null, terms.FilingWorkingDays.Citation));
        }

        return list;
    }
}

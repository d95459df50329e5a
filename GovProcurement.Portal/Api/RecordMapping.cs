using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using static GovProcurement.Portal.Api.MallMapping;

namespace GovProcurement.Portal.Api;

/// <summary>Contracts, inquiries, challenges and complaints in the API's shapes; every instant is sent as UTC, every day as a Beijing date.</summary>
internal static class RecordMapping
{
    public static DeadlineResponse Deadline(ContractDeadline d, DateOnly today) => new(Label(d.What), d.Due, d.MetOn, d.IsOverdue(today), d.Citation);

    public static DeadlineResponse Deadline(ChallengeDeadline d, DateOnly today) => new(Label(d.What), d.Due, d.MetOn, d.IsOverdue(today), d.Citation);

    public static ContractRowResponse ToRow(GovContract c) => new(c.Id, c.Number, c.Source.ToString(), Label(ContractTexts.Source(c.Source)), c.Status.ToString(),
        Label(ContractTexts.Status(c.Status)), c.Reference, c.Title, c.RegionCode, c.PurchaserName, c.SupplierName, c.Amount.Yuan, c.AwardedOn, c.SignedOn, Utc(c.CreatedUtc),
        c.ParentId, c.ParentNumber);

    public static ContractResponse ToResponse(ContractView view, AcceptanceState? acceptance)
    {
        var c = view.Contract;
        var confirmations = new[] { ContractParty.Purchaser, ContractParty.Supplier }
            .Select(party => (party, confirmation: c.ConfirmationOf(party)))
            .Where(p => p.confirmation is not null)
            .Select(p => new ContractConfirmationResponse(p.party.ToString(), p.confirmation!.By, Utc(p.confirmation.AtUtc), p.confirmation.Digest))
            .ToList();
        return new ContractResponse(c.Id, c.Number, c.Source.ToString(), Label(ContractTexts.Source(c.Source)), c.Status.ToString(), Label(ContractTexts.Status(c.Status)),
            c.Reference, c.Title, c.PlanNumber, c.LotNumbers, c.RegionCode,
            new ContractPartyResponse(c.PurchaserId, c.PurchaserName, c.PurchaserBankName, c.PurchaserAccount),
            new ContractPartyResponse(c.SupplierId, c.SupplierName, c.SupplierBankName, c.SupplierAccount),
            c.Ceiling.Yuan, c.Amount.Yuan, c.AmountInCapitals, c.AwardedOn, c.PerformanceFrom, c.PerformanceTo, c.PerformancePlace,
            c.PaymentTermDays, c.LongerTermAgreed, c.Sme, c.Financing, c.PerformanceBondShare, c.PerformanceBond.Yuan, c.LatePaymentInterestDailyBasisPoints,
            c.Items.Select((i, n) => new ContractItemResponse(n + 1, i.Name, i.Unit, i.Quantity, i.UnitPrice.Yuan, i.Amount.Yuan)).ToList(),
            c.Instalments.Select((i, n) => new ContractInstalmentResponse(n + 1, i.ShareBasisPoints, i.Condition.ToString(), Label(ContractTexts.Condition(i.Condition)))).ToList(),
            c.Digest, confirmations, Utc(c.CreatedUtc), c.SignedOn, Utc(c.PublishedUtc), Utc(c.FiledUtc), c.ReturnReason,
            c.ParentId, c.ParentNumber, c.AddOnReason, view.AddOns.Select(ToRow).ToList(), Actions(view.Steps),
            view.SigningHold is { } hold ? Reason(hold) : null, acceptance is null ? null : PaymentMapping.ToResponse(acceptance),
            c.Template is { } t ? new ContractTemplateResponse(t.Kind.ToString(), Label(t.Title), Label(t.TermLabel), t.Term(c.KindTerm), t.NumberedClauses.ToList(), t.Citation) : null);
    }

    public static ContractDeadlinesResponse Deadlines(ContractView view, DateOnly today) => new(view.Contract.Id, view.Contract.Number, view.Contract.Status.ToString(), today,
        view.Deadlines.Select(d => Deadline(d, today)).ToList());

    public static InquiryRowResponse ToRow(InquiryListRow row, DateOnly today)
    {
        var i = row.Inquiry;
        return new InquiryRowResponse(i.Id, i.ProjectId, i.ProjectNumber, i.ProjectTitle, i.RegionCode, i.SupplierName, i.Subject.ToString(), Label(ChallengeTexts.Subject(i.Subject)),
            i.Status.ToString(), Label(ChallengeTexts.Status(i.Status)), Utc(i.AskedUtc), Utc(i.AnsweredUtc), row.Deadlines.Select(d => Deadline(d, today)).ToList());
    }

    public static ChallengeRowResponse ToRow(ChallengeListRow row, DateOnly today)
    {
        var c = row.Challenge;
        return new ChallengeRowResponse(c.Id, c.Number, c.ProjectId, c.ProjectNumber, c.ProjectTitle, c.RegionCode, c.SupplierName, c.Subject.ToString(),
            Label(ChallengeTexts.Subject(c.Subject)), c.Status.ToString(), Label(ChallengeTexts.Status(c.Status)), c.FiledOn, c.Upheld, Utc(c.AnsweredUtc),
            row.Complaint is { } complaint ? new ComplaintSummaryResponse(complaint.Id, complaint.Number, complaint.Status.ToString(), Label(ChallengeTexts.Status(complaint.Status)), complaint.FiledOn) : null,
            row.Deadlines.Select(d => Deadline(d, today)).ToList());
    }

    public static ComplaintRowResponse ToRow(Complaint c, IReadOnlyList<ChallengeDeadline> deadlines, DateOnly today) => new(c.Id, c.Number, c.ChallengeId, c.ProjectId,
        c.ProjectNumber, c.ProjectTitle, c.RegionCode, c.SupplierName, c.Subject.ToString(), Label(ChallengeTexts.Subject(c.Subject)), c.Status.ToString(),
        Label(ChallengeTexts.Status(c.Status)), c.FiledOn, c.CheckedOn, c.PausedWorkingDays, c.SuspendedUntil,
        c.Finding?.ToString(), c.Finding is { } finding ? Label(ChallengeTexts.Finding(finding)) : null,
        c.Finding is null ? null : c.Remedy.ToString(), c.Finding is null ? null : Label(ChallengeTexts.Remedy(c.Remedy)), Utc(c.DecidedUtc),
        deadlines.Select(d => Deadline(d, today)).ToList());

    public static ChallengeResponse ToResponse(ChallengeView view, ComplaintView? complaint, DateOnly today)
    {
        var c = view.Challenge;
        return new ChallengeResponse(c.Id, c.Number, c.ProjectId, c.ProjectNumber, c.ProjectTitle, c.Round, c.RegionCode, c.SupplierName, c.Subject.ToString(),
            Label(ChallengeTexts.Subject(c.Subject)), c.Status.ToString(), Label(ChallengeTexts.Status(c.Status)), c.WindowStart, c.FiledOn, c.Points,
            c.Upheld, c.Answer, Utc(c.AnsweredUtc), c.AnswerDigest, view.Deadlines.Select(d => Deadline(d, today)).ToList(),
            complaint is null ? null : ToRow(complaint.Complaint, complaint.Deadlines, today), Actions(view.Steps));
    }
}

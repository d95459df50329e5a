using FluentValidation;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Rules;

/// <summary>A new version of a rule row, as entered by the administrator.</summary>
public sealed record ProcurementRuleDraft(
    RuleKind Kind,
    long Value,
    string RegionCode,
    ProcurementCategory? Category,
    IReadOnlyList<string> CatalogueCodes,
    DateOnly EffectiveFrom,
    string Citation);

/// <summary>
/// The rule table over time: read as a <see cref="RuleSet"/> (cached until the next change), and
/// changed only by publishing a new version that starts on a future date and ends the row it
/// replaces on that date. A new version drops the cache of every portal instance (the live signal
/// <see cref="Topic"/>), so no instance goes on routing by the old rules.
/// </summary>
public sealed class ProcurementRuleBook : IDisposable
{
    /// <summary>The live-signal topic of a changed rule table (the id is always <see cref="Guid.Empty"/>).</summary>
    public const string Topic = "procurement-rules";

    private readonly IDbContextFactory<GovProcurementDbContext> store;
    private readonly AuditLog audit;
    private readonly TimeProvider time;
    private readonly ILiveSignals signals;
    private readonly IDisposable subscription;
    private volatile RuleSet? cached;
    private int generation;

    public ProcurementRuleBook(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time, ILiveSignals signals)
    {
        this.store = store;
        this.audit = audit;
        this.time = time;
        this.signals = signals;
        subscription = signals.Subscribe(Topic, _ => Forget());
    }

    public void Dispose() => subscription.Dispose();

    private void Forget()
    {
        Interlocked.Increment(ref generation);
        cached = null;
    }

    public async Task<RuleSet> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (cached is { } set)
        {
            return set;
        }

        // A read that started before a change must not put the old rules back into the cache.
        var seen = Volatile.Read(ref generation);
        var fresh = new RuleSet(await ListAsync(cancellationToken), RegionDirectory.Guangdong);
        if (seen == Volatile.Read(ref generation))
        {
            cached = fresh;
        }

        return fresh;
    }

    public async Task<IReadOnlyList<ProcurementRule>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return (await db.ProcurementRules.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(r => r.Kind).ThenBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.Category).ThenBy(r => r.EffectiveFrom).ToList();
    }

    /// <summary>Adds a version of a rule; the actor's answer (<see cref="RuleBookSteps"/>) must allow it.</summary>
    public async Task<ProcurementRule> AddVersionAsync(ProcurementRuleDraft draft, Actor by, CancellationToken cancellationToken = default)
    {
        RuleBookSteps.For(by).Require(RuleBookAction.AddVersion);
        var actor = by.UserName;
        new ProcurementRuleDraftValidator(time.TodayInChina()).ValidateAndThrow(draft);
        var codes = draft.CatalogueCodes.Count == 0 ? null : string.Join(';', draft.CatalogueCodes);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var sameKey = await db.ProcurementRules
            .Where(r => r.Kind == draft.Kind && r.RegionCode == draft.RegionCode && r.Category == draft.Category && r.CatalogueCodes == codes)
            .ToListAsync(cancellationToken);
        if (sameKey.Any(r => r.EffectiveFrom >= draft.EffectiveFrom))
        {
            throw new DomainException("同一规则已有同日或更晚生效的版本，请选择更晚的生效日期。", "A version of this rule already starts on or after that date.");
        }

        foreach (var current in sameKey.Where(r => r.EffectiveTo is null || r.EffectiveTo > draft.EffectiveFrom))
        {
            current.Supersede(draft.EffectiveFrom);
        }

        var rule = new ProcurementRule(draft.Kind, draft.Value, UnitOf(draft.Kind), draft.RegionCode, draft.EffectiveFrom, null, draft.Citation.Trim(), draft.Category, draft.CatalogueCodes);
        db.ProcurementRules.Add(rule);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.ProcurementRuleAdded, actor, null,
            $"{draft.Kind} {draft.RegionCode} {draft.Category} = {draft.Value} 自 {draft.EffectiveFrom:yyyy-MM-dd} 起：{draft.Citation}")], cancellationToken);
        signals.Publish(Topic, Guid.Empty); // this instance's cache too
        return rule;
    }

    public static RuleUnit UnitOf(RuleKind kind) => kind switch
    {
        RuleKind.SmeReservedShare or RuleKind.SmePriceDeductionMinimum or RuleKind.SmePriceDeductionMaximum or RuleKind.PriceWeightMinimum
            or RuleKind.ConsultationPriceWeightMaximum or RuleKind.ListingPriceDeviationLimit or RuleKind.AuctionMinimumStepBasisPoints
            or RuleKind.ContractAddOnShare or RuleKind.LatePaymentInterestDaily or RuleKind.BidBondMaxShare or RuleKind.PerformanceBondMaxShare => RuleUnit.BasisPoints,
        RuleKind.IntentionLeadDays or RuleKind.TenderMinDaysToDeadline or RuleKind.TenderClarificationLeadDays
            or RuleKind.ConsultationMinDaysToDeadline or RuleKind.ConsultationClarificationLeadDays
            or RuleKind.ContractSigningDays or RuleKind.ContractPaymentTermDays or RuleKind.ContractAgreedPaymentTermDays
            or RuleKind.ProcurementSuspensionMaxDays or RuleKind.PaymentReminderDays => RuleUnit.Days,
        RuleKind.TenderAnnouncementWorkingDays or RuleKind.TenderDocumentsWorkingDays or RuleKind.NegotiationMinWorkingDaysToDeadline
            or RuleKind.NegotiationClarificationLeadWorkingDays or RuleKind.NonTenderAnnouncementWorkingDays or RuleKind.SingleSourceNoticeWorkingDays
            or RuleKind.EvaluationReportWorkingDays or RuleKind.PurchaserDecisionWorkingDays or RuleKind.ResultPublicationWorkingDays
            or RuleKind.ResultAnnouncementWorkingDays
            or RuleKind.ContractPublicationWorkingDays or RuleKind.ContractFilingWorkingDays
            or RuleKind.InquiryAnswerWorkingDays or RuleKind.ChallengeFilingWorkingDays or RuleKind.ChallengeAnswerWorkingDays
            or RuleKind.ComplaintFilingWorkingDays or RuleKind.ComplaintCheckWorkingDays or RuleKind.ComplaintCopyWorkingDays
            or RuleKind.ComplaintDecisionWorkingDays
            or RuleKind.BidBondLoserRefundWorkingDays or RuleKind.BidBondWinnerRefundWorkingDays or RuleKind.PerformanceBondRefundWorkingDays => RuleUnit.WorkingDays,
        RuleKind.TenderPanelMinimum or RuleKind.LargePanelMinimum or RuleKind.OtherPanelMinimum or RuleKind.MinimumBidders
            or RuleKind.ConsultationServicesMinimumBidders or RuleKind.NonTenderLargePanelMinimum or RuleKind.BiddingMinimumQuotes
            or RuleKind.AuctionMinimumBidders or RuleKind.AuctionMaximumExtensions
            or RuleKind.FrameworkClosedMinimumSuppliers or RuleKind.FrameworkSecondCompetitionMinimumQuotes
            or RuleKind.AcceptanceMinimumMembers or RuleKind.AcceptanceServiceRecipientMembers => RuleUnit.Count,
        RuleKind.DebarmentMinimumYears or RuleKind.DebarmentMaximumYears or RuleKind.DebarmentLatestStartYearsAgo or RuleKind.FrameworkMaximumTermYears => RuleUnit.Years,
        RuleKind.BiddingConfirmationHours or RuleKind.BiddingMinimumWindowHours or RuleKind.DirectOrderConfirmationHours or RuleKind.AuctionMinimumLeadHours
            or RuleKind.FrameworkSecondCompetitionMinimumWindowHours => RuleUnit.Hours,
        RuleKind.AuctionExtensionTriggerMinutes or RuleKind.AuctionExtensionMinutes or RuleKind.AuctionMinimumDurationMinutes => RuleUnit.Minutes,
        _ => RuleUnit.Fen,
    };
}

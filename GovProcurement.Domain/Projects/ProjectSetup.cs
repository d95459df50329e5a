using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Projects;

/// <summary>What the agency sets before announcing: the lots, who may take part, and how bids are compared.</summary>
public sealed record ProjectSetup(
    IReadOnlyList<LotDraft> Lots,
    string Qualifications,
    bool ReservedForSme,
    ScoringMethod Scoring,
    int PriceWeightBasisPoints,
    int SmeDeductionBasisPoints,
    bool Complex)
{
    public const int QualificationsMaxLength = 2000;

    /// <summary>Negotiation and quotation compare prices only; the other methods may score.</summary>
    public static bool AllowsComprehensive(ProcurementMethod method) =>
        method is ProcurementMethod.OpenTender or ProcurementMethod.InvitedTender or ProcurementMethod.CompetitiveConsultation;
}

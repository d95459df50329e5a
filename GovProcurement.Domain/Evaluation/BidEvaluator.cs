using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;

namespace GovProcurement.Domain.Evaluation;

/// <summary>A bid for one lot as the evaluation sees it.</summary>
public sealed record BidUnderEvaluation(Guid BidId, Guid SupplierId, string SupplierName, EnterpriseScale Scale, Money Price, DateTime SubmittedUtc, bool Qualified, string? DisqualifiedReason, decimal? TechnicalScore);

/// <summary>One line of the ranking.</summary>
public sealed record RankedBid(int Rank, Guid BidId, Guid SupplierId, string SupplierName, EnterpriseScale Scale, Money Price, Money EvaluatedPrice, decimal PriceScore, decimal TechnicalScore, decimal Total);

/// <summary>
/// Ranks the qualified bids of a lot. Lowest evaluated price: ascending evaluated price.
/// Comprehensive: price score = lowest evaluated price / evaluated price × price weight, plus
/// the panel's average technical score; descending total. Ties go to the lower evaluated price,
/// then the earlier submission.
/// </summary>
public static class BidEvaluator
{
    public static IReadOnlyList<RankedBid> Rank(IEnumerable<BidUnderEvaluation> bids, ScoringMethod scoring, int priceWeightBasisPoints, int smeDeductionBasisPoints)
    {
        var qualified = bids.Where(b => b.Qualified).Select(b => (bid: b, evaluated: SmePriceDeduction.EvaluatedPrice(b.Price, b.Scale, smeDeductionBasisPoints))).ToList();
        if (qualified.Count == 0)
        {
            return [];
        }

        var lowest = qualified.Min(q => q.evaluated.Fen);
        var weight = priceWeightBasisPoints / 100m;
        var scored = qualified.Select(q =>
        {
            var priceScore = scoring == ScoringMethod.Comprehensive && q.evaluated.Fen > 0 ? Round(lowest * weight / q.evaluated.Fen) : 0m;
            var technical = scoring == ScoringMethod.Comprehensive ? Round(q.bid.TechnicalScore ?? 0m) : 0m;
            return (q.bid, q.evaluated, priceScore, technical, total: priceScore + technical);
        });

        var ordered = scoring == ScoringMethod.Comprehensive
            ? scored.OrderByDescending(s => s.total).ThenBy(s => s.evaluated.Fen).ThenBy(s => s.bid.SubmittedUtc)
            : scored.OrderBy(s => s.evaluated.Fen).ThenBy(s => s.bid.Price.Fen).ThenBy(s => s.bid.SubmittedUtc);
        return ordered.Select((s, i) => new RankedBid(i + 1, s.bid.BidId, s.bid.SupplierId, s.bid.SupplierName, s.bid.Scale, s.bid.Price, s.evaluated, s.priceScore, s.technical, s.total)).ToList();
    }

    /// <summary>Checks one expert's technical score against the part of 100 points that is not price.</summary>
    public static decimal CheckTechnicalScore(decimal score, int priceWeightBasisPoints)
    {
        var max = 100m - priceWeightBasisPoints / 100m;
        return score >= 0 && score <= max && decimal.Round(score, 2) == score
            ? score
            : throw new DomainException($"技术（商务）得分应在 0—{max:0.##} 分之间，最多两位小数。", $"The technical score must be between 0 and {max:0.##}, at most two decimals.");
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}

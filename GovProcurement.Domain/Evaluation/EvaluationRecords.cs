using System.Text.Json;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Evaluation;

/// <summary>One expert's technical (and commercial) score for one bid on one lot.</summary>
public sealed class TechnicalScore : Projects.IRoundRow
{
    private TechnicalScore()
    {
    }

    public TechnicalScore(Guid projectId, int round, int lotNumber, Guid bidId, Guid expertId, decimal score, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Round = round;
        LotNumber = lotNumber;
        BidId = bidId;
        ExpertId = expertId;
        Score = score;
        RecordedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Round { get; private set; }

    public int LotNumber { get; private set; }

    public Guid BidId { get; private set; }

    public Guid ExpertId { get; private set; }

    public decimal Score { get; private set; }

    public DateTime RecordedUtc { get; private set; }
}

/// <summary>
/// The outcome of one lot: its ranking (kept as the evaluation report's table), the winner the
/// purchaser confirmed, or why the lot failed.
/// </summary>
public sealed class LotResult : Projects.IRoundRow
{
    private LotResult()
    {
        RankingJson = "[]";
    }

    public LotResult(Guid projectId, int round, int lotNumber, IReadOnlyList<RankedBid> ranking, string? failReason, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Round = round;
        LotNumber = lotNumber;
        RankingJson = JsonSerializer.Serialize(ranking);
        RankedBids = ranking.Count;
        FailReason = failReason;
        RecordedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Round { get; private set; }

    public int LotNumber { get; private set; }

    public string RankingJson { get; private set; }

    /// <summary>How many bids the ranking holds, kept beside it so that supervision finds the single-bidder lots by an index, not by reading every ranking.</summary>
    public int RankedBids { get; private set; }

    /// <summary>Set when the lot failed (too few responsive bids, none qualified).</summary>
    public string? FailReason { get; private set; }

    public Guid? WinnerSupplierId { get; private set; }

    public Money? WinningPrice { get; private set; }

    public IReadOnlyList<RankedBid> Ranking => JsonSerializer.Deserialize<List<RankedBid>>(RankingJson) ?? [];

    public bool Failed => FailReason is not null;

    public DateTime RecordedUtc { get; private set; }

    /// <summary>
    /// What a bidder may see after the result: the winner's line and its own, never the others'
    /// prices and scores (财政部令第87号: unsuccessful bidders learn their own score and rank).
    /// </summary>
    public LotResult VisibleTo(Guid supplierId) =>
        new(ProjectId, Round, LotNumber, Ranking.Where(l => l.SupplierId == supplierId || l.SupplierId == WinnerSupplierId).ToList(), FailReason, RecordedUtc)
        {
            Id = Id,
            RankedBids = RankedBids,
            WinnerSupplierId = WinnerSupplierId,
            WinningPrice = WinningPrice,
        };

    /// <summary>The purchaser confirms the first-ranked bid.</summary>
    public void ConfirmFirstRanked()
    {
        if (Failed || Ranking.FirstOrDefault() is not { } first)
        {
            throw new DomainException($"第 {LotNumber} 包采购失败，没有可确认的供应商。", $"Lot {LotNumber} failed; there is no one to confirm.");
        }

        WinnerSupplierId = first.SupplierId;
        WinningPrice = first.Price;
    }
}

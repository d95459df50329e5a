using System.Linq.Expressions;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Bids;

/// <summary>A price read out for a lot.</summary>
public sealed record LotOffer(int LotNumber, Money Price);

/// <summary>A bid without its sealed content: what lists, records and letters need.</summary>
public sealed record BidSummary(Guid Id, Guid SupplierId, BidStatus Status, DateTime SubmittedUtc, string Digest, IReadOnlyList<LotOffer> Offers);

/// <summary>Reads bids by their columns only, never loading the sealed content (up to 30 MB a bid).</summary>
internal static class BidSummaries
{
    /// <summary>The bids of a round that pass the filter.</summary>
    public static async Task<List<BidSummary>> ListAsync(GovProcurementDbContext db, ProcurementRound round, Expression<Func<Bid, bool>> filter, CancellationToken ct)
    {
        var bids = await db.Bids.AsNoTracking().Of(round).Where(filter)
            .Select(b => new { b.Id, b.SupplierId, b.Status, b.SubmittedUtc, b.Digest }).ToListAsync(ct);
        var ids = bids.Select(b => b.Id).ToList();
        var offers = (await db.Set<BidOffer>().AsNoTracking().Where(o => ids.Contains(EF.Property<Guid>(o, "BidId")))
            .Select(o => new { BidId = EF.Property<Guid>(o, "BidId"), o.LotNumber, o.Price }).ToListAsync(ct))
            .ToLookup(o => o.BidId, o => new LotOffer(o.LotNumber, o.Price));
        return bids.Select(b => new BidSummary(b.Id, b.SupplierId, b.Status, b.SubmittedUtc, b.Digest, offers[b.Id].OrderBy(o => o.LotNumber).ToList())).ToList();
    }
}

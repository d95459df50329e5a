using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Evaluation;

/// <summary>One lot as a bidder's letter states it.</summary>
public sealed record LetterLot(int LotNumber, string LotName, string WinnerName, Money? WinningPrice, int? OwnRank, Money? OwnPrice, string? FailReason);

/// <summary>The award notice (中标/成交通知书) for a winner, or the result letter for another bidder.</summary>
public sealed record ResultLetter(ProcurementProject Project, string SupplierName, bool Won, IReadOnlyList<LetterLot> Lots, string PurchaserName, string AgencyName, Notice ResultNotice);

/// <summary>Builds each bidder's letter once the result is announced.</summary>
public sealed class ResultLetters(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time)
{
    public async Task<ResultLetter> ForSupplierAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        await ProjectAccess.LoadForBidAsync(db, projectId, actor, BidAction.DownloadResultLetter, time, ct);
        var supplierId = actor.RequireOrganization();
        var project = await db.Projects.Include(p => p.Lots).Include(p => p.Events).AsSplitQuery().AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new DomainException("项目不存在。", "The project does not exist.");
        var bid = (await BidSummaries.ListAsync(db, project.CurrentRound, b => b.SupplierId == supplierId && b.Status == BidStatus.Opened, ct)).FirstOrDefault();
        var notice = await db.Notices.AsNoTracking().Where(n => n.ProjectId == projectId && n.Type == NoticeType.Result && n.Status == NoticeStatus.Published)
            .OrderByDescending(n => n.PublishedUtc).FirstOrDefaultAsync(ct);
        if (bid is null || notice is null)
        {
            throw new DomainException("结果公告发布后，投标（响应）供应商可下载结果通知。", "Bidders download their letter once the result is announced.");
        }

        var results = await db.LotResults.AsNoTracking().OfCurrentRound(project).OrderBy(r => r.LotNumber).ToListAsync(ct);
        var names = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == project.PurchaserId || o.Id == project.AgencyId || o.Id == supplierId || results.Select(r => r.WinnerSupplierId).Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var lots = results.Where(r => bid.Offers.Any(o => o.LotNumber == r.LotNumber)).Select(r =>
        {
            var own = r.Ranking.FirstOrDefault(l => l.SupplierId == supplierId);
            return new LetterLot(r.LotNumber, project.Lots.First(l => l.Number == r.LotNumber).Name,
                r.WinnerSupplierId is { } w ? names.GetValueOrDefault(w, "") : "", r.WinningPrice, own?.Rank, bid.Offers.First(o => o.LotNumber == r.LotNumber).Price, r.FailReason);
        }).ToList();
        return new ResultLetter(project, names[supplierId], results.Any(r => r.WinnerSupplierId == supplierId), lots,
            names.GetValueOrDefault(project.PurchaserId, ""), names.GetValueOrDefault(project.AgencyId, ""), notice);
    }
}

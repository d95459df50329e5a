using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Notices;

public sealed record NoticeRow(Guid Id, string Number, NoticeType Type, string Title, string RegionCode, ProcurementMethod? Method, string PublisherName, DateTime PublishedUtc);

/// <summary>The public portal's filters; every one optional.</summary>
public sealed record NoticeSearch(NoticeType? Type = null, string? RegionCode = null, ProcurementMethod? Method = null, DateOnly? From = null, DateOnly? To = null, string? Text = null, int Skip = 0, int Take = 20);

/// <summary>Published notices for everyone: searched, and fetched by id or number for reading, PDF and checking.</summary>
public sealed class NoticeQueries(IDbContextFactory<GovProcurementDbContext> store)
{
    public async Task<Page<NoticeRow>> SearchAsync(NoticeSearch search, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var notices = db.Notices.AsNoTracking().Where(n => n.Status == NoticeStatus.Published);
        if (search.Type is { } type)
        {
            notices = notices.Where(n => n.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(search.RegionCode))
        {
            var regions = RegionDirectory.Guangdong.SelfAndDescendantCodes(search.RegionCode);
            notices = notices.Where(n => regions.Contains(n.RegionCode));
        }

        if (search.Method is { } method)
        {
            notices = notices.Where(n => n.Method == method);
        }

        if (search.From is { } from)
        {
            var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Clock.ChinaOffset;
            notices = notices.Where(n => n.PublishedUtc >= fromUtc);
        }

        if (search.To is { } to)
        {
            var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Clock.ChinaOffset;
            notices = notices.Where(n => n.PublishedUtc < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var term = search.Text.Trim();
            notices = notices.Where(n => n.Title.Contains(term) || n.Number!.Contains(term) || n.PublisherName.Contains(term));
        }

        var total = await notices.CountAsync(ct);
        var rows = await notices.OrderByDescending(n => n.PublishedUtc).Skip(search.Skip).Take(Math.Clamp(search.Take, 1, 100))
            .Select(n => new NoticeRow(n.Id, n.Number!, n.Type, n.Title, n.RegionCode, n.Method, n.PublisherName, n.PublishedUtc!.Value))
            .ToListAsync(ct);
        return new Page<NoticeRow>(rows, total);
    }

    public async Task<Notice?> PublishedAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.Status == NoticeStatus.Published, ct);
    }

    public async Task<Notice?> ByNumberAsync(string number, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Number == number && n.Status == NoticeStatus.Published, ct);
    }
}

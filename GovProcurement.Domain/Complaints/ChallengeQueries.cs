using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Complaints;

/// <summary>An inquiry of a list with its period and rule.</summary>
public sealed record InquiryListRow(Inquiry Inquiry, IReadOnlyList<ChallengeDeadline> Deadlines);

/// <summary>A challenge of a list with its periods and rules, and the number and status of its complaint when one was filed.</summary>
public sealed record ChallengeListRow(Challenge Challenge, IReadOnlyList<ChallengeDeadline> Deadlines, Complaint? Complaint);

/// <summary>A complaint of a list with its periods and rules.</summary>
public sealed record ComplaintListRow(Complaint Complaint, IReadOnlyList<ChallengeDeadline> Deadlines);

/// <summary>
/// The inquiries, challenges and complaints an organisation reads, a page at a time in the database and
/// scoped by <see cref="ChallengeVisibility"/>: a supplier those it raised, a budget unit or agency those
/// on its projects, a finance department its region's. Each row carries its periods on the working-day
/// calendar with the rules in force on the day it was filed, as the pages show them.
/// </summary>
public sealed class ChallengeQueries(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, TimeProvider time)
{
    public const int MaxTake = 100;

    public async Task<Page<InquiryListRow>> InquiriesAsync(Actor actor, InquiryStatus? status, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var query = ChallengeVisibility.Scope(db.Inquiries.AsNoTracking(), await ActorStanding.LoadAsync(db, actor, ct));
        if (status is { } wanted)
        {
            query = query.Where(i => i.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(i => i.AskedUtc).ThenBy(i => i.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxTake)).ToListAsync(ct);
        var set = await rules.CurrentAsync(ct);
        return new Page<InquiryListRow>(rows.Select(i => new InquiryListRow(i, ChallengeDeadlines.For(i, ChallengeRules.On(set, i.RegionCode, i.AskedOn), WorkingDayCalendar.China))).ToList(), total);
    }

    public async Task<Page<ChallengeListRow>> ChallengesAsync(Actor actor, ChallengeStatus? status, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var query = ChallengeVisibility.Scope(db.Challenges.AsNoTracking(), await ActorStanding.LoadAsync(db, actor, ct));
        if (status is { } wanted)
        {
            query = query.Where(c => c.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.FiledUtc).ThenBy(c => c.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxTake)).ToListAsync(ct);
        var ids = rows.Select(c => c.Id).ToList();
        var complaints = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.ChallengeId)).ToDictionaryAsync(c => c.ChallengeId, ct);
        var set = await rules.CurrentAsync(ct);
        return new Page<ChallengeListRow>(rows.Select(c =>
        {
            var complaint = complaints.GetValueOrDefault(c.Id);
            return new ChallengeListRow(c, ChallengeDeadlines.For(c, ChallengeRules.On(set, c.RegionCode, c.FiledOn), WorkingDayCalendar.China, complaint?.FiledOn), complaint);
        }).ToList(), total);
    }

    public async Task<Page<ComplaintListRow>> ComplaintsAsync(Actor actor, ComplaintStatus? status, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var query = ChallengeVisibility.Scope(db.Complaints.AsNoTracking(), await ActorStanding.LoadAsync(db, actor, ct));
        if (status is { } wanted)
        {
            query = query.Where(c => c.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.FiledUtc).ThenBy(c => c.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxTake)).ToListAsync(ct);
        var set = await rules.CurrentAsync(ct);
        var today = time.TodayInChina();
        return new Page<ComplaintListRow>(rows.Select(c =>
            new ComplaintListRow(c, ChallengeDeadlines.For(c, ChallengeRules.On(set, c.RegionCode, c.FiledOn), WorkingDayCalendar.China, today))).ToList(), total);
    }
}

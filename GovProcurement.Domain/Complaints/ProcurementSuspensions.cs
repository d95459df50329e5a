using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Complaints;

/// <summary>
/// A suspension of the procurement the finance department ordered while handling a complaint (政府采购法第五十七条):
/// while it runs (<see cref="Complaint.SuspendsOn"/>, its last day included) the purchaser and the agency take no step of
/// the project (<see cref="Projects.ProjectActions"/>) and no contract of it is signed (<see cref="SigningHolds"/>).
/// </summary>
public static class ProcurementSuspensions
{
    public const string Citation = "《中华人民共和国政府采购法》第五十七条";

    /// <summary>Why the project's steps are withheld today: the running suspension that ends last, or null.</summary>
    public static async Task<Refusal?> ForProjectAsync(GovProcurementDbContext db, Guid? projectId, DateOnly today, CancellationToken ct)
    {
        if (projectId is not { } id)
        {
            return null;
        }

        var candidates = await db.Complaints.AsNoTracking()
            .Where(c => c.ProjectId == id && c.SuspendedUntil != null && c.SuspendedUntil >= today).ToListAsync(ct);
        return Of(candidates, today);
    }

    /// <summary>The refusal of the running suspension among <paramref name="complaints"/> that ends last, or null when none runs today.</summary>
    public static Refusal? Of(IEnumerable<Complaint> complaints, DateOnly today) =>
        complaints.Where(c => c.SuspendsOn(today)).OrderByDescending(c => c.SuspendedUntil).FirstOrDefault() is { } running
            ? Refusal(running.Number, running.SuspendedUntil!.Value)
            : null;

    public static Refusal Refusal(string complaintNumber, DateOnly lastDay) => new(
        $"财政部门处理投诉 {complaintNumber} 期间已书面通知暂停采购活动，至 {lastDay:yyyy-MM-dd}（含当日）止；暂停期间不得进行该项采购活动，也不得签订合同。",
        $"While handling complaint {complaintNumber} the finance department has suspended the procurement until {lastDay:yyyy-MM-dd} (that day included): no procurement step and no contract signing until then.",
        Citation);
}

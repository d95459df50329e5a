using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>
/// The to-do items of framework call-offs, from the same answer the call-off page renders: an admitted
/// supplier quotes in an open second competition; the unit's operator reads a decided one's result.
/// </summary>
public static class FrameworkWorkItems
{
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        if (standing.IsIn(Roles.Supplier))
        {
            var admitted = db.FrameworkAgreements.Where(a => a.Suppliers.Any(s => s.SupplierId == org)).Select(a => a.Id);
            var open = await db.FrameworkCallOffs.AsNoTracking().Include(c => c.Quotes)
                .Where(c => c.Status == CallOffStatus.Quoting && c.ClosesUtc > nowUtc && admitted.Contains(c.AgreementId))
                .OrderBy(c => c.ClosesUtc).Take(take).ToListAsync(ct);
            var facts = new CallOffSupplierFacts(true, false, null);
            items.AddRange(open.Where(c => CallOffSteps.For(c, standing, facts with { HasQuoted = c.Quotes.Any(q => q.SupplierId == org) }, nowUtc).Allows(CallOffAction.Quote))
                .Select(c => new WorkItem(WorkKind.QuoteSecondCompetition, $"{c.AgreementTitle} · {c.ItemName}", Href(c), c.CreatedUtc)));
        }

        if (standing.IsIn(Roles.PurchaserOperator))
        {
            var decided = await db.FrameworkCallOffs.AsNoTracking().Where(c => c.UnitId == org && c.DecidedUtc != null && c.ResultNotedUtc == null)
                .OrderBy(c => c.DecidedUtc).Take(take).ToListAsync(ct);
            items.AddRange(decided.Where(c => CallOffSteps.For(c, standing, CallOffSupplierFacts.None, nowUtc).Allows(CallOffAction.NoteResult))
                .Select(c => new WorkItem(WorkKind.ReadCallOffResult, $"{c.AgreementTitle} · {c.ItemName}", Href(c), c.DecidedUtc!.Value)));
        }

        return items;
    }

    private static string Href(FrameworkCallOff callOff) => $"/mall/calloffs/{callOff.Id}";
}

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
    /// <summary>
    /// What waits for the actor, by kind, as store queries: each is the call-off answer's own condition (an
    /// admitted supplier that has not quoted while quotes are taken; the unit's decided call-off whose result
    /// is unread), so the list reads the oldest of each and the navigation counts each whole.
    /// </summary>
    public static IEnumerable<WorkQuery<FrameworkCallOff>> Waiting(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc)
    {
        if (standing.IsIn(Roles.Supplier))
        {
            var admitted = db.FrameworkAgreements.Where(a => a.Suppliers.Any(s => s.SupplierId == org)).Select(a => a.Id);
            yield return new(WorkKind.QuoteSecondCompetition, db.FrameworkCallOffs.Where(c => c.Status == CallOffStatus.Quoting && c.ClosesUtc > nowUtc
                && admitted.Contains(c.AgreementId) && !c.Quotes.Any(q => q.SupplierId == org)));
        }

        if (standing.IsIn(Roles.PurchaserOperator))
        {
            yield return new(WorkKind.ReadCallOffResult, db.FrameworkCallOffs.Where(c => c.UnitId == org && c.DecidedUtc != null && c.ResultNotedUtc == null));
        }
    }

    /// <summary>The oldest <paramref name="take"/> of each kind that waits, kept where the call-off's answer offers the step.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in Waiting(db, standing, org, nowUtc))
        {
            if (kind == WorkKind.QuoteSecondCompetition)
            {
                var open = await waiting.AsNoTracking().Include(c => c.Quotes).OrderBy(c => c.ClosesUtc).Take(take).ToListAsync(ct);
                var facts = new CallOffSupplierFacts(true, false, null);
                items.AddRange(open.Where(c => CallOffSteps.For(c, standing, facts with { HasQuoted = c.Quotes.Any(q => q.SupplierId == org) }, nowUtc).Allows(CallOffAction.Quote))
                    .Select(c => new WorkItem(WorkKind.QuoteSecondCompetition, $"{c.AgreementTitle} · {c.ItemName}", Href(c), c.CreatedUtc)));
                continue;
            }

            var decided = await waiting.AsNoTracking().OrderBy(c => c.DecidedUtc).Take(take).ToListAsync(ct);
            items.AddRange(decided.Where(c => CallOffSteps.For(c, standing, CallOffSupplierFacts.None, nowUtc).Allows(CallOffAction.NoteResult))
                .Select(c => new WorkItem(WorkKind.ReadCallOffResult, $"{c.AgreementTitle} · {c.ItemName}", Href(c), c.DecidedUtc!.Value)));
        }

        return items;
    }

    private static string Href(FrameworkCallOff callOff) => $"/mall/calloffs/{callOff.Id}";
}

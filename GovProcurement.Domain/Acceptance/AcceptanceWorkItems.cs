using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Acceptance;

/// <summary>
/// The to-do items of acceptance, from the same answer the acceptance page renders: the purchaser's operator records
/// the deliveries of a signed contract (none recorded yet, delivering, or again after a failed acceptance), runs the
/// acceptance of a delivered one (plan, result), and confirms a concluded record; the supplier confirms it too.
/// </summary>
public static class AcceptanceWorkItems
{
    private static readonly AcceptanceStatus[] Delivering = [AcceptanceStatus.Delivering, AcceptanceStatus.Failed];

    private static readonly AcceptanceStatus[] Running = [AcceptanceStatus.Delivered, AcceptanceStatus.Planned];

    /// <summary>The signed contracts of the purchaser's unit with no acceptance opened yet: their first delivery waits.</summary>
    public static IEnumerable<WorkQuery<GovContract>> WaitingContracts(GovProcurementDbContext db, ActorStanding standing, Guid org)
    {
        if (standing.IsIn(Roles.PurchaserOperator))
        {
            yield return new(WorkKind.RecordDelivery, db.Contracts.Where(c => c.PurchaserId == org && c.SignedOn != null && !db.Acceptances.Any(a => a.ContractId == c.Id)));
        }
    }

    /// <summary>The opened acceptances waiting for the actor, by kind: each the step's own condition in the store.</summary>
    public static IEnumerable<WorkQuery<ContractAcceptance>> Waiting(GovProcurementDbContext db, ActorStanding standing, Guid org)
    {
        if (standing.IsIn(Roles.PurchaserOperator))
        {
            yield return new(WorkKind.RecordDelivery, db.Acceptances.Where(a => a.PurchaserId == org && Delivering.Contains(a.Status)));
            yield return new(WorkKind.RunAcceptance, db.Acceptances.Where(a => a.PurchaserId == org && Running.Contains(a.Status)));
            yield return new(WorkKind.ConfirmAcceptance, db.Acceptances.Where(a => a.PurchaserId == org && a.Status == AcceptanceStatus.Concluded && a.PurchaserDigest == null));
        }

        if (standing.IsIn(Roles.Supplier))
        {
            yield return new(WorkKind.ConfirmAcceptance, db.Acceptances.Where(a => a.SupplierId == org && a.Status == AcceptanceStatus.Concluded && a.SupplierDigest == null));
        }
    }

    public static void Tally(WorkTally tally, GovProcurementDbContext db, ActorStanding standing, Guid org)
    {
        tally.Add(WaitingContracts(db, standing, org));
        tally.Add(Waiting(db, standing, org));
    }

    /// <summary>The oldest <paramref name="take"/> of each kind that waits, kept where the acceptance's answer offers a step of the kind.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in WaitingContracts(db, standing, org))
        {
            foreach (var c in await waiting.AsNoTracking().OrderBy(c => c.SignedOn).Take(take).ToListAsync(ct))
            {
                if (AcceptanceSteps.For(ContractAcceptance.Open(c, "", c.CreatedUtc), true, standing).Allows(AcceptanceAction.RecordDelivery))
                {
                    items.Add(new WorkItem(kind, Title(c.Number, c.PurchaserName, c.SupplierName), Href(c.Id), c.PurchaserConfirmedUtc ?? c.CreatedUtc));
                }
            }
        }

        foreach (var (kind, waiting) in Waiting(db, standing, org))
        {
            foreach (var a in await waiting.AsNoTracking().OrderBy(a => a.CreatedUtc).Take(take).ToListAsync(ct))
            {
                var steps = AcceptanceSteps.For(a, true, standing);
                if (StepsOf(kind, standing).Any(steps.Allows))
                {
                    items.Add(new WorkItem(kind, Title(a.ContractNumber, a.PurchaserName, a.SupplierName), Href(a.ContractId), a.ConcludedUtc ?? a.CreatedUtc));
                }
            }
        }

        return items;
    }

    /// <summary>The steps a to-do of the kind stands for.</summary>
    public static IReadOnlyList<AcceptanceAction> StepsOf(WorkKind kind, ActorStanding standing) => kind switch
    {
        WorkKind.RecordDelivery => [AcceptanceAction.RecordDelivery, AcceptanceAction.CompleteDelivery],
        WorkKind.RunAcceptance => [AcceptanceAction.PlanAcceptance, AcceptanceAction.RecordResult],
        WorkKind.ConfirmAcceptance when standing.IsIn(Roles.Supplier) => [AcceptanceAction.ConfirmAsSupplier],
        WorkKind.ConfirmAcceptance => [AcceptanceAction.ConfirmAsPurchaser],
        _ => [],
    };

    private static string Title(string number, string purchaser, string supplier) => $"{number} {purchaser} → {supplier}";

    private static string Href(Guid contractId) => $"/contracts/{contractId}/acceptance";
}

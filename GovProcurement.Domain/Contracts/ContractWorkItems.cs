using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Contracts;

/// <summary>The to-do items of contracts, from the same answer the contract page renders: the supplier confirms a sent contract; the region's finance department files an announced one.</summary>
public static class ContractWorkItems
{
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        if (standing.IsIn(Roles.Supplier))
        {
            var sent = await db.Contracts.AsNoTracking().Where(c => c.SupplierId == org && c.Status == ContractStatus.SentToSupplier)
                .OrderBy(c => c.CreatedUtc).Take(take).ToListAsync(ct);
            foreach (var c in sent)
            {
                if (ContractSteps.For(c, standing, await Complaints.SigningHolds.ForProjectAsync(db, c.ProjectId, ct)).Allows(ContractAction.ConfirmAsSupplier))
                {
                    items.Add(new WorkItem(WorkKind.ConfirmContract, Title(c), Href(c), c.CreatedUtc));
                }
            }
        }

        if (standing.IsIn(Roles.Regulator) && standing.RegionCode is { } region)
        {
            var announced = await db.Contracts.AsNoTracking().Where(c => c.RegionCode == region && c.Status == ContractStatus.Published)
                .OrderBy(c => c.PublishedUtc).Take(take).ToListAsync(ct);
            items.AddRange(announced.Where(c => ContractSteps.For(c, standing).Allows(ContractAction.File))
                .Select(c => new WorkItem(WorkKind.FileContract, Title(c), Href(c), c.PublishedUtc!.Value)));
        }

        return items;
    }

    private static string Title(GovContract c) => $"{c.Number} {c.PurchaserName} → {c.SupplierName}";

    private static string Href(GovContract c) => $"/contracts/{c.Id}";
}

using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Contracts;

/// <summary>The to-do items of contracts, from the same answer the contract page renders: the supplier confirms a sent contract; the region's finance department files an announced one.</summary>
public static class ContractWorkItems
{
    private static readonly ComplaintRemedy[] RemediesAgainstTheResult = [ComplaintRemedy.RepeatProcurement, ComplaintRemedy.ChangeResult, ComplaintRemedy.VoidContract];

    /// <summary>
    /// What waits for the actor, by kind, as store queries: each is the contract answer's own condition (the
    /// supplier of a sent contract whose current text it has not confirmed (a change of the text voids the
    /// confirmations, so a stored confirmation is of the current text), its project's signing not held;
    /// the finance department of an announced contract's region), so the list reads the oldest of each and
    /// the navigation counts each whole.
    /// </summary>
    public static IEnumerable<WorkQuery<GovContract>> Waiting(GovProcurementDbContext db, ActorStanding standing, Guid org)
    {
        if (standing.IsIn(Roles.Supplier))
        {
            var held = HeldProjects(db);
            yield return new(WorkKind.ConfirmContract, db.Contracts.Where(c => c.SupplierId == org && c.Status == ContractStatus.SentToSupplier
                && c.SupplierDigest == null && !(c.ProjectId != null && held.Contains(c.ProjectId.Value))));
        }

        if (standing.IsIn(Roles.Regulator) && standing.Kind == OrganizationKind.Regulator && standing.RegionCode is { } region)
        {
            yield return new(WorkKind.FileContract, db.Contracts.Where(c => c.RegionCode == region && c.Status == ContractStatus.Published && c.PublishedUtc != null));
        }
    }

    /// <summary>The oldest <paramref name="take"/> of each kind that waits, kept where the contract's answer offers the step.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateOnly today, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in Waiting(db, standing, org))
        {
            if (kind == WorkKind.ConfirmContract)
            {
                foreach (var c in await waiting.AsNoTracking().OrderBy(c => c.CreatedUtc).Take(take).ToListAsync(ct))
                {
                    if (ContractSteps.For(c, standing, await SigningHolds.ForProjectAsync(db, c.ProjectId, today, ct)).Allows(ContractAction.ConfirmAsSupplier))
                    {
                        items.Add(new WorkItem(WorkKind.ConfirmContract, Title(c), Href(c), c.CreatedUtc));
                    }
                }

                continue;
            }

            var announced = await waiting.AsNoTracking().OrderBy(c => c.PublishedUtc).Take(take).ToListAsync(ct);
            items.AddRange(announced.Where(c => ContractSteps.For(c, standing).Allows(ContractAction.File))
                .Select(c => new WorkItem(WorkKind.FileContract, Title(c), Href(c), c.PublishedUtc!.Value)));
        }

        return items;
    }

    /// <summary>
    /// The projects whose signing <see cref="SigningHolds"/> suspends, as a store query: a challenge awaiting
    /// its answer, a complaint not yet decided, or a decision against the original result (实施条例第五十四条).
    /// </summary>
    private static IQueryable<Guid> HeldProjects(GovProcurementDbContext db) =>
        db.Challenges.Where(c => c.Status == ChallengeStatus.Filed).Select(c => c.ProjectId)
            .Concat(db.Complaints.Where(c => c.Status != ComplaintStatus.Rejected && (c.Status != ComplaintStatus.Decided || RemediesAgainstTheResult.Contains(c.Remedy)))
                .Select(c => c.ProjectId));

    private static string Title(GovContract c) => $"{c.Number} {c.PurchaserName} → {c.SupplierName}";

    private static string Href(GovContract c) => $"/contracts/{c.Id}";
}

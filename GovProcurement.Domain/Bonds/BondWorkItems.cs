using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Bonds;

/// <summary>
/// The to-do items of bonds, from the same answer the project page renders: the purchaser's operator or the agency
/// confirms receiving bonds the suppliers recorded as paid, and refunds received bonds whose refund period runs
/// (the award notice issued, the winner's contract signed, the performance period come to its last day). A bid bond
/// links to its project's page, a performance bond to its contract's page (where the panel of performance bonds is).
/// The panels show a performance bond's refund deadline from the start (the period's last day is known when the
/// contract is drafted); it waits for someone only from that last day (合同履行期限届满之日), the day its refund period
/// counts from, as a bid bond's waits from the day of the award notice.
/// </summary>
public static class BondWorkItems
{
    /// <summary>
    /// The bonds waiting for the actor, by kind, each the step's own condition in the store: the holder of the bond
    /// (<see cref="BondSteps"/>: the purchaser's operator of its unit, or the project's entrusted agency), the status the step
    /// leaves from, and, for a refund, the day its period counts from has come on <paramref name="today"/>: the last day
    /// of the performance period of a performance bond's contract; the award notice of a bid bond, and the winner's
    /// contract signed. The list reads the oldest of these and the navigation counts them whole, so the two cannot disagree.
    /// </summary>
    public static IEnumerable<WorkQuery<Bond>> Waiting(GovProcurementDbContext db, ActorStanding standing, Guid org, DateOnly today)
    {
        var asPurchaser = standing.IsIn(Roles.PurchaserOperator);
        var asAgency = standing.IsIn(Roles.Agency);
        if (!asPurchaser && !asAgency)
        {
            yield break;
        }

        var held = db.Bonds.Where(b => (asPurchaser && b.PurchaserId == org) || (asAgency && b.AgencyId == org));
        yield return new(WorkKind.ConfirmBondReceipt, held.Where(b => b.Status == BondStatus.Paid));

        var winners = db.LotResults.InCurrentRounds(db.Projects);
        yield return new(WorkKind.RefundBond, held.Where(b => b.Status == BondStatus.Received
            && ((b.Kind == BondKind.Performance && db.Contracts.Any(c => c.Id == b.ContractId && (c.PerformanceTo <= today || c.VoidedOn <= today)))
                || (b.Kind == BondKind.Bid
                    && db.Projects.Any(p => p.Id == b.ProjectId && p.ResultPublishedUtc != null)
                    && (!winners.Any(r => r.ProjectId == b.ProjectId && r.WinnerSupplierId == b.SupplierId && (b.LotNumber == 0 || r.LotNumber == b.LotNumber))
                        || db.Contracts.Any(c => c.ProjectId == b.ProjectId && c.SupplierId == b.SupplierId && c.SignedOn != null
                            && (b.LotNumber == 0 || ("," + c.LotNumbers + ",").Contains("," + b.LotNumber.ToString() + ","))))))));
    }

    /// <summary>Counts every kind above into the tally, in the store.</summary>
    public static void Tally(WorkTally tally, GovProcurementDbContext db, ActorStanding standing, Guid org, DateOnly today) => tally.Add(Waiting(db, standing, org, today));

    /// <summary>The oldest <paramref name="take"/> of each kind that waits, kept where the bond's answer offers the step.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, RuleSet rules, ActorStanding standing, Guid org, DateOnly today, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in Waiting(db, standing, org, today))
        {
            var oldest = kind == WorkKind.ConfirmBondReceipt ? waiting.OrderBy(b => b.PaidUtc) : waiting.OrderBy(b => b.ReceivedUtc);
            var bonds = await oldest.ThenBy(b => b.Id).AsNoTracking().Take(take).ToListAsync(ct);
            var facts = kind == WorkKind.RefundBond ? await BondDeadlines.FactsAsync(db, bonds, ct) : new Dictionary<Guid, BondFacts>();
            foreach (var bond in bonds)
            {
                var steps = BondSteps.For(bond, standing);
                var title = $"{bond.Reference} {bond.Title} · {BondTexts.Kind(bond.Kind).Zh} · {bond.SupplierName}";
                var href = bond.Kind == BondKind.Bid ? $"/projects/{bond.ProjectId}" : $"/contracts/{bond.ContractId}";
                if (kind == WorkKind.ConfirmBondReceipt && steps.Allows(BondAction.ConfirmReceipt))
                {
                    var paid = bond.PaidUtc!.Value;
                    items.Add(new WorkItem(kind, title, href, paid, WorkingDayCalendar.China.WorkingDaysBetween(Common.BeijingTime.Day(paid), today)));
                }
                else if (kind == WorkKind.RefundBond && steps.Allows(BondAction.Refund)
                    && BondDeadlines.RefundDue(bond, facts.GetValueOrDefault(bond.Id, BondFacts.None), BondDesk.TermsOf(rules, bond), WorkingDayCalendar.China) is { } due)
                {
                    items.Add(new WorkItem(kind, $"{title} · 应于 {due.Due:yyyy-MM-dd} 前退还", href, bond.ReceivedUtc!.Value));
                }
            }
        }

        return items;
    }
}

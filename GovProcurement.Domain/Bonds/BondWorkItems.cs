using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Bonds;

/// <summary>
/// The to-do items of bonds, from the same answer the project page renders: the purchaser's operator or the agency
/// confirms receiving bonds the suppliers recorded as paid, and refunds received bonds whose refund period runs
/// (the award notice issued, the winner's contract signed, the performance period over). A bid bond links to its
/// project's page, a performance bond to its contract's page (where the panel of performance bonds is).
/// </summary>
public static class BondWorkItems
{
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, RuleSet rules, ActorStanding standing, Guid org, DateOnly today, int take, CancellationToken ct)
    {
        if (!standing.IsIn(Roles.PurchaserOperator) && !standing.IsIn(Roles.Agency))
        {
            return [];
        }

        var held = await db.Bonds.AsNoTracking().Where(b => (b.PurchaserId == org || b.AgencyId == org) && (b.Status == BondStatus.Paid || b.Status == BondStatus.Received))
            .OrderBy(b => b.PaidUtc).Take(take).ToListAsync(ct);
        var facts = await BondDeadlines.FactsAsync(db, held, ct);
        var items = new List<WorkItem>();
        foreach (var bond in held)
        {
            var steps = BondSteps.For(bond, standing);
            var title = $"{bond.Reference} {bond.Title} · {BondTexts.Kind(bond.Kind).Zh} · {bond.SupplierName}";
            var href = bond.Kind == BondKind.Bid ? $"/projects/{bond.ProjectId}" : $"/contracts/{bond.ContractId}";
            if (steps.Allows(BondAction.ConfirmReceipt))
            {
                items.Add(new WorkItem(WorkKind.ConfirmBondReceipt, title, href, bond.PaidUtc!.Value, WorkingDayCalendar.China.WorkingDaysBetween(Common.BeijingTime.Day(bond.PaidUtc!.Value), today)));
            }
            else if (steps.Allows(BondAction.Refund)
                && BondDeadlines.RefundDue(bond, facts.GetValueOrDefault(bond.Id, BondFacts.None), BondDesk.TermsOf(rules, bond), WorkingDayCalendar.China) is { } due)
            {
                items.Add(new WorkItem(WorkKind.RefundBond, $"{title} · 应于 {due.Due:yyyy-MM-dd} 前退还", href, bond.ReceivedUtc!.Value));
            }
        }

        return items;
    }
}

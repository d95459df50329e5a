using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Contracts;

/// <summary>A contract already drafted from an award or order, as the actor may open it.</summary>
public sealed record DraftedContract(Guid Id, string Number, ContractStatus Status)
{
    public string Href => $"/contracts/{Id}";
}

/// <summary>What one contract is drafted from: one winner's lot of a project's award, or one e-mall order.</summary>
public sealed record ContractSubject(Guid? ProjectId, Guid? SupplierId, int? Lot, Guid? OrderId)
{
    public static ContractSubject ForAward(Guid projectId, Guid supplierId, int lot) => new(projectId, supplierId, lot, null);

    public static ContractSubject ForOrder(Guid orderId) => new(null, null, null, orderId);

    /// <summary>The draft form's address.</summary>
    public string DraftHref => OrderId is { } order
        ? $"/contracts/new?order={order}"
        : $"/contracts/new?project={ProjectId}&supplier={SupplierId}&lot={Lot}";
}

/// <summary>
/// A contract that may be drafted: from what, from whom it would be, for how much, and, when it may not be drafted now, why not;
/// once drafted, the contract itself when the actor reads it (a party, the region's finance department or the project's entrusted agency).
/// </summary>
public sealed record ContractOpening(ContractSubject Subject, ContractOrigin Origin, Refusal? WhyNot, DraftedContract? Contract = null)
{
    public bool IsAvailable => WhyNot is null;

    /// <summary>The draft form's address.</summary>
    public string DraftHref => Subject.DraftHref;
}

/// <summary>
/// The awards and orders a contract is drafted from: each lot of a project's current round with a winner once its
/// result is announced (up to the lot's winning price; the contract is signed per winning supplier and lot), and each
/// e-mall order its supplier has confirmed (up to its total). Only the purchaser's operator drafts, once per lot or order.
/// A contract drafted before contracts were per lot covers all the lots its supplier won: it stands for each of them once.
/// </summary>
public static class ContractOrigins
{
    private static readonly OrderStatus[] BoundOrders = [OrderStatus.Confirmed, OrderStatus.Delivered, OrderStatus.Received];

    public static async Task<IReadOnlyList<ContractOpening>> ForProjectAsync(GovProcurementDbContext db, Guid projectId, ActorStanding who, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project?.ResultPublishedUtc is not { } announced)
        {
            return [];
        }

        var results = await db.LotResults.AsNoTracking().OfCurrentRound(project).Where(r => r.WinnerSupplierId != null).ToListAsync(ct);
        var ids = results.Select(r => r.WinnerSupplierId!.Value).Append(project.PurchaserId).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var planNumber = await db.Plans.AsNoTracking().Where(p => p.Id == project.PlanId).Select(p => p.Number).FirstOrDefaultAsync(ct) ?? "";
        // A contract voided by a complaint decision no longer stands for its award: the repeated round's winner drafts anew.
        var drafted = await db.Contracts.AsNoTracking().Where(c => c.ProjectId == projectId && c.ParentId == null && c.Status != ContractStatus.Voided).ToListAsync(ct);
        var agency = who.IsIn(Roles.Agency) && who.Belongs(project.AgencyId);
        var shown = new HashSet<Guid>();
        var openings = new List<ContractOpening>();
        foreach (var won in results.OrderBy(r => names.GetValueOrDefault(r.WinnerSupplierId!.Value, ""), StringComparer.Ordinal).ThenBy(r => r.LotNumber))
        {
            var supplierId = won.WinnerSupplierId!.Value;
            var contract = drafted.FirstOrDefault(c => c.SupplierId == supplierId && c.Covers(won.LotNumber));
            if (contract is not null && !shown.Add(contract.Id))
            {
                continue;
            }

            var origin = new ContractOrigin(ContractSource.Award, project.Id, contract?.LotNumbers ?? won.LotNumber.ToString(), null, project.Number, project.Title,
                planNumber, project.RegionCode, project.PurchaserId, names.GetValueOrDefault(project.PurchaserId, ""), supplierId, names.GetValueOrDefault(supplierId, ""),
                won.WinningPrice ?? Money.Zero, BeijingTime.Day(announced), project.Category);
            openings.Add(new ContractOpening(ContractSubject.ForAward(project.Id, supplierId, won.LotNumber), origin,
                Purchaser(origin, who) ?? (contract is null ? null : AlreadyDrafted), Readable(contract, who, agency)));
        }

        return openings;
    }

    public static async Task<ContractOpening?> ForOrderAsync(GovProcurementDbContext db, Guid orderId, ActorStanding who, CancellationToken ct)
    {
        var order = await db.MallOrders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return null;
        }

        var origin = new ContractOrigin(ContractSource.MallOrder, null, "", order.Id, order.Number, OrderNotices.Title(order).Replace("成交结果公告", "", StringComparison.Ordinal),
            order.PlanNumber, order.RegionCode, order.UnitId, order.UnitName, order.SupplierId, order.SupplierName, order.Total,
            BeijingTime.Day(order.ConfirmedUtc ?? order.CreatedUtc), Kind(order));
        var contract = await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.OrderId == orderId && c.ParentId == null, ct);
        var why = Purchaser(origin, who)
            ?? (!BoundOrders.Contains(order.Status) ? new Refusal("供应商确认订单后才能起草合同。", "A contract is drafted once the supplier has confirmed the order.") : null)
            ?? (contract is null ? null : AlreadyDrafted);
        return new ContractOpening(ContractSubject.ForOrder(order.Id), origin, why, Readable(contract, who, agency: false));
    }

    /// <summary>The order's lines as the contract's items, to start the draft from.</summary>
    public static async Task<IReadOnlyList<ContractItem>> ItemsAsync(GovProcurementDbContext db, ContractOrigin origin, CancellationToken ct)
    {
        if (origin.OrderId is not { } orderId)
        {
            return [];
        }

        return await db.MallOrders.AsNoTracking().Where(o => o.Id == orderId).SelectMany(o => o.Lines)
            .OrderBy(l => l.LineNumber).Select(l => new ContractItem(l.Name, l.Unit, l.Quantity, l.UnitPrice)).ToListAsync(ct);
    }

    /// <summary>An order's contract is of its lines' category; the e-mall sells goods unless its lines say otherwise.</summary>
    private static ProcurementCategory Kind(MallOrder order) =>
        order.Lines.Select(l => CatalogueDirectory.Shipped.Find(l.CatalogueCode)?.Category).FirstOrDefault(c => c is not null) ?? ProcurementCategory.Goods;

    private static DraftedContract? Readable(GovContract? contract, ActorStanding who, bool agency) =>
        contract is not null && (agency || GovContracts.Sees(contract, who)) ? new DraftedContract(contract.Id, contract.Number, contract.Status) : null;

    private static readonly Refusal AlreadyDrafted = new("已为此起草合同。", "A contract has been drafted for this already.");

    private static Refusal? Purchaser(ContractOrigin origin, ActorStanding who) =>
        who.WhyNotRole(Roles.PurchaserOperator) ?? (who.Belongs(origin.PurchaserId) ? null
            : new Refusal("只能为本单位起草合同。", "You can only draft your own unit's contracts.", ground: RefusalGround.Jurisdiction));
}

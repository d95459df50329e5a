using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>
/// The use cases of the e-mall order: 网上直购 from the cart (priced at the listings' current approved
/// prices, never above the plan line's remaining amount, consumed through <see cref="PlanLineLedger"/>
/// in the same save and given back when declined, lapsed or cancelled), the supplier's and purchaser's
/// steps (each requiring <see cref="OrderSteps"/>), the platform's lapse of unconfirmed orders, and
/// <see cref="RecordAwardAsync"/>, which every competitive method calls when its winner is bound.
/// </summary>
public sealed class MallOrders(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, AuditLog audit, TimeProvider time)
{
    /// <summary>The most lapsed orders one run decides; the next run takes the rest.</summary>
    public const int LapsesPerRun = 100;

    /// <summary>The cart priced now for the actor's plan line (the plan page's step must allow direct purchase).</summary>
    public async Task<CartView> PriceAsync(CartForm cart, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (plan, line) = await PlanExecution.RequireAsync(db, cart.PlanId, cart.PlanItemId, actor, EMallStep.DirectPurchase, ct);
        return await PriceAsync(db, plan, line, cart, ct);
    }

    /// <summary>Orders the cart from its one supplier: the prices are taken now and recorded on the lines, the total comes off the plan line.</summary>
    public async Task<MallOrder> PlaceAsync(CartForm cart, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (plan, line) = await PlanExecution.RequireAsync(db, cart.PlanId, cart.PlanItemId, actor, EMallStep.DirectPurchase, ct);
        var priced = await PriceAsync(db, plan, line, cart, ct);
        if (priced.WhyNot is { } refusal)
        {
            throw refusal.ToException();
        }

        var now = time.UtcNow();
        var terms = OrderRules.On(await rules.CurrentAsync(ct), plan.RegionCode, BeijingTime.Day(now));
        var parties = await PartiesAsync(db, plan, line, priced.SupplierId!.Value, ct);
        var order = MallOrder.Place(parties, priced.Items, terms.Confirmation, terms.ConfirmationCitation, actor.UserName, now);
        var balance = await PlanLineLedger.OpenAsync(db, plan, line, now, ct);
        balance.Consume(PlanLineUse.DirectPurchase, order.Id, order.Number, order.Total, actor.UserName, now);
        db.MallOrders.Add(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>The supplier confirms a placed direct purchase; its result notice is published in the same save.</summary>
    public async Task ConfirmAsync(Guid orderId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var order = await LoadAsync(db, orderId, ct);
        var now = time.UtcNow();
        OrderSteps.For(order, await ActorStanding.LoadAsync(db, actor, ct), now).Require(OrderAction.Confirm);
        order.Confirm(now);
        var (_, record) = OrderNotices.Publish(db, order, actor.UserName, now);
        await audit.SaveWithAsync(db, [record], ct);
    }

    public Task DeclineAsync(Guid orderId, string reason, Actor actor, CancellationToken ct = default) =>
        StepAsync(orderId, actor, OrderAction.Decline, (o, now) => o.Decline(reason, now), giveBack: true, ct);

    public Task DeliverAsync(Guid orderId, Actor actor, CancellationToken ct = default) =>
        StepAsync(orderId, actor, OrderAction.Deliver, (o, now) => o.Deliver(now), giveBack: false, ct);

    public Task ReceiveAsync(Guid orderId, Actor actor, CancellationToken ct = default) =>
        StepAsync(orderId, actor, OrderAction.Receive, (o, now) => o.Receive(now), giveBack: false, ct);

    public Task CancelAsync(Guid orderId, string reason, Actor actor, CancellationToken ct = default) =>
        StepAsync(orderId, actor, OrderAction.Cancel, (o, now) => o.Cancel(reason, now), giveBack: true, ct);

    /// <summary>The order and the steps the actor may take on it, or null when the actor is neither of its parties.</summary>
    public async Task<(MallOrder Order, ActionSet<OrderAction> Steps)?> GetAsync(Guid orderId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var order = await db.MallOrders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        if (order is null || !(standing.Belongs(order.UnitId) || standing.Belongs(order.SupplierId)))
        {
            return null;
        }

        return (order, OrderSteps.For(order, standing, time.UtcNow()));
    }

    /// <summary>The orders of the actor's organization (as purchaser unit or as supplier), newest first.</summary>
    public async Task<IReadOnlyList<MallOrder>> ListAsync(Actor actor, int take = 50, CancellationToken ct = default)
    {
        var org = actor.RequireOrganization();
        await using var db = await store.CreateDbContextAsync(ct);
        return await db.MallOrders.AsNoTracking().Where(o => o.UnitId == org || o.SupplierId == org)
            .OrderByDescending(o => o.CreatedUtc).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
    }

    /// <summary>A page of the orders of the actor's organization (as purchaser unit or as supplier), newest first, paged in the database.</summary>
    public async Task<Page<MallOrder>> PageAsync(Actor actor, int skip, int take, CancellationToken ct = default)
    {
        var org = actor.RequireOrganization();
        await using var db = await store.CreateDbContextAsync(ct);
        var orders = db.MallOrders.AsNoTracking().Where(o => o.UnitId == org || o.SupplierId == org);
        var total = await orders.CountAsync(ct);
        var rows = await orders.OrderByDescending(o => o.CreatedUtc).ThenBy(o => o.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, OrderFilter.MaxTake)).ToListAsync(ct);
        return new Page<MallOrder>(rows, total);
    }

    /// <summary>
    /// The platform's decision: each placed order whose confirmation period has run out lapses and gives
    /// its amount back, each in its own transaction; one lapsed meanwhile fails on the version and is skipped.
    /// </summary>
    public async Task<int> LapseDueAsync(CancellationToken ct = default)
    {
        var now = time.UtcNow();
        List<Guid> due;
        await using (var db = await store.CreateDbContextAsync(ct))
        {
            due = await db.MallOrders.AsNoTracking().Where(o => o.Status == OrderStatus.Placed && o.ConfirmDueUtc <= now)
                .OrderBy(o => o.ConfirmDueUtc).Select(o => o.Id).Take(LapsesPerRun).ToListAsync(ct);
        }

        var taken = 0;
        foreach (var id in due)
        {
            try
            {
                await using var db = await store.CreateDbContextAsync(ct);
                var order = await LoadAsync(db, id, ct);
                if (!order.IsLapsingAt(now))
                {
                    continue;
                }

                order.Lapse(now);
                await PlanLineLedger.GiveBackAsync(db, order.PlanItemId, order.Id, "system", now, ct);
                await db.SaveChangesAsync(ct);
                taken++;
            }
            catch (ConcurrencyConflictException)
            {
                // Confirmed, declined or lapsed by another run meanwhile.
            }
        }

        return taken;
    }

    /// <summary>
    /// Records the order a competitive method ends in (网上竞价, 电子反拍, 框架协议 call-off) and its result
    /// notice, inside the caller's unit of work so the award, its order and its notice are saved together
    /// or not at all: the caller saves with <c>AuditLog.SaveWithAsync(db, [award.NoticeAudit])</c>. The
    /// order starts confirmed. The caller consumes the plan line under its own source id (as
    /// <see cref="Biddings.OnlineBiddings"/> does) and calls <see cref="CancelAwardAsync"/> when it cancels.
    /// </summary>
    public static async Task<RecordedAward> RecordAwardAsync(GovProcurementDbContext db, OrderMethod method, Guid planId, Guid planItemId, Guid supplierId,
        IReadOnlyList<OrderItem> items, Guid sourceId, string sourceReference, string actor, DateTime nowUtc, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new DomainException("计划不存在。", "The plan does not exist.");
        var line = plan.Items.FirstOrDefault(i => i.Id == planItemId) ?? throw new DomainException("该计划没有这条明细。", "The plan has no such line.");
        var order = MallOrder.Award(method, await PartiesAsync(db, plan, line, supplierId, ct), items, sourceId, sourceReference, actor, nowUtc);
        db.MallOrders.Add(order);
        var (notice, record) = OrderNotices.Publish(db, order, actor, nowUtc);
        return new RecordedAward(order, notice, record);
    }

    /// <summary>Cancels the order recorded for an award, when the method that made it cancels; false when there is none to cancel.</summary>
    public static async Task<bool> CancelAwardAsync(GovProcurementDbContext db, Guid sourceId, string reason, DateTime nowUtc, CancellationToken ct = default)
    {
        var order = await db.MallOrders.FirstOrDefaultAsync(o => o.SourceId == sourceId && o.Status == OrderStatus.Confirmed, ct);
        if (order is null)
        {
            return false;
        }

        order.Cancel(reason, nowUtc);
        return true;
    }

    private async Task StepAsync(Guid orderId, Actor actor, OrderAction action, Action<MallOrder, DateTime> take, bool giveBack, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var order = await LoadAsync(db, orderId, ct);
        var now = time.UtcNow();
        OrderSteps.For(order, await ActorStanding.LoadAsync(db, actor, ct), now).Require(action);
        take(order, now);
        if (giveBack)
        {
            await PlanLineLedger.GiveBackAsync(db, order.PlanItemId, order.Id, actor.UserName, now, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<CartView> PriceAsync(GovProcurementDbContext db, ProcurementPlan plan, PlanItem line, CartForm cart, CancellationToken ct)
    {
        if (cart.Lines.Count > MallOrder.MaxLines || cart.Lines.Any(l => l.Quantity is <= 0 or > CartFormValidator.MaxQuantity))
        {
            throw new DomainException($"购物车最多 {MallOrder.MaxLines} 行，每行数量 1 至 1000000。", $"A cart has at most {MallOrder.MaxLines} lines, each of quantity 1 to 1,000,000.");
        }

        var ids = cart.Lines.Select(l => l.ListingId).Distinct().ToList();
        var listings = await ListingQueries.Visible(db, time.TodayInChina())
            .AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        return Price(cart, listings, line.CatalogueCode, (await PlanLineLedger.RemainingAsync(db, plan, ct))[line.Id]);
    }

    /// <summary>Each cart line at its listing's approved price; the listings must be visible, of the line's catalogue item and of one supplier.</summary>
    internal static CartView Price(CartForm cart, IReadOnlyDictionary<Guid, Listing> listings, string catalogueCode, Money remaining)
    {
        var items = new List<OrderItem>();
        foreach (var cartLine in cart.Lines)
        {
            if (!listings.TryGetValue(cartLine.ListingId, out var listing))
            {
                throw new DomainException("购物车中的商品已下架或不可见。", "A listing in the cart is no longer on sale.");
            }

            if (listing.CatalogueCode != catalogueCode)
            {
                throw new DomainException($"商品“{listing.Approved.Name}”不属于该计划明细的品目 {catalogueCode}。", $"{listing.Approved.Name} is not of the plan line's catalogue item {catalogueCode}.");
            }

            items.Add(new OrderItem(listing.Id, listing.ApprovedVersion, listing.CatalogueCode, listing.Approved.Name, listing.Approved.Unit, cartLine.Quantity, listing.Approved.Price));
        }

        var suppliers = cart.Lines.Select(l => listings[l.ListingId].SupplierId).Distinct().ToList();
        if (suppliers.Count > 1)
        {
            throw new DomainException("一个订单只能向一家供应商下单。", "One order is placed with one supplier.");
        }

        return new CartView(items, suppliers.Count == 1 ? suppliers[0] : null, items.Select(i => i.Amount).Total(), remaining);
    }

    private static async Task<OrderParties> PartiesAsync(GovProcurementDbContext db, ProcurementPlan plan, PlanItem line, Guid supplierId, CancellationToken ct)
    {
        var names = await db.Organizations.AsNoTracking().Where(o => o.Id == plan.UnitId || o.Id == supplierId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new OrderParties(plan.Id, plan.Number, line.Id, line.LineNumber, plan.UnitId, names[plan.UnitId], supplierId, names[supplierId], plan.RegionCode);
    }

    private static async Task<MallOrder> LoadAsync(GovProcurementDbContext db, Guid orderId, CancellationToken ct) =>
        await db.MallOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct)
        ?? throw new DomainException("订单不存在。", "The order does not exist.");
}

/// <summary>What <see cref="MallOrders.RecordAwardAsync"/> added to the caller's unit of work: the order, its result notice, and the notice's audit record to save with.</summary>
public sealed record RecordedAward(MallOrder Order, Notices.Notice Notice, AuditRecord NoticeAudit);

using FluentValidation;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>
/// The use cases of 电子反拍. Posting reserves the ceiling on the plan line (<see cref="PlanLineLedger"/>);
/// each step requires the same answer the page rendered (<see cref="AuctionSteps"/>) and saves in one
/// transaction with its audit record, then signals the open pages and the clocks
/// (<see cref="ILiveSignals"/>, topic <see cref="Topic"/>). <see cref="TakeDueAsync"/> is the platform's
/// own step, run by <see cref="AuctionClock"/>: it opens what is due and closes what has ended, the
/// close releasing the reservation and, with a winner, consuming the winning bid and recording its
/// order and result notice (<see cref="Orders.MallOrders.RecordAwardAsync"/>) in the same save.
/// </summary>
public sealed class ReverseAuctions(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, AuctionEligibility eligibility, AuditLog audit, ILiveSignals signals, TimeProvider time)
{
    /// <summary>The live-signal topic of auctions; the id is the auction's.</summary>
    public const string Topic = "auction";

    /// <summary>How often a bid that lost a race is read and judged again before the conflict is reported.</summary>
    public const int BidAttempts = 5;

    /// <summary>The most due auctions one run takes; the next run takes the rest.</summary>
    public const int StepsPerRun = 100;

    public const string ClockActor = "platform";

    /// <summary>Posts an auction from a plan line the actor's answer allows it on; the ceiling is reserved on the line in the same save.</summary>
    public async Task<ReverseAuction> PostAsync(AuctionRequirement requirement, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (plan, line) = await PlanExecution.RequireAsync(db, requirement.PlanId, requirement.PlanItemId, actor, EMallStep.PostAuction, ct);
        var now = time.UtcNow();
        var terms = await TermsAsync(plan.RegionCode, ct);
        var remaining = (await PlanLineLedger.RemainingAsync(db, plan, ct))[line.Id];
        new AuctionRequirementValidator(new AuctionRequirementContext(line.CatalogueCode, remaining, terms, now)).ValidateAndThrow(requirement);
        var auction = new ReverseAuction(plan.Id, line.Id, plan.UnitId, plan.RegionCode, requirement, terms, actor.UserName, now);
        var balance = await PlanLineLedger.OpenAsync(db, plan, line, now, ct);
        balance.Consume(PlanLineUse.ReverseAuction, auction.Id, auction.Number, auction.Ceiling, actor.UserName, now);
        db.ReverseAuctions.Add(auction);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.AuctionPosted, actor.UserName, auction.Number,
            $"{auction.Title}：最高限价 {auction.Ceiling}，报价幅度 {auction.Step}，{BeijingTime.Minutes(auction.OpensUtc)} 至 {BeijingTime.Minutes(auction.ClosesUtc)}")], ct);
        signals.Publish(Topic, auction.Id);
        return auction;
    }

    /// <summary>The terms in force today in the region, as the form shows them before posting.</summary>
    public async Task<AuctionTerms> TermsAsync(string regionCode, CancellationToken ct = default) =>
        AuctionRules.On(await rules.CurrentAsync(ct), regionCode, time.TodayInChina());

    /// <summary>
    /// A supplier's bid. When another bid saved first (the row's version moved), the auction is read
    /// again and the bid judged again against the new lowest price and end, never saved blindly: of
    /// two bids racing for the same price exactly one is accepted and the other is refused at its field.
    /// </summary>
    public async Task<AuctionBid> BidAsync(Guid auctionId, BidForm form, Actor actor, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await store.CreateDbContextAsync(ct);
            var (auction, _) = await LoadForAsync(db, auctionId, actor, AuctionAction.Bid, ct);
            new BidFormValidator(auction).ValidateAndThrow(form);
            var supplierName = await db.Organizations.Where(o => o.Id == actor.OrganizationId).Select(o => o.Name).FirstAsync(ct);
            var closesBefore = auction.ClosesUtc;
            var bid = auction.Bid(actor.RequireOrganization(), supplierName, Money.FromYuan(form.PriceYuan), time.UtcNow());
            var detail = bid.Extended ? $"第 {bid.Sequence} 次报价 {bid.Price}；结束时间由 {BeijingTime.Seconds(closesBefore)} 延至 {BeijingTime.Seconds(auction.ClosesUtc)}" : $"第 {bid.Sequence} 次报价 {bid.Price}";
            try
            {
                await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.AuctionBidAccepted, actor.UserName, auction.Number, detail)], ct);
            }
            catch (ConcurrencyConflictException) when (attempt < BidAttempts)
            {
                continue;
            }

            signals.Publish(Topic, auction.Id);
            return bid;
        }
    }

    /// <summary>The purchaser withdraws before the start; the reservation goes back to the plan line in the same save.</summary>
    public async Task WithdrawAsync(Guid auctionId, string reason, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (auction, _) = await LoadForAsync(db, auctionId, actor, AuctionAction.Withdraw, ct);
        var now = time.UtcNow();
        auction.Withdraw(reason, now);
        await PlanLineLedger.GiveBackAsync(db, auction.PlanItemId, auction.Id, actor.UserName, now, ct);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.AuctionWithdrawn, actor.UserName, auction.Number, auction.EndReason!)], ct);
        signals.Publish(Topic, auction.Id);
    }

    public async Task NoteResultAsync(Guid auctionId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (auction, _) = await LoadForAsync(db, auctionId, actor, AuctionAction.NoteResult, ct);
        auction.NoteResult(time.UtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The next moment the clock has work: the earliest start of a scheduled auction or end of an open one; null when none is pending.</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var opens = await db.ReverseAuctions.AsNoTracking().Where(a => a.Status == AuctionStatus.Scheduled).OrderBy(a => a.OpensUtc).Select(a => new { At = a.OpensUtc }).FirstOrDefaultAsync(ct);
        var closes = await db.ReverseAuctions.AsNoTracking().Where(a => a.Status == AuctionStatus.Open).OrderBy(a => a.ClosesUtc).Select(a => new { At = a.ClosesUtc }).FirstOrDefaultAsync(ct);
        return (opens?.At, closes?.At) switch
        {
            ({ } o, { } c) => o < c ? o : c,
            ({ } o, null) => o,
            (null, { } c) => c,
            _ => null,
        };
    }

    /// <summary>
    /// The clock's steps that are due: each auction whose start has come opens, each whose end has
    /// come closes. Driven by the stored state alone, each auction in its own transaction: one already
    /// closed is no longer due, one changed meanwhile (a bid that moved its end, another instance's
    /// close) fails its save on the version and is judged again at the next run, so nothing is taken twice.
    /// </summary>
    /// <returns>How many auctions this run opened or closed.</returns>
    public async Task<int> TakeDueAsync(CancellationToken ct = default)
    {
        var now = time.UtcNow();
        List<Guid> due;
        await using (var db = await store.CreateDbContextAsync(ct))
        {
            due = await db.ReverseAuctions.AsNoTracking()
                .Where(a => (a.Status == AuctionStatus.Scheduled && a.OpensUtc <= now) || (a.Status == AuctionStatus.Open && a.ClosesUtc <= now))
                .OrderBy(a => a.OpensUtc).Select(a => a.Id).Take(StepsPerRun).ToListAsync(ct);
        }

        var taken = 0;
        foreach (var id in due)
        {
            try
            {
                taken += await TakeAsync(id, now, ct) ? 1 : 0;
            }
            catch (ConcurrencyConflictException)
            {
                // A bid or another instance changed it first; the next run judges it again.
            }
        }

        return taken;
    }

    private async Task<bool> TakeAsync(Guid auctionId, DateTime now, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var auction = await LoadAsync(db, auctionId, ct);
        var records = new List<AuditRecord>();
        var took = false;
        if (auction.Status == AuctionStatus.Scheduled && auction.OpensUtc <= now)
        {
            auction.Open(now);
            took = true;
        }

        if (auction.Status == AuctionStatus.Open && auction.ClosesUtc <= now)
        {
            auction.Close(now);
            records.AddRange(await SettleAsync(db, auction, now, ct));
            took = true;
        }

        if (!took)
        {
            return false;
        }

        await audit.SaveWithAsync(db, records, ct);
        signals.Publish(Topic, auction.Id);
        return true;
    }

    /// <summary>The close's consequences in the same unit of work: the reservation released, and with a winner its amount consumed and its order and notice recorded.</summary>
    private static async Task<IEnumerable<AuditRecord>> SettleAsync(GovProcurementDbContext db, ReverseAuction auction, DateTime now, CancellationToken ct)
    {
        await PlanLineLedger.GiveBackAsync(db, auction.PlanItemId, auction.Id, ClockActor, now, ct);
        var closed = new AuditRecord(AuditEventType.AuctionClosed, ClockActor, auction.Number, auction.WinningBid is { } w
            ? $"{AuctionTexts.Status(auction.Status).Zh}：{auction.BidderCount} 家供应商 {auction.BidCount} 次报价，最低价 {w.Price}（{w.SupplierName}）"
            : $"{AuctionTexts.Status(auction.Status).Zh}：{auction.EndReason}");
        if (auction.WinningBid is not { } winner)
        {
            return [closed];
        }

        var plan = await db.Plans.AsNoTracking().Include(p => p.Items).FirstAsync(p => p.Id == auction.PlanId, ct);
        var balance = await PlanLineLedger.OpenAsync(db, plan, plan.Items.First(i => i.Id == auction.PlanItemId), now, ct);
        balance.Consume(PlanLineUse.ReverseAuction, auction.Id, auction.Number, winner.Price, ClockActor, now);
        var award = await Orders.MallOrders.RecordAwardAsync(db, Orders.OrderMethod.ReverseAuction, plan.Id, auction.PlanItemId, winner.SupplierId,
            [new Orders.OrderItem(null, null, auction.Items.Select(i => i.CatalogueCode).FirstOrDefault() ?? "", auction.Title, "批", 1, winner.Price)],
            auction.Id, auction.Number, ClockActor, now, ct);
        return [closed, award.NoticeAudit];
    }

    private async Task<(ReverseAuction, ActorStanding)> LoadForAsync(GovProcurementDbContext db, Guid auctionId, Actor actor, AuctionAction action, CancellationToken ct)
    {
        var auction = await LoadAsync(db, auctionId, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var now = time.UtcNow();
        AuctionSteps.For(auction, standing, await eligibility.FactsAsync(db, standing, auction, BeijingTime.Day(now), ct), now).Require(action);
        return (auction, standing);
    }

    internal static async Task<ReverseAuction> LoadAsync(GovProcurementDbContext db, Guid auctionId, CancellationToken ct) =>
        await db.ReverseAuctions.Include(a => a.Items).Include(a => a.Bids).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == auctionId, ct)
        ?? throw new DomainException("反拍不存在。", "The auction does not exist.");
}

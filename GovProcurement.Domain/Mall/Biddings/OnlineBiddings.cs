using FluentValidation;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>
/// The use cases of online bidding. Each step loads the bidding, requires the same answer the page
/// rendered (<see cref="BiddingSteps"/>) and saves in one transaction; the confirmed win consumes the
/// plan line through <see cref="PlanLineLedger"/> and records its order (<see cref="Orders.MallOrders.RecordAwardAsync"/>)
/// with its result notice, and a cancelled order gives it back, in the same save.
/// <see cref="DecideDueAsync"/> is the platform's own decision, run by <see cref="BiddingCloseService"/>.
/// </summary>
public sealed class OnlineBiddings(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, BiddingEligibility eligibility, Audit.AuditLog audit, TimeProvider time)
{
    /// <summary>The most due biddings one run decides; the next run takes the rest.</summary>
    public const int DecisionsPerRun = 100;

    private static readonly BiddingStatus[] Live = [BiddingStatus.Quoting, BiddingStatus.Offered];

    /// <summary>Posts a requirement from a plan line the actor's answer allows bidding on.</summary>
    public async Task<OnlineBidding> PostAsync(BiddingRequirement requirement, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (plan, line) = await PlanExecution.RequireAsync(db, requirement.PlanId, requirement.PlanItemId, actor, EMallStep.PostBidding, ct);
        var now = time.UtcNow();
        var terms = await TermsAsync(plan.RegionCode, ct);
        var remaining = (await PlanLineLedger.RemainingAsync(db, plan, ct))[line.Id];
        new BiddingRequirementValidator(new BiddingRequirementContext(line.CatalogueCode, remaining, terms, now)).ValidateAndThrow(requirement);
        if (await db.OnlineBiddings.AnyAsync(b => b.PlanItemId == line.Id && Live.Contains(b.Status), ct))
        {
            throw new DomainException("该计划明细已有进行中的竞价，待其结束后再发起。", "The plan line has a bidding under way; post again once it has ended.");
        }

        var bidding = new OnlineBidding(plan.Id, line.Id, plan.UnitId, plan.RegionCode, requirement, terms, actor.UserName, now);
        db.OnlineBiddings.Add(bidding);
        await db.SaveChangesAsync(ct);
        return bidding;
    }

    /// <summary>The terms in force today in the region, as the form shows them before posting.</summary>
    public async Task<BiddingTerms> TermsAsync(string regionCode, CancellationToken ct = default) =>
        BiddingRules.On(await rules.CurrentAsync(ct), regionCode, time.TodayInChina());

    /// <summary>A supplier's one sealed quote.</summary>
    public async Task<BiddingQuote> QuoteAsync(Guid biddingId, QuoteForm form, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (bidding, _) = await LoadForAsync(db, biddingId, actor, BiddingAction.Quote, ct);
        new QuoteFormValidator(bidding.Ceiling).ValidateAndThrow(form);
        var supplierName = await db.Organizations.Where(o => o.Id == actor.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        var quote = bidding.Quote(actor.RequireOrganization(), supplierName, Money.FromYuan(form.PriceYuan), time.UtcNow());
        await db.SaveChangesAsync(ct);
        return quote;
    }

    /// <summary>The offered supplier confirms: the bidding is awarded and its order consumes the plan line.</summary>
    public async Task ConfirmAsync(Guid biddingId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (bidding, _) = await LoadForAsync(db, biddingId, actor, BiddingAction.Confirm, ct);
        var now = time.UtcNow();
        var quote = bidding.Confirm(actor.RequireOrganization(), now);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Items).FirstAsync(p => p.Id == bidding.PlanId, ct);
        var balance = await PlanLineLedger.OpenAsync(db, plan, plan.Items.First(i => i.Id == bidding.PlanItemId), now, ct);
        balance.Consume(PlanLineUse.OnlineBidding, bidding.Id, bidding.Number, quote.Price, actor.UserName, now);
        var award = await Orders.MallOrders.RecordAwardAsync(db, Orders.OrderMethod.OnlineBidding, plan.Id, bidding.PlanItemId, quote.SupplierId, AwardItems(bidding, quote),
            bidding.Id, bidding.Number, actor.UserName, now, ct);
        await audit.SaveWithAsync(db, [award.NoticeAudit], ct);
    }

    /// <summary>The offered supplier declines: the next ranked is offered the order.</summary>
    public Task DeclineAsync(Guid biddingId, Actor actor, CancellationToken ct = default) =>
        StepAsync(biddingId, actor, BiddingAction.Decline, (b, now) => b.PassOn(QuoteOutcome.Declined, now), ct);

    public Task WithdrawAsync(Guid biddingId, string reason, Actor actor, CancellationToken ct = default) =>
        StepAsync(biddingId, actor, BiddingAction.Withdraw, (b, now) => b.Withdraw(reason, now), ct);

    public Task NoteResultAsync(Guid biddingId, Actor actor, CancellationToken ct = default) =>
        StepAsync(biddingId, actor, BiddingAction.NoteResult, (b, now) => b.NoteResult(now), ct);

    /// <summary>The purchaser cancels the order; its amount goes back to the plan line in the same save.</summary>
    public async Task CancelOrderAsync(Guid biddingId, string reason, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (bidding, _) = await LoadForAsync(db, biddingId, actor, BiddingAction.CancelOrder, ct);
        var now = time.UtcNow();
        bidding.CancelOrder(reason, now);
        await Orders.MallOrders.CancelAwardAsync(db, bidding.Id, reason, now, ct);
        await PlanLineLedger.GiveBackAsync(db, bidding.PlanItemId, bidding.Id, actor.UserName, now, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The platform's decisions that are due: each bidding whose window has closed is decided, and each
    /// offered win whose period has run out passes on. Driven by the stored state alone, each in its own
    /// transaction: a bidding already decided is no longer due, and one decided meanwhile by another run
    /// fails its save on the version and is skipped, so a second run or a restart decides nothing twice.
    /// </summary>
    /// <returns>How many decisions this run took.</returns>
    public async Task<int> DecideDueAsync(CancellationToken ct = default)
    {
        var now = time.UtcNow();
        List<Guid> due;
        await using (var db = await store.CreateDbContextAsync(ct))
        {
            due = await db.OnlineBiddings.AsNoTracking()
                .Where(b => (b.Status == BiddingStatus.Quoting && b.ClosesUtc <= now)
                    || (b.Status == BiddingStatus.Offered && b.Quotes.Any(q => q.Id == b.OfferedQuoteId && q.ConfirmDueUtc <= now)))
                .OrderBy(b => b.ClosesUtc).Select(b => b.Id).Take(DecisionsPerRun).ToListAsync(ct);
        }

        var taken = 0;
        foreach (var id in due)
        {
            try
            {
                taken += await DecideAsync(id, now, ct) ? 1 : 0;
            }
            catch (ConcurrencyConflictException)
            {
                // Another run decided it first.
            }
        }

        return taken;
    }

    private async Task<bool> DecideAsync(Guid biddingId, DateTime now, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var bidding = await LoadAsync(db, biddingId, ct);
        if (!bidding.IsDueAt(now))
        {
            return false;
        }

        if (bidding.Status == BiddingStatus.Quoting)
        {
            var today = BeijingTime.Day(now);
            var reasons = new Dictionary<Guid, Refusal?>();
            foreach (var quote in bidding.Quotes)
            {
                reasons[quote.Id] = await eligibility.WhyNotAsync(db, quote.SupplierId, bidding, today, ct);
            }

            bidding.Close(q => reasons[q.Id], now);
        }
        else
        {
            bidding.PassOn(QuoteOutcome.TimedOut, now);
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The winning quote as the order's one line: the requirement as a whole (批) at the quoted total, since a quote prices the whole requirement.</summary>
    private static IReadOnlyList<Orders.OrderItem> AwardItems(OnlineBidding bidding, BiddingQuote quote) =>
        [new Orders.OrderItem(null, null, bidding.Items.Select(i => i.CatalogueCode).FirstOrDefault() ?? "", bidding.Title, "批", 1, quote.Price)];

    private async Task StepAsync(Guid biddingId, Actor actor, BiddingAction action, Action<OnlineBidding, DateTime> take, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (bidding, _) = await LoadForAsync(db, biddingId, actor, action, ct);
        take(bidding, time.UtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task<(OnlineBidding, ActorStanding)> LoadForAsync(GovProcurementDbContext db, Guid biddingId, Actor actor, BiddingAction action, CancellationToken ct)
    {
        var bidding = await LoadAsync(db, biddingId, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var now = time.UtcNow();
        BiddingSteps.For(bidding, standing, await eligibility.FactsAsync(db, standing, bidding, BeijingTime.Day(now), ct), now).Require(action);
        return (bidding, standing);
    }

    internal static async Task<OnlineBidding> LoadAsync(GovProcurementDbContext db, Guid biddingId, CancellationToken ct) =>
        await db.OnlineBiddings.Include(b => b.Items).Include(b => b.Quotes).AsSplitQuery().FirstOrDefaultAsync(b => b.Id == biddingId, ct)
        ?? throw new DomainException("竞价不存在。", "The bidding does not exist.");
}

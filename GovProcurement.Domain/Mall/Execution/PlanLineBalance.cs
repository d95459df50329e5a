using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Execution;

/// <summary>What consumed a plan line's amount: an e-mall order or award, or a purchase recorded from the old platform.</summary>
public enum PlanLineUse
{
    /// <summary>网上竞价: the confirmed win's order.</summary>
    OnlineBidding = 1,

    /// <summary>Carried out on the old 电子化采购执行平台 and recorded here.</summary>
    OldPlatform = 2,

    /// <summary>网上直购: a placed order, given back when it is declined, lapses or is cancelled.</summary>
    DirectPurchase = 3,

    /// <summary>电子反拍: the ceiling reserved from posting, then the winning bid once closed; released when it fails or is withdrawn.</summary>
    ReverseAuction = 1101,

    /// <summary>框架协议: a call-off's order (直接选定, 顺序轮候, or the second competition's winner).</summary>
    FrameworkCallOff = 1200,
}

/// <summary>
/// The ledger of one filed plan line (采购计划明细): its planned amount, what the e-mall orders and the
/// old-platform records have consumed, and one entry per consumption. A cancelled order gives its
/// entry back. The row is versioned: two transactions that consume the same line at once cannot both
/// save, so the line is never overspent.
/// </summary>
public sealed class PlanLineBalance : VersionedEntity
{
    private readonly List<PlanLineEntry> entries = [];

    private PlanLineBalance()
    {
    }

    internal PlanLineBalance(Guid planId, Guid planItemId, Money planned, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        PlanId = planId;
        PlanItemId = planItemId;
        Planned = planned;
        Consumed = Money.Zero;
        UpdatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid PlanItemId { get; private set; }

    /// <summary>The plan line's amount as filed.</summary>
    public Money Planned { get; private set; }

    /// <summary>The sum of the entries not given back.</summary>
    public Money Consumed { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public Money Remaining => Planned - Consumed;

    public IReadOnlyList<PlanLineEntry> Entries => entries;

    /// <summary>Consumes <paramref name="amount"/> for one order or record; refuses, with the figures, what the line has not left.</summary>
    public PlanLineEntry Consume(PlanLineUse use, Guid sourceId, string reference, Money amount, string actor, DateTime nowUtc)
    {
        if (amount <= Money.Zero)
        {
            throw new DomainException("消耗的金额必须大于零。", "The amount consumed must be positive.");
        }

        if (entries.Any(e => e.SourceId == sourceId && e.GivenBackUtc is null))
        {
            throw new DomainException("该订单已计入计划余额。", "This order already counts against the plan line.");
        }

        if (amount > Remaining)
        {
            throw new DomainException(
                $"金额 {amount} 超过计划明细的剩余额度：计划 {Planned}，已使用 {Consumed}，剩余 {Remaining}。",
                $"{amount} is above the plan line's remaining amount: planned {Planned}, used {Consumed}, remaining {Remaining}.");
        }

        var entry = new PlanLineEntry(Id, use, sourceId, reference, amount, actor, nowUtc);
        entries.Add(entry);
        Consumed += amount;
        UpdatedUtc = nowUtc;
        return entry;
    }

    /// <summary>Gives back what a cancelled order consumed; false when it consumed nothing (or gave it back already).</summary>
    public bool GiveBack(Guid sourceId, string actor, DateTime nowUtc)
    {
        var entry = entries.FirstOrDefault(e => e.SourceId == sourceId && e.GivenBackUtc is null);
        if (entry is null)
        {
            return false;
        }

        entry.MarkGivenBack(actor, nowUtc);
        Consumed -= entry.Amount;
        UpdatedUtc = nowUtc;
        return true;
    }
}

/// <summary>One consumption of a plan line: by what, how much, by whom, and when it was given back.</summary>
public sealed class PlanLineEntry
{
    public const int ReferenceMaxLength = 64;

    private PlanLineEntry()
    {
        Reference = Actor = "";
    }

    internal PlanLineEntry(Guid balanceId, PlanLineUse use, Guid sourceId, string reference, Money amount, string actor, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        BalanceId = balanceId;
        Use = use;
        SourceId = sourceId;
        Reference = reference;
        Amount = amount;
        Actor = actor;
        AtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid BalanceId { get; private set; }

    public PlanLineUse Use { get; private set; }

    /// <summary>The bidding, order or record that consumed the amount.</summary>
    public Guid SourceId { get; private set; }

    /// <summary>A number a person recognises: the bidding's, or the old platform's reference.</summary>
    public string Reference { get; private set; }

    public Money Amount { get; private set; }

    public string Actor { get; private set; }

    public DateTime AtUtc { get; private set; }

    public DateTime? GivenBackUtc { get; private set; }

    public string? GivenBackBy { get; private set; }

    internal void MarkGivenBack(string actor, DateTime nowUtc)
    {
        GivenBackUtc = nowUtc;
        GivenBackBy = actor;
    }
}

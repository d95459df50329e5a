using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;

namespace GovProcurement.Domain.Supervision;

/// <summary>
/// Savings of one region: against the ceilings of the online biddings awarded (ceiling − award) and
/// against the budgets of the plan lines ordered on (line amount − ordered amount).
/// </summary>
public sealed record EMallSavings(int Biddings, Money Ceilings, Money Awarded, int PlanLines, Money Budgets, Money Ordered)
{
    public static readonly EMallSavings None = new(0, Money.Zero, Money.Zero, 0, Money.Zero, Money.Zero);

    public Money AgainstCeilings => Ceilings - Awarded;

    public Money AgainstBudgets => Budgets - Ordered;

    /// <summary>The saving as a share of the ceilings; null when nothing was awarded.</summary>
    public decimal? CeilingRate => Ceilings.Fen == 0 ? null : (decimal)AgainstCeilings.Fen / Ceilings.Fen;

    public decimal? BudgetRate => Budgets.Fen == 0 ? null : (decimal)AgainstBudgets.Fen / Budgets.Fen;

    public static EMallSavings Sum(IEnumerable<EMallSavings> parts)
    {
        var list = parts.ToList();
        return new EMallSavings(list.Sum(p => p.Biddings), list.Select(p => p.Ceilings).Total(), list.Select(p => p.Awarded).Total(),
            list.Sum(p => p.PlanLines), list.Select(p => p.Budgets).Total(), list.Select(p => p.Ordered).Total());
    }
}

/// <summary>The e-mall amount won by SMEs (medium, small and micro) and by small and micro enterprises alone.</summary>
public sealed record EMallSme(Money Amount, Money ToSme, Money ToSmallAndMicro)
{
    public static readonly EMallSme None = new(Money.Zero, Money.Zero, Money.Zero);

    public decimal? Share => Amount.Fen == 0 ? null : (decimal)ToSme.Fen / Amount.Fen;

    public decimal? SmallAndMicroShare => Amount.Fen == 0 ? null : (decimal)ToSmallAndMicro.Fen / Amount.Fen;

    public static EMallSme Sum(IEnumerable<EMallSme> parts)
    {
        var list = parts.ToList();
        return new EMallSme(list.Select(p => p.Amount).Total(), list.Select(p => p.ToSme).Total(), list.Select(p => p.ToSmallAndMicro).Total());
    }
}

/// <summary>Online biddings decided in the period and how many of them failed for too few valid quotes.</summary>
public sealed record EMallBiddingOutcomes(int Decided, int Failed)
{
    public static readonly EMallBiddingOutcomes None = new(0, 0);

    public decimal? FailedShare => Decided == 0 ? null : (decimal)Failed / Decided;
}

/// <summary>A failed online bidding: what was asked, by whom, and how many valid quotes came against the minimum.</summary>
public sealed record FailedBidding(Guid Id, string Number, string Title, string UnitName, string RegionCode, Money Ceiling, DateTime ClosesUtc, int Quotes, int ValidQuotes, int MinimumQuotes);

/// <summary>Plan lines carried out on the old 电子化采购执行平台 in the period.</summary>
public sealed record OldPlatformFigures(int Records, Money Amount)
{
    public static readonly OldPlatformFigures None = new(0, Money.Zero);
}

/// <summary>One region's e-mall line: what the region report lists, and what the dashboard adds up.</summary>
public sealed record EMallRegion(string RegionCode, IReadOnlyDictionary<OrderMethod, Slice> ByMethod, EMallSme Sme, EMallSavings Savings,
    EMallBiddingOutcomes Biddings, OldPlatformFigures OldPlatform)
{
    public int Orders => ByMethod.Values.Sum(s => s.Count);

    public Money Amount => ByMethod.Values.Select(s => s.Amount).Total();

    public Money AmountOf(OrderMethod method) => ByMethod.TryGetValue(method, out var slice) ? slice.Amount : Money.Zero;
}

/// <summary>The e-mall section of the regulator's dashboard for a period over its jurisdiction; a slice counts orders.</summary>
public sealed record EMallDashboard(
    SupervisionPeriod Period,
    string RegionCode,
    int Orders,
    Money Amount,
    IReadOnlyList<Slice> ByMethod,
    IReadOnlyList<Slice> ByRegion,
    IReadOnlyList<Slice> ByCatalogueClass,
    EMallSavings Savings,
    EMallSme Sme,
    EMallBiddingOutcomes Biddings,
    IReadOnlyList<FailedBidding> FailedBiddings,
    IReadOnlyList<PriceFlag> PriceFlags,
    OldPlatformFigures OldPlatform);

using System.Globalization;

namespace GovProcurement.Domain.Common;

/// <summary>
/// An amount of Chinese yuan held as a whole number of fen (1 yuan = 100 fen),
/// so that both SQLite and SQL Server store, compare and sort it exactly.
/// </summary>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    private static readonly CultureInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The largest amount the platform accepts: one trillion yuan.</summary>
    public const decimal MaxYuan = 1_000_000_000_000m;

    public static Money Zero => new(0);

    public decimal Yuan => Fen / 100m;

    /// <summary>Converts a yuan amount; refuses anything finer than one fen.</summary>
    public static Money FromYuan(decimal yuan)
    {
        if (Math.Abs(yuan) > MaxYuan)
        {
            throw new DomainException($"金额超出平台允许的范围（不超过 {MaxYuan:N0} 元）。", $"The amount is beyond the platform's limit of {MaxYuan:N0} yuan.");
        }

        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
        {
            throw new DomainException(
                $"金额 {yuan} 元精确到分以下，请保留两位小数。",
                $"The amount {yuan} yuan is finer than one fen; use at most two decimals.");
        }

        return new Money(checked((long)fen));
    }

    public static Money operator +(Money a, Money b)
    {
        try
        {
            return new(checked(a.Fen + b.Fen));
        }
        catch (OverflowException)
        {
            throw new DomainException("金额合计超出平台允许的范围。", "The total is beyond the platform's limit.");
        }
    }

    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));

    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;

    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;

    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;

    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>Formats as the Chinese currency display, e.g. ¥1,234,567.89.</summary>
    public override string ToString() => Yuan.ToString("C2", ZhCn);
}

/// <summary>Sums of amounts, exact to the fen.</summary>
public static class MoneyTotals
{
    public static Money Total(this IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero, (sum, m) => sum + m);

    /// <summary>Missing amounts count as zero.</summary>
    public static Money Total(this IEnumerable<Money?> amounts) => amounts.Aggregate(Money.Zero, (sum, m) => sum + (m ?? Money.Zero));
}

using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Evaluation;

/// <summary>The deduction range in force, in basis points, and where it comes from.</summary>
public sealed record DeductionRange(int Minimum, int Maximum, string Citation);

/// <summary>
/// The price deduction for small and micro enterprises (财库〔2020〕46号, raised by 财库〔2022〕19号):
/// the project picks a rate inside the range in force, and a small or micro supplier's price is
/// evaluated at that much less. Medium and large enterprises are evaluated at their price.
/// </summary>
public static class SmePriceDeduction
{
    public static DeductionRange RangeOn(RuleSet rules, string regionCode, DateOnly day, ProcurementCategory category)
    {
        var min = rules.Find(RuleKind.SmePriceDeductionMinimum, regionCode, day, category);
        var max = rules.Find(RuleKind.SmePriceDeductionMaximum, regionCode, day, category);
        if (min is null || max is null)
        {
            throw new DomainException("规则表缺少小微企业价格扣除的有效规则。", "The rule table has no small-enterprise price deduction in force.");
        }

        return new DeductionRange((int)min.Value, (int)max.Value, min.Citation);
    }

    /// <summary>Refuses a rate outside the range; zero is allowed only for a project reserved for SMEs, where all bidders are SMEs.</summary>
    public static void Check(int rateBasisPoints, DeductionRange range, bool reservedForSme)
    {
        if (reservedForSme && rateBasisPoints == 0)
        {
            return;
        }

        if (rateBasisPoints < range.Minimum || rateBasisPoints > range.Maximum)
        {
            throw new DomainException(
                $"小微企业价格扣除比例应在 {range.Minimum / 100m:0.##}%—{range.Maximum / 100m:0.##}% 之间（{range.Citation}）。",
                $"The small-enterprise price deduction must be between {range.Minimum / 100m:0.##}% and {range.Maximum / 100m:0.##}% ({range.Citation}).");
        }
    }

    public static bool Applies(EnterpriseScale scale) => scale is EnterpriseScale.Small or EnterpriseScale.Micro;

    /// <summary>The price used in the comparison, exact to the fen (rounded half up).</summary>
    public static Money EvaluatedPrice(Money price, EnterpriseScale scale, int rateBasisPoints)
    {
        if (!Applies(scale) || rateBasisPoints == 0)
        {
            return price;
        }

        var fen = decimal.Round(price.Fen * (10_000m - rateBasisPoints) / 10_000m, 0, MidpointRounding.AwayFromZero);
        return new Money((long)fen);
    }
}

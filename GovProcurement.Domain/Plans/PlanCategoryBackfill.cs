using GovProcurement.Domain.Catalogue;

namespace GovProcurement.Domain.Plans;

/// <summary>
/// What the migration <c>PlanCategoryTotals</c> fills each stored plan's category totals from: the
/// shipped directory's codes of a category as a SQL list, so that the store matches the lines'
/// codes as <see cref="ProcurementPlan.GoodsTotal"/> does.
/// </summary>
internal static class PlanCategoryBackfill
{
    /// <summary>The codes of the category, each quoted, separated by commas (codes are letters and digits only).</summary>
    public static string CodeList(ProcurementCategory category) =>
        string.Join(", ", CatalogueDirectory.Shipped.All.Where(i => i.Category == category).Select(i => i.Code).Order(StringComparer.Ordinal)
            .Select(code => code.All(char.IsAsciiLetterOrDigit) ? $"'{code}'" : throw new InvalidOperationException($"Catalogue code {code} is not letters and digits.")));
}

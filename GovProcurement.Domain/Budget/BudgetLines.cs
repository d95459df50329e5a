using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Budget;

/// <summary>An approved budget line as the budget system sends it.</summary>
public sealed record BudgetLineInput(int FiscalYear, string LineCode, string FundSource, Money Amount);

/// <summary>Loads a unit's approved budget lines (new lines are added, known ones revised) and lists them.</summary>
public sealed class BudgetLines(IDbContextFactory<GovProcurementDbContext> store, IOptions<InputLimits> limits)
{
    public async Task LoadAsync(Guid unitId, IReadOnlyList<BudgetLineInput> lines, CancellationToken cancellationToken = default)
    {
        InputLimits.Require(lines.Count, limits.Value.BudgetLinesPerLoad, "一次载入的预算项目", "budget lines per load");
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var existing = await db.BudgetLines.Where(b => b.UnitId == unitId).ToListAsync(cancellationToken);
        foreach (var input in lines)
        {
            var line = existing.FirstOrDefault(b => b.FiscalYear == input.FiscalYear && b.LineCode == input.LineCode.Trim());
            if (line is null)
            {
                db.BudgetLines.Add(new BudgetLine(unitId, input.FiscalYear, input.LineCode, input.FundSource, input.Amount));
            }
            else
            {
                line.Revise(input.Amount, input.FundSource);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BudgetLine>> ForUnitAsync(Guid unitId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return await db.BudgetLines.AsNoTracking().Where(b => b.UnitId == unitId && b.FiscalYear == fiscalYear).OrderBy(b => b.LineCode).ToListAsync(cancellationToken);
    }
}

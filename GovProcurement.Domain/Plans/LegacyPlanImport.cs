using System.Globalization;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Onboarding;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Plans;

public sealed record LegacyImportResult(IReadOnlyList<ImportError> Errors, int Imported)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports plans filed in the old system before the go-live day, one plan a row, read-only. Every
/// row is checked first; one error and nothing is stored.
/// </summary>
public sealed class LegacyPlanImport(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, IOptions<InputLimits> limits, TimeProvider time)
{
    public const string SheetName = "旧系统计划";
    public const string Number = "原计划编号";
    public const string BudgetCode = "预算编码";
    public const string Title = "项目名称";
    public const string FiledOn = "备案日期";
    public const string CatalogueCode = "品目编码";
    public const string Amount = "金额（元）";
    public const string Method = "采购方式";

    public static IReadOnlyList<string> Columns { get; } = [Number, BudgetCode, Title, FiledOn, CatalogueCode, Amount, Method];

    private static readonly Dictionary<string, ProcurementMethod> Methods = new()
    {
        ["公开招标"] = ProcurementMethod.OpenTender,
        ["邀请招标"] = ProcurementMethod.InvitedTender,
        ["竞争性谈判"] = ProcurementMethod.CompetitiveNegotiation,
        ["竞争性磋商"] = ProcurementMethod.CompetitiveConsultation,
        ["单一来源"] = ProcurementMethod.SingleSource,
        ["询价"] = ProcurementMethod.RequestForQuotation,
    };

    public static byte[] Template() => ExcelSheets.Template(SheetName, Columns, new Dictionary<string, string>
    {
        [Number] = "必填：原一体化系统中的计划编号，不可重复",
        [BudgetCode] = "必填：采购单位的预算编码（单位须已在平台）",
        [Title] = "必填：项目名称",
        [FiledOn] = $"必填：原系统备案日期，格式 yyyy-MM-dd，早于 {LegacyChannel.Cutover:yyyy-MM-dd}",
        [CatalogueCode] = "必填：采购品目编码",
        [Amount] = "必填：预算金额，最多两位小数",
        [Method] = "选填：公开招标、邀请招标、竞争性谈判、竞争性磋商、单一来源、询价",
    }, "旧系统计划导入后只读，不能修改、提交或备案；任一行有错误时整个文件不导入。");

    public async Task<LegacyImportResult> ImportAsync(Stream file, string actor, CancellationToken cancellationToken = default)
    {
        var (rows, problem) = ExcelSheets.Read(file, SheetName, Columns, SheetBounds.From(limits.Value, limits.Value.LegacyPlanImportRows));
        if (problem is not null)
        {
            return new LegacyImportResult([new ImportError(0, ImportColumns.File, problem.Zh, problem.En)], 0);
        }

        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var units = await db.Organizations.OfType<BudgetUnit>().AsNoTracking().ToDictionaryAsync(u => u.BudgetCode, cancellationToken);
        var numbers = rows.Select(r => r.Cells[0]).ToList();
        var taken = (await db.Plans.Where(p => numbers.Contains(p.Number)).Select(p => p.Number).ToListAsync(cancellationToken)).ToHashSet();
        var errors = new List<ImportError>();
        var plans = new List<ProcurementPlan>();
        foreach (var row in rows)
        {
            var plan = Build(row, units, taken, errors, actor);
            if (plan is not null)
            {
                plans.Add(plan);
            }
        }

        if (errors.Count > 0 || rows.Count == 0)
        {
            return new LegacyImportResult(rows.Count == 0 ? [new ImportError(0, ImportColumns.File, "文件中没有数据行。", "The file has no data rows.")] : errors, 0);
        }

        db.Plans.AddRange(plans);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.LegacyPlansImported, actor, null, $"导入旧系统计划 {plans.Count} 个")], cancellationToken);
        return new LegacyImportResult([], plans.Count);
    }

    private ProcurementPlan? Build(SheetRow row, Dictionary<string, BudgetUnit> units, HashSet<string> taken, List<ImportError> errors, string actor)
    {
        var count = errors.Count;
        void Error(string column, string zh, string en) => errors.Add(new ImportError(row.RowNumber, column, zh, en));
        var cells = row.Cells;
        if (cells[0].Length is 0 or > 40 || !taken.Add(cells[0]))
        {
            Error(Number, "原计划编号为空、过长或重复", "The legacy number is empty, too long or repeated");
        }

        if (!units.TryGetValue(cells[1], out var unit))
        {
            Error(BudgetCode, $"平台上没有预算编码为 {cells[1]} 的单位", $"No unit has budget code {cells[1]}");
        }

        if (cells[2].Length is 0 or > ProcurementPlan.TitleMaxLength)
        {
            Error(Title, "项目名称不能为空且不超过 200 字", "The title is required, at most 200 characters");
        }

        if (!DateOnly.TryParse(cells[3], CultureInfo.InvariantCulture, out var filedOn) || filedOn >= LegacyChannel.Cutover)
        {
            Error(FiledOn, $"备案日期应为早于 {LegacyChannel.Cutover:yyyy-MM-dd} 的日期", $"The filing date must be a date before {LegacyChannel.Cutover:yyyy-MM-dd}");
        }

        var item = CatalogueDirectory.Shipped.Find(cells[4]);
        if (item is null)
        {
            Error(CatalogueCode, $"品目编码 {cells[4]} 不在采购品目目录中", $"{cells[4]} is not a catalogue code");
        }

        if (!decimal.TryParse(cells[5], NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan) || yuan <= 0 || decimal.Round(yuan, 2) != yuan)
        {
            Error(Amount, "金额应为大于零、最多两位小数的数字", "The amount must be positive with at most two decimals");
        }

        ProcurementMethod? method = null;
        if (cells[6].Length > 0)
        {
            if (Methods.TryGetValue(cells[6], out var parsed))
            {
                method = parsed;
            }
            else
            {
                Error(Method, "采购方式应为六种法定方式之一", "The method must be one of the six statutory methods");
            }
        }

        return errors.Count > count ? null : ProcurementPlan.ImportLegacy(unit!.Id, unit.RegionCode, cells[0], cells[2], filedOn,
            new PlanItemDraft(item!.Code, item.Name, 1, null, Money.FromYuan(yuan), null), method, actor, time.UtcNow());
    }
}

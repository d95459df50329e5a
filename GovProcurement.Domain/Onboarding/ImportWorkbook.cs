using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Onboarding;

/// <summary>Reads the organisation import file and writes its blank template (Excel, .xlsx).</summary>
public static class ImportWorkbook
{
    /// <summary>Reads the drafts, or a file-level error when the file is not the template's shape or past the bounds.</summary>
    public static (IReadOnlyList<OrganizationDraft> Drafts, ImportError? Error) Read(Stream stream, InputLimits limits)
    {
        var (rows, problem) = ExcelSheets.Read(stream, ImportColumns.SheetName, ImportColumns.Ordered, SheetBounds.From(limits, limits.OrganizationImportRows));
        if (problem is not null)
        {
            return ([], new ImportError(0, ImportColumns.File, problem.Zh, problem.En));
        }

        return (rows.Select(row => new OrganizationDraft
        {
            RowNumber = row.RowNumber,
            Kind = row.Cells[0],
            Name = row.Cells[1],
            RegionCode = row.Cells[2],
            BudgetCode = row.Cells[3],
            FinanceCode = row.Cells[4],
            CompetentBudgetCode = row.Cells[5],
            CreditCode = row.Cells[6],
            LegacyAccountName = row.Cells[7],
            Centralized = row.Cells[8],
            Scale = row.Cells[9],
        }).ToList(), null);
    }

    /// <summary>The blank template: the data sheet with text-formatted columns, and an instructions sheet.</summary>
    public static byte[] Template() => ExcelSheets.Template(ImportColumns.SheetName, ImportColumns.Ordered, ImportColumns.Help,
        "任一行有错误时整个文件不导入，请按提示逐项修改后重新上传。账号按所在地区的账号规则自动生成。");
}

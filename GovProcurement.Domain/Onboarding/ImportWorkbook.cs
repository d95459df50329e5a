using ClosedXML.Excel;

namespace GovProcurement.Domain.Onboarding;

/// <summary>Reads the organisation import file and writes its blank template (Excel, .xlsx).</summary>
public static class ImportWorkbook
{
    public const int MaxRows = 5000;

    /// <summary>Reads the drafts, or a file-level error when the file is not the template's shape.</summary>
    public static (IReadOnlyList<OrganizationDraft> Drafts, ImportError? Error) Read(Stream stream)
    {
        try
        {
            using var workbook = new XLWorkbook(stream);
            return ReadSheet(workbook);
        }
        catch (Exception)
        {
            // Whatever an uploaded file does to the reader, the answer is the same and nothing is stored.
            return ([], FileError(
                "无法读取文件：请上传由模板填写的 Excel 文件（.xlsx），不要插入图片、图表等对象。",
                "The file could not be read: upload an .xlsx file made from the template, without pictures or charts."));
        }
    }

    private static (IReadOnlyList<OrganizationDraft> Drafts, ImportError? Error) ReadSheet(XLWorkbook workbook)
    {
        if (!workbook.TryGetWorksheet(ImportColumns.SheetName, out var sheet))
        {
            return ([], FileError($"文件中缺少名为“{ImportColumns.SheetName}”的工作表，请使用下载的模板。", $"The file has no sheet named {ImportColumns.SheetName}; use the template."));
        }

        var headers = ImportColumns.Ordered.Select((_, i) => sheet.Cell(1, i + 1).GetString().Trim()).ToList();
        var missing = ImportColumns.Ordered.Where((name, i) => headers[i] != name).ToList();
        if (missing.Count > 0)
        {
            return ([], FileError($"表头与模板不一致：{string.Join("、", missing)}。请使用下载的模板。", $"The header row differs from the template: {string.Join(", ", missing)}."));
        }

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
        if (lastRow - 1 > MaxRows)
        {
            return ([], FileError($"一次最多导入 {MaxRows} 行，请分批导入。", $"At most {MaxRows} rows per import; split the file."));
        }

        var drafts = new List<OrganizationDraft>();
        for (var r = 2; r <= lastRow; r++)
        {
            string Cell(int column) => sheet.Cell(r, column).GetFormattedString().Trim();
            if (Enumerable.Range(1, ImportColumns.Ordered.Count).All(c => Cell(c).Length == 0))
            {
                continue;
            }

            drafts.Add(new OrganizationDraft
            {
                RowNumber = r,
                Kind = Cell(1),
                Name = Cell(2),
                RegionCode = Cell(3),
                BudgetCode = Cell(4),
                FinanceCode = Cell(5),
                CompetentBudgetCode = Cell(6),
                CreditCode = Cell(7),
                LegacyAccountName = Cell(8),
                Centralized = Cell(9),
                Scale = Cell(10),
            });
        }

        return (drafts, null);
    }

    /// <summary>The blank template: the data sheet with text-formatted columns, and an instructions sheet.</summary>
    public static byte[] Template()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(ImportColumns.SheetName);
        for (var i = 0; i < ImportColumns.Ordered.Count; i++)
        {
            var column = sheet.Column(i + 1);
            column.Style.NumberFormat.Format = "@"; // text, so codes keep their leading zeros and all 18 digits
            column.Width = ImportColumns.Ordered[i].Length * 2.2 + 8;
            var header = sheet.Cell(1, i + 1);
            header.SetValue(ImportColumns.Ordered[i]);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6F1");
        }

        sheet.SheetView.FreezeRows(1);
        var help = workbook.AddWorksheet("填写说明");
        help.Cell(1, 1).SetValue("列名");
        help.Cell(1, 2).SetValue("填写要求");
        help.Row(1).Style.Font.Bold = true;
        var row = 2;
        foreach (var name in ImportColumns.Ordered)
        {
            help.Cell(row, 1).SetValue(name);
            help.Cell(row, 2).SetValue(ImportColumns.Help[name]);
            row++;
        }

        help.Cell(row + 1, 1).SetValue("说明");
        help.Cell(row + 1, 2).SetValue("任一行有错误时整个文件不导入，请按提示逐项修改后重新上传。账号按所在地区的账号规则自动生成。");
        help.Column(1).Width = 22;
        help.Column(2).Width = 90;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static ImportError FileError(string zh, string en) => new(0, ImportColumns.File, zh, en);
}

using ClosedXML.Excel;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Benchmarks;

/// <summary>One row of a raw-data plan export: 15 columns of Chinese text, codes, money, whole numbers, dates and times.</summary>
public sealed record ExportSampleRow(
    string PlanNumber, string CreditCode, string ProjectCode, string UnitName, string Title, string Region, string Status,
    Money Budget, Money? ContractAmount, long Quantity, long FiscalYear,
    DateOnly ExpectedStart, DateOnly? SignedOn, DateTime CreatedUtc, DateTime UpdatedUtc);

/// <summary>Generated export rows (made on the fly, never held) and the two ways of writing them as .xlsx.</summary>
public static class ExportSampleData
{
    private static readonly string[] Regions = ["江门市蓬江区", "江门市江海区", "江门市新会区", "台山市", "开平市", "鹤山市", "恩平市"];
    private static readonly string[] Statuses = ["已备案", "待备案", "草稿"];
    private static readonly DateTime Start = new(2021, 1, 4, 0, 30, 0, DateTimeKind.Utc);

    public static IReadOnlyList<ExportColumn<ExportSampleRow>> Columns { get; } =
    [
        ExportColumn<ExportSampleRow>.Text("计划编号", r => r.PlanNumber),
        ExportColumn<ExportSampleRow>.Text("统一社会信用代码", r => r.CreditCode),
        ExportColumn<ExportSampleRow>.Text("项目编码", r => r.ProjectCode),
        ExportColumn<ExportSampleRow>.Text("采购单位", r => r.UnitName),
        ExportColumn<ExportSampleRow>.Text("项目名称", r => r.Title),
        ExportColumn<ExportSampleRow>.Text("所属地区", r => r.Region),
        ExportColumn<ExportSampleRow>.Text("状态", r => r.Status),
        ExportColumn<ExportSampleRow>.Money("预算金额（元）", r => r.Budget),
        ExportColumn<ExportSampleRow>.Money("合同金额（元）", r => r.ContractAmount),
        ExportColumn<ExportSampleRow>.Integer("数量", r => r.Quantity),
        ExportColumn<ExportSampleRow>.Integer("预算年度", r => r.FiscalYear),
        ExportColumn<ExportSampleRow>.Date("预计开始日期", r => r.ExpectedStart),
        ExportColumn<ExportSampleRow>.Date("合同签订日期", r => r.SignedOn),
        ExportColumn<ExportSampleRow>.DateTime("创建时间", r => r.CreatedUtc),
        ExportColumn<ExportSampleRow>.DateTime("更新时间", r => r.UpdatedUtc),
    ];

    public static IEnumerable<ExportSampleRow> Rows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var created = Start.AddSeconds(i * 97L);
            yield return new ExportSampleRow(
                $"440700-{created.Year}-B{i:D11}",
                $"914407{i % 100:D2}MA{i * 7919L % 100_000_000:D8}",
                $"4407{i:D14}",
                $"江门市第{i % 50 + 1}中学",
                $"办公设备采购项目（第{i}批）",
                Regions[i % Regions.Length],
                Statuses[i % Statuses.Length],
                new Money(10_000_000 + i * 137L % 10_000_000_000),
                i % 7 == 0 ? null : new Money(9_000_000 + i * 131L % 9_000_000_000),
                i % 500 + 1,
                2021 + i % 6,
                DateOnly.FromDateTime(created).AddDays(30),
                i % 7 == 0 ? null : DateOnly.FromDateTime(created).AddDays(60),
                created,
                created.AddMinutes(i % 1440));
        }
    }

    public static long WriteStreaming(Stream output, IEnumerable<ExportSampleRow> rows) =>
        new StreamingSheetWriter<ExportSampleRow>(Columns).Write(output, rows);

    /// <summary>
    /// The same sheet with plain ClosedXML: typed cell values on a workbook built in memory, number
    /// formats set once per column, then saved.
    /// </summary>
    public static long WriteWithClosedXml(Stream output, IEnumerable<ExportSampleRow> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Sheet1");
        string[] formats = ["@", "@", "@", "@", "@", "@", "@", SafeCells.MoneyFormat, SafeCells.MoneyFormat, "0", "0", SafeCells.DateFormat, SafeCells.DateFormat, SafeCells.DateTimeFormat, SafeCells.DateTimeFormat];
        for (var c = 1; c <= Columns.Count; c++)
        {
            sheet.Column(c).Style.NumberFormat.Format = formats[c - 1];
            sheet.Cell(1, c).SetValue(Columns[c - 1].Header);
            sheet.Cell(1, c).Style.Font.Bold = true;
        }

        var r = 1;
        foreach (var row in rows)
        {
            r++;
            Text(sheet.Cell(r, 1), row.PlanNumber);
            Text(sheet.Cell(r, 2), row.CreditCode);
            Text(sheet.Cell(r, 3), row.ProjectCode);
            Text(sheet.Cell(r, 4), row.UnitName);
            Text(sheet.Cell(r, 5), row.Title);
            Text(sheet.Cell(r, 6), row.Region);
            Text(sheet.Cell(r, 7), row.Status);
            sheet.Cell(r, 8).SetValue(row.Budget.Yuan);
            if (row.ContractAmount is { } amount)
            {
                sheet.Cell(r, 9).SetValue(amount.Yuan);
            }

            sheet.Cell(r, 10).SetValue(row.Quantity);
            sheet.Cell(r, 11).SetValue(row.FiscalYear);
            sheet.Cell(r, 12).SetValue(row.ExpectedStart.ToDateTime(TimeOnly.MinValue));
            if (row.SignedOn is { } signed)
            {
                sheet.Cell(r, 13).SetValue(signed.ToDateTime(TimeOnly.MinValue));
            }

            sheet.Cell(r, 14).SetValue(BeijingTime.FromUtc(row.CreatedUtc));
            sheet.Cell(r, 15).SetValue(BeijingTime.FromUtc(row.UpdatedUtc));
        }

        for (var c = 1; c <= Columns.Count; c++)
        {
            sheet.Column(c).Width = SafeCells.WidthFor(Enumerable.Range(1, Math.Min(r, StreamingSheetWriter<ExportSampleRow>.WidthSampleRows + 1)).Select(row => sheet.Cell(row, c).GetFormattedString()));
        }

        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, r, Columns.Count).SetAutoFilter();
        workbook.SaveAs(output);
        return r - 1;
    }

    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }
}

using System.Globalization;
using ClosedXML.Excel;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Benchmarks;

/// <summary>
/// The styled report as it was built before the streaming writer: the whole workbook in memory with
/// ClosedXML 0.95.4 (the same layout, cell by cell through <see cref="SafeCells"/>), kept here only as
/// the benchmark's baseline.
/// </summary>
public static class ClosedXmlReportBaseline
{
    public static void Write<T>(Stream output, string title, IReadOnlyList<ReportColumn<T>> columns, IReadOnlyList<T> rows, string filters, DateTime generatedUtc)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(title);
        SafeCells.Text(sheet.Cell(ReportWorkbook.TitleRow, 1), title);
        var titleRange = sheet.Range(ReportWorkbook.TitleRow, 1, ReportWorkbook.TitleRow, columns.Count);
        titleRange.Merge();
        titleRange.Style.Font.SetBold().Font.SetFontSize(16);
        SafeCells.Text(sheet.Cell(ReportWorkbook.FiltersRow, 1), $"筛选条件：{filters}");
        SafeCells.Text(sheet.Cell(ReportWorkbook.GeneratedRow, 1), $"生成时间：{BeijingTime.Minutes(generatedUtc)}（北京时间）");

        var widest = columns.Select(c => SafeCells.DisplayWidth(c.Header)).ToArray();
        for (var c = 0; c < columns.Count; c++)
        {
            SafeCells.Text(sheet.Cell(ReportWorkbook.HeaderRow, c + 1), columns[c].Header);
        }

        var header = sheet.Range(ReportWorkbook.HeaderRow, 1, ReportWorkbook.HeaderRow, columns.Count).Style;
        header.Font.Bold = true;
        header.Fill.BackgroundColor = XLColor.FromHtml(ReportWorkbook.HeaderFill);
        var r = ReportWorkbook.HeaderRow + 1;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                widest[c] = Math.Max(widest[c], Set(sheet.Cell(r, c + 1), columns[c].Cell(row)));
            }

            r++;
        }

        var lastDataRow = r - 1;
        SafeCells.Text(sheet.Cell(r, 1), ReportWorkbook.TotalLabel);
        for (var c = 1; c < columns.Count; c++)
        {
            widest[c] = Math.Max(widest[c], Set(sheet.Cell(r, c + 1), columns[c].Total(rows)));
        }

        sheet.Range(r, 1, r, columns.Count).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(ReportWorkbook.HeaderRow);
        sheet.Range(ReportWorkbook.HeaderRow, 1, lastDataRow, columns.Count).SetAutoFilter();
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Column(c + 1).Width = SafeCells.WidthFor(widest[c]);
        }

        workbook.SaveAs(output);
    }

    /// <summary>Writes one cell the way the ClosedXML report did; returns its display width.</summary>
    private static int Set(IXLCell cell, ReportCell value)
    {
        if (value.Text is { } text)
        {
            SafeCells.Text(cell, text);
        }
        else if (value.Number is { } number)
        {
            var parsed = double.Parse(number, CultureInfo.InvariantCulture);
            switch (value.Format)
            {
                case ReportCellFormat.Date or ReportCellFormat.Month:
                    SafeCells.Date(cell, DateOnly.FromDateTime(DateTime.FromOADate(parsed)));
                    break;
                case ReportCellFormat.DateTime:
                    SafeCells.DateTime(cell, DateTime.FromOADate(parsed));
                    break;
                case ReportCellFormat.Money:
                    cell.SetValue(decimal.Parse(number, CultureInfo.InvariantCulture));
                    cell.Style.NumberFormat.Format = SafeCells.MoneyFormat;
                    break;
                case ReportCellFormat.Percent:
                    SafeCells.Percent(cell, (decimal)parsed);
                    break;
                default:
                    SafeCells.Integer(cell, (long)parsed);
                    break;
            }
        }

        return SafeCells.DisplayWidth(value.Display);
    }
}

using ClosedXML.Excel;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Reporting;

/// <summary>One line of the plan filing register (采购计划备案登记表).</summary>
public sealed record PlanRegisterRow(string Number, string UnitName, string RegionCode, string Title, string Status, Money Total, DateOnly ExpectedStart, DateTime UpdatedInChina);

/// <summary>
/// The plan filing register as a styled workbook a regulator hands to a superior: title, the
/// filters used, generation time, header row, frozen panes, autofilter, number and date formats,
/// fitted column widths and a total row.
/// </summary>
public static class PlanFilingRegister
{
    private static readonly string[] Headers = ["计划编号", "采购单位", "所属地区", "项目名称", "状态", "预算金额（元）", "预计开始日期", "更新时间"];

    public static byte[] Build(IReadOnlyList<PlanRegisterRow> rows, string filters, DateTime generatedInChina)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("采购计划备案登记表");
        sheet.Cell(1, 1).SetValue("采购计划备案登记表");
        sheet.Range(1, 1, 1, Headers.Length).Merge().Style.Font.SetBold().Font.SetFontSize(16);
        SafeCells.Text(sheet.Cell(2, 1), $"筛选条件：{filters}");
        SafeCells.Text(sheet.Cell(3, 1), $"生成时间：{generatedInChina:yyyy-MM-dd HH:mm}（北京时间）");
        const int headerRow = 5;
        for (var c = 0; c < Headers.Length; c++)
        {
            var cell = sheet.Cell(headerRow, c + 1);
            cell.SetValue(Headers[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6F1");
        }

        var r = headerRow + 1;
        foreach (var row in rows)
        {
            SafeCells.Text(sheet.Cell(r, 1), row.Number);
            SafeCells.Text(sheet.Cell(r, 2), row.UnitName);
            SafeCells.Text(sheet.Cell(r, 3), RegionDirectory.Guangdong.Find(row.RegionCode)?.Name ?? row.RegionCode);
            SafeCells.Text(sheet.Cell(r, 4), row.Title);
            SafeCells.Text(sheet.Cell(r, 5), row.Status);
            SafeCells.Money(sheet.Cell(r, 6), row.Total);
            SafeCells.Date(sheet.Cell(r, 7), row.ExpectedStart);
            SafeCells.DateTime(sheet.Cell(r, 8), row.UpdatedInChina);
            r++;
        }

        SafeCells.Text(sheet.Cell(r, 1), "合计");
        sheet.Cell(r, 1).Style.Font.Bold = true;
        SafeCells.Money(sheet.Cell(r, 6), rows.Aggregate(Common.Money.Zero, (sum, row) => sum + row.Total));
        sheet.Cell(r, 6).Style.Font.Bold = true;

        sheet.SheetView.FreezeRows(headerRow);
        sheet.Range(headerRow, 1, Math.Max(headerRow, r - 1), Headers.Length).SetAutoFilter();
        for (var c = 1; c <= Headers.Length; c++)
        {
            var texts = Enumerable.Range(headerRow, r - headerRow + 1).Select(row => sheet.Cell(row, c).GetFormattedString());
            sheet.Column(c).Width = SafeCells.WidthFor(texts);
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    public static PlanRegisterRow From(PlanRow row) =>
        new(row.Number, row.UnitName, row.RegionCode, row.Title, ProcurementPlan.StatusText(row.Status).Zh, row.Total, row.ExpectedStart, row.UpdatedUtc.Add(Clock.ChinaOffset));
}

using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace GovProcurement.Benchmarks;

/// <summary>One row of a raw-data plan export: 15 columns of Chinese text, codes, money, whole numbers, dates and times.</summary>
public sealed record ExportSampleRow(
    string PlanNumber, string CreditCode, string ProjectCode, string UnitName, string Title, string Region, string Status,
    Money Budget, Money? ContractAmount, long Quantity, long FiscalYear,
    DateOnly ExpectedStart, DateOnly? SignedOn, DateTime CreatedUtc, DateTime UpdatedUtc);

/// <summary>Generated export rows (made on the fly, never held) and the two ways of writing them as .xlsx: the export writer and plain SpreadCheetah.</summary>
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
        ExportColumn<ExportSampleRow>.Year("预算年度", r => r.FiscalYear),
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

    /// <summary>The export writer: the same cells as the raw exports (text in the text format, exact money, Beijing dates), widths, frozen header, filtered table.</summary>
    public static long WriteExport(Stream output, IEnumerable<ExportSampleRow> rows) =>
        new RawExportWriter<ExportSampleRow>(Columns).Write(output, rows);

    /// <summary>The same export on the asynchronous path the export queue takes (rows read as an async stream, as from the store).</summary>
    public static long WriteExportAsync(Stream output, IEnumerable<ExportSampleRow> rows) =>
        new RawExportWriter<ExportSampleRow>(Columns).WriteAsync(output, AsAsync(rows)).GetAwaiter().GetResult();

    private static async IAsyncEnumerable<ExportSampleRow> AsAsync(IEnumerable<ExportSampleRow> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }

    /// <summary>
    /// The baseline: SpreadCheetah's plain writer given the same cells with no safety — a header row,
    /// then each row's values as they come: text as plain inline strings, yuan as numbers, counts and
    /// years as whole numbers, dates and times (moved to Beijing) as real dates, each number and date
    /// column in the same number format as the export's (set once per column, SpreadCheetah's fast
    /// path). What it leaves out is the safety and the layout: no text format, no whitespace
    /// preservation, no cleaning, no exact-text exceptions, no widths, frozen header or filter.
    /// </summary>
    public static long WritePlainSpreadCheetah(Stream output, IEnumerable<ExportSampleRow> rows) =>
        WritePlainAsync(output, rows).GetAwaiter().GetResult();

    private static async Task<long> WritePlainAsync(Stream output, IEnumerable<ExportSampleRow> rows)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output);
        var options = new WorksheetOptions();
        string[] formats = [SafeCells.MoneyFormat, SafeCells.MoneyFormat, SafeCells.IntegerFormat, "0", SafeCells.DateFormat, SafeCells.DateFormat, SafeCells.DateTimeFormat, SafeCells.DateTimeFormat];
        for (var c = 0; c < formats.Length; c++)
        {
            options.Column(8 + c).DefaultStyle = new Style { Format = NumberFormat.Custom(formats[c]) };
        }

        await spreadsheet.StartWorksheetAsync("Sheet1", options);
        await spreadsheet.AddHeaderRowAsync(Columns.Select(c => c.Header).ToArray());
        var cells = new DataCell[Columns.Count];
        var written = 0L;
        foreach (var row in rows)
        {
            cells[0] = new DataCell(row.PlanNumber);
            cells[1] = new DataCell(row.CreditCode);
            cells[2] = new DataCell(row.ProjectCode);
            cells[3] = new DataCell(row.UnitName);
            cells[4] = new DataCell(row.Title);
            cells[5] = new DataCell(row.Region);
            cells[6] = new DataCell(row.Status);
            cells[7] = new DataCell(row.Budget.Yuan);
            cells[8] = new DataCell(row.ContractAmount?.Yuan);
            cells[9] = new DataCell(row.Quantity);
            cells[10] = new DataCell(row.FiscalYear);
            cells[11] = new DataCell(row.ExpectedStart.ToDateTime(TimeOnly.MinValue));
            cells[12] = new DataCell(row.SignedOn?.ToDateTime(TimeOnly.MinValue));
            cells[13] = new DataCell(BeijingTime.FromUtc(row.CreatedUtc));
            cells[14] = new DataCell(BeijingTime.FromUtc(row.UpdatedUtc));
            await spreadsheet.AddRowAsync(cells);
            written++;
        }

        await spreadsheet.FinishAsync();
        return written;
    }
}

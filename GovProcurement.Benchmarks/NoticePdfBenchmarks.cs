using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovProcurement.Portal.Documents;
using PdfSharp.Pdf.IO;

namespace GovProcurement.Benchmarks;

/// <summary>
/// Rendering an official notice as PDF with embedded Chinese font subset: a typical one-page
/// notice and a 5-page notice (long text and an 80-row item table). The "PDF size" and "Pages"
/// columns show what each benchmark produces.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
[Config(typeof(NoticeColumns))]
public class NoticePdfBenchmarks
{
    private static readonly NoticeDocument OnePage = Tender(paragraphs: 1, rows: 4);
    private static readonly NoticeDocument FivePages = Tender(paragraphs: 4, rows: 80);

    [GlobalSetup]
    public void Setup()
    {
        // The first document in a process loads the font (4.6 MB); measure the steady state.
        foreach (var name in new[] { nameof(OnePageNotice), nameof(FivePageNotice) })
        {
            var (size, pages) = Produce(name);
            Console.WriteLine($"// {name}: {pages} page(s), {size:N0} bytes");
        }
    }

    [Benchmark(Baseline = true)]
    public byte[] OnePageNotice() => NoticePdfRenderer.Render(OnePage);

    [Benchmark]
    public byte[] FivePageNotice() => NoticePdfRenderer.Render(FivePages);

    /// <summary>The PDF a benchmark renders: its size in bytes and its page count.</summary>
    public static (int Size, int Pages) Produce(string benchmark)
    {
        var pdf = NoticePdfRenderer.Render(benchmark == nameof(OnePageNotice) ? OnePage : FivePages);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return (pdf.Length, document.PageCount);
    }

    private static NoticeDocument Tender(int paragraphs, int rows) => new(
        "江门市第一中学教学设备采购项目公开招标公告",
        "GDZC-2026-000123",
        "江门市公共资源交易中心",
        new DateTimeOffset(2026, 11, 27, 7, 30, 0, TimeSpan.Zero),
        [
            new NoticeBlock.Heading("一、项目基本情况"),
            new NoticeBlock.KeyValues([("项目编号", "JMGGZY-2026-HW-0417"), ("采购方式", "公开招标"), ("预算金额", "¥3,999,999.99")]),
            new NoticeBlock.Heading("二、申请人的资格要求"),
            .. Enumerable.Range(0, paragraphs).Select(_ => new NoticeBlock.Paragraph(
                "根据《中华人民共和国政府采购法》等有关规定，江门市第一中学（以下简称“采购人”）委托江门市公共资源交易中心就教学设备采购项目进行公开招标，" +
                "欢迎符合资格条件的供应商参加投标。本项目预算金额为人民币3,999,999.99元；供应商应当在2026年12月20日09:30（北京时间）前提交电子投标文件，" +
                "逾期提交的，系统将拒绝接收。本项目专门面向中小企业采购，不接受联合体投标。潜在供应商对招标文件有疑问的，应当在提交投标文件截止之日前十日内，以书面形式提出询问。")),
            new NoticeBlock.Heading("三、采购标的清单"),
            new NoticeBlock.Table(
                ["序号", "品目名称", "规格型号及技术要求", "数量", "预算单价（元）"],
                Enumerable.Range(1, rows).Select(n => (IReadOnlyList<string>)
                [
                    n.ToString(CultureInfo.InvariantCulture),
                    n % 2 == 0 ? "学生计算机" : "交互式智能黑板",
                    $"GD-ITEM-{n:000}：符合国家强制性标准，提供检测报告；三年原厂上门质保。",
                    (n * 3).ToString(CultureInfo.InvariantCulture),
                    (4_800 + n * 25).ToString("N2", CultureInfo.InvariantCulture),
                ]).ToList(),
                [0.6, 1.6, 4, 0.7, 1.3],
                [0, 3, 4]),
        ],
        "9f2c4e1ab37d05c8e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7")
    {
        VerificationUrl = "https://gdgpo.example.cn/verify/GDZC-2026-000123",
    };

    /// <summary>Adds the size and page count of each benchmark's PDF to the summary table.</summary>
    private sealed class NoticeColumns : ManualConfig
    {
        public NoticeColumns() => AddColumn(new OutputColumn("PDF size", r => $"{r.Size / 1024.0:N1} KB"), new OutputColumn("Pages", r => r.Pages.ToString(CultureInfo.InvariantCulture)));
    }

    private sealed class OutputColumn(string name, Func<(int Size, int Pages), string> format) : IColumn
    {
        public string Id => nameof(OutputColumn) + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => false;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"{name} of the rendered notice";
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => format(Produce(benchmarkCase.Descriptor.WorkloadMethod.Name));
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}

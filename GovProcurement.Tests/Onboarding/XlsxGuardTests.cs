using System.IO.Compression;
using System.Text;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Onboarding;
using GovProcurement.Domain.Plans;

namespace GovProcurement.Tests.Onboarding;

/// <summary>
/// Uploaded workbooks are refused by size, dimension and rows before any workbook library loads
/// them. Memory is measured as the bytes this thread allocated while reading, not as time.
/// </summary>
public class XlsxGuardTests
{
    private const long MiB = 1024 * 1024;

    private static readonly InputLimits Limits = new();

    private static long AllocatedWhile(Action read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        read();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void A_small_file_whose_sheet_expands_far_past_the_bound_is_refused_with_bounded_memory()
    {
        using var bomb = Workbook.Bomb(ImportColumns.SheetName, sheetBytes: 320 * MiB);
        Assert.True(bomb.Length < 2 * MiB, $"the bomb should be small, is {bomb.Length} bytes");

        (IReadOnlyList<OrganizationDraft> Drafts, ImportError? Error) result = default;
        var allocated = AllocatedWhile(() => result = ImportWorkbook.Read(bomb, Limits));

        Assert.NotNull(result.Error);
        var bound = InputLimits.Megabytes(Limits.ImportUncompressedBytes);
        Assert.Contains($"解压后超过 {bound} MB", result.Error.MessageZh);
        Assert.Contains($"more than {bound} MB uncompressed", result.Error.MessageEn);
        Assert.True(allocated < 4 * MiB, $"allocated {allocated / MiB} MiB");
    }

    [Fact]
    public void A_part_that_declares_a_false_small_size_is_still_stopped_at_the_bound()
    {
        using var bomb = Workbook.Bomb(LegacyPlanImport.SheetName, sheetBytes: 200 * MiB, lieAboutSizes: true);
        var bounds = SheetBounds.From(Limits, Limits.LegacyPlanImportRows);

        Bilingual? problem = null;
        var allocated = AllocatedWhile(() => problem = XlsxGuard.Check(bomb, LegacyPlanImport.SheetName, bounds));

        Assert.NotNull(problem);
        Assert.True(allocated < 4 * MiB, $"allocated {allocated / MiB} MiB");
    }

    [Fact]
    public void A_declared_dimension_past_the_bound_is_refused_before_the_rows_are_read()
    {
        using var file = Workbook.Of(ImportColumns.SheetName, """<dimension ref="A1:J1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>""");

        var (_, error) = ImportWorkbook.Read(file, Limits);

        Assert.NotNull(error);
        Assert.Contains("A1:J1048576", error.MessageZh);
        Assert.Contains($"{Limits.OrganizationImportRows} data rows", error.MessageEn);
    }

    [Fact]
    public void Rows_past_the_bound_are_refused_while_streaming_by_count_and_by_row_number()
    {
        var limits = new InputLimits { OrganizationImportRows = 3 };
        using var fourRows = ImportFile.From(Enumerable.Range(1, 4).Select(i => ImportFile.Unit($"单位{i}", "440703", $"70{i}")).ToArray());
        using var farRow = Workbook.Of(ImportColumns.SheetName, """<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>""");
        using var threeRows = ImportFile.From(Enumerable.Range(1, 3).Select(i => ImportFile.Unit($"单位{i}", "440703", $"70{i}")).ToArray());

        Assert.Contains("一次最多导入 3 行", ImportWorkbook.Read(fourRows, limits).Error?.MessageZh);
        Assert.Contains("At most 3 rows", ImportWorkbook.Read(farRow, limits).Error?.MessageEn);
        var (drafts, error) = ImportWorkbook.Read(threeRows, limits);
        Assert.Null(error);
        Assert.Equal(3, drafts.Count);
    }

    [Fact]
    public void Columns_past_the_bound_and_an_oversized_file_are_refused()
    {
        using var wide = Workbook.Of(ImportColumns.SheetName, """<sheetData><row r="1"><c r="ZZ1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>""");
        using var large = new MemoryStream(new byte[Limits.ImportFileBytes + 1]);

        Assert.Contains($"最多 {Limits.ImportColumns} 列", ImportWorkbook.Read(wide, Limits).Error?.MessageZh);
        Assert.Contains($"The file is over {InputLimits.Megabytes(Limits.ImportFileBytes)} MB", ImportWorkbook.Read(large, Limits).Error?.MessageEn);
    }

    /// <summary>Minimal .xlsx packages written by hand, so that their parts can be made hostile.</summary>
    private static class Workbook
    {
        public static MemoryStream Of(string sheetName, string sheetBody) =>
            Build(sheetName, sheet => sheet.Write(Encoding.UTF8.GetBytes($"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheetBody}</worksheet>""")));

        /// <summary>A sheet of one header row and then row after row of padding: a few hundred kB zipped, hundreds of MB open.</summary>
        public static MemoryStream Bomb(string sheetName, long sheetBytes, bool lieAboutSizes = false)
        {
            var stream = Build(sheetName, sheet =>
            {
                sheet.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>类型</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>"""u8);
                var padding = Encoding.ASCII.GetBytes(new string('A', 64 * 1024));
                for (long written = 0; written < sheetBytes; written += padding.Length)
                {
                    sheet.Write(padding);
                }

                sheet.Write("</t></is></c></row></sheetData></worksheet>"u8);
            });
            return lieAboutSizes ? DeclareTinySizes(stream) : stream;
        }

        private static MemoryStream Build(string sheetName, Action<Stream> writeSheet)
        {
            var stream = new MemoryStream();
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                void Part(string path, string xml)
                {
                    using var part = zip.CreateEntry(path).Open();
                    part.Write(Encoding.UTF8.GetBytes(xml));
                }

                Part("[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
                Part("_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
                Part("xl/workbook.xml", $"""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
                Part("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
                using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
                writeSheet(sheet);
            }

            stream.Position = 0;
            return stream;
        }

        /// <summary>Rewrites every uncompressed-size field (local headers and central directory) to 1 KB, as a hostile tool could.</summary>
        private static MemoryStream DeclareTinySizes(MemoryStream zip)
        {
            var bytes = zip.ToArray();
            for (var i = 0; i + 4 <= bytes.Length; i++)
            {
                var signature = BitConverter.ToUInt32(bytes, i);
                var sizeAt = signature switch { 0x04034b50 => i + 22, 0x02014b50 => i + 24, _ => -1 };
                if (sizeAt > 0 && sizeAt + 4 <= bytes.Length)
                {
                    BitConverter.GetBytes(1024u).CopyTo(bytes, sizeAt);
                }
            }

            return new MemoryStream(bytes);
        }
    }
}

using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// The .xlsx package of a streamed export, written forward only into the output stream.
/// </summary>
/// <remarks>
/// <c>SpreadsheetDocument.Create</c> cannot be used here: Open XML SDK 2.x requires a package opened
/// for reading and writing, and System.IO.Packaging then opens the zip in update mode, which keeps every
/// part uncompressed in memory until the end (measured: about 400 MB at 300,000 rows × 15 columns).
/// A package opened write-only streams each part into the zip as it is written, so memory stays flat,
/// and the output may even be a non-seekable stream. The price is that parts are written one after
/// another and each only once: the worksheets first, then the styles, then the workbook, which lists
/// the sheets and their autofilter ranges once they are known.
/// </remarks>
internal sealed class XlsxPackageWriter(Stream output) : IDisposable
{
    private const string RelationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string ContentTypeBase = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static readonly Uri WorkbookUri = new("/xl/workbook.xml", UriKind.Relative);

    private readonly Package package = Package.Open(output, FileMode.Create, FileAccess.Write);
    private int worksheets;

    /// <summary>The stream of the next worksheet part; dispose it before adding another part.</summary>
    public Stream AddWorksheet()
    {
        worksheets++;
        var part = package.CreatePart(new Uri($"/xl/worksheets/sheet{worksheets}.xml", UriKind.Relative), ContentTypeBase + "worksheet+xml", CompressionOption.Fast);
        return part.GetStream(FileMode.Create, FileAccess.Write);
    }

    /// <summary>Writes the styles and the workbook naming the worksheets in order, with their autofilter ranges ("A1:O200").</summary>
    public void Complete(IReadOnlyList<(string Name, string FilterRange)> sheets)
    {
        var styles = package.CreatePart(new Uri("/xl/styles.xml", UriKind.Relative), ContentTypeBase + "styles+xml", CompressionOption.Fast);
        Write(styles, ExportStyles.Build());

        var workbook = package.CreatePart(WorkbookUri, ContentTypeBase + "sheet.main+xml", CompressionOption.Fast);
        Write(workbook, new Workbook(
            new Sheets(sheets.Select((sheet, i) => new Sheet { Name = sheet.Name, SheetId = (uint)i + 1, Id = $"rId{i + 1}" })),
            new DefinedNames(sheets.Select((sheet, i) => new DefinedName($"'{sheet.Name.Replace("'", "''")}'!{Absolute(sheet.FilterRange)}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)i,
                Hidden = true,
            }))));

        for (var i = 1; i <= worksheets; i++)
        {
            workbook.CreateRelationship(new Uri($"worksheets/sheet{i}.xml", UriKind.Relative), TargetMode.Internal, RelationshipBase + "worksheet", $"rId{i}");
        }

        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, RelationshipBase + "styles", $"rId{worksheets + 1}");
        package.CreateRelationship(WorkbookUri, TargetMode.Internal, RelationshipBase + "officeDocument", "rId1");
    }

    public void Dispose() => package.Close();

    /// <summary>"A5:H20" → "$A$5:$H$20".</summary>
    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(cell => "$" + string.Concat(cell.TakeWhile(char.IsAsciiLetter)) + "$" + string.Concat(cell.SkipWhile(char.IsAsciiLetter))));

    private static void Write(PackagePart part, OpenXmlElement root)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument();
        writer.WriteElement(root);
    }
}

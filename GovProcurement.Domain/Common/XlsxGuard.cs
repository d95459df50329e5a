using System.IO.Compression;
using System.Xml;

namespace GovProcurement.Domain.Common;

/// <summary>How big an uploaded sheet may be: data rows (under one header row), columns, and all parts uncompressed.</summary>
public sealed record SheetBounds(int MaxRows, int MaxColumns, long MaxFileBytes, long MaxUncompressedBytes, int MaxParts)
{
    public static SheetBounds From(InputLimits limits, int maxRows) =>
        new(maxRows, limits.ImportColumns, limits.ImportFileBytes, limits.ImportUncompressedBytes, limits.ImportParts);
}

/// <summary>
/// Checks an uploaded .xlsx before any workbook library loads it: the number of parts and the sum of
/// their declared uncompressed sizes; then every part is decompressed once, into a reused buffer,
/// through a shared byte budget, since declared sizes can lie; then the data sheet is read
/// forward-only for its declared dimension, row count, row numbers and columns. Memory stays at a
/// read buffer whatever the file expands to. The sheet is found through the workbook's relationships, as the
/// Open XML packaging rules say; a file this does not understand is left to the workbook reader.
/// </summary>
public static class XlsxGuard
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Why the file is refused, or null when it is within the bounds. The stream is read from its start and rewound.</summary>
    public static Bilingual? Check(Stream stream, string sheetName, SheetBounds bounds)
    {
        if (stream.Length > bounds.MaxFileBytes)
        {
            return FileTooLarge(bounds);
        }

        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return CheckDeclared(zip, bounds) ?? CheckActualSizes(zip, bounds) ?? CheckSheet(zip, sheetName, bounds);
        }
        catch (BoundedReadStream.BoundExceededException)
        {
            return TooLarge(bounds);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return Unreadable;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    public static Bilingual Unreadable { get; } = new(
        "无法读取文件：请上传由模板填写的 Excel 文件（.xlsx），不要插入图片、图表等对象。",
        "The file could not be read: upload an .xlsx file made from the template, without pictures or charts.");

    public static Bilingual FileTooLarge(SheetBounds bounds) => new(
        $"文件超过 {InputLimits.Megabytes(bounds.MaxFileBytes)} MB，请分批导入。", $"The file is over {InputLimits.Megabytes(bounds.MaxFileBytes)} MB; split it.");

    public static Bilingual TooManyRows(int maxRows) => new($"一次最多导入 {maxRows} 行，请分批导入。", $"At most {maxRows} rows per import; split the file.");

    private static Bilingual TooLarge(SheetBounds bounds) => new(
        $"文件解压后超过 {InputLimits.Megabytes(bounds.MaxUncompressedBytes)} MB，请删除多余内容或分批导入。",
        $"The file expands to more than {InputLimits.Megabytes(bounds.MaxUncompressedBytes)} MB uncompressed; remove extra content or split it.");

    private static Bilingual TooWide(int maxColumns) => new($"工作表最多 {maxColumns} 列，请使用下载的模板。", $"A sheet has at most {maxColumns} columns; use the template.");

    private static Bilingual? CheckDeclared(ZipArchive zip, SheetBounds bounds)
    {
        if (zip.Entries.Count > bounds.MaxParts)
        {
            return new($"文件包含的部件超过 {bounds.MaxParts} 个，请使用下载的模板。", $"The file has more than {bounds.MaxParts} parts; use the template.");
        }

        return zip.Entries.Sum(e => e.Length) > bounds.MaxUncompressedBytes ? TooLarge(bounds) : null;
    }

    /// <summary>Decompresses every part once, to its end, within the budget.</summary>
    private static Bilingual? CheckActualSizes(ZipArchive zip, SheetBounds bounds)
    {
        var budget = new BoundedReadStream.Budget(bounds.MaxUncompressedBytes);
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            using var part = new BoundedReadStream(entry.Open(), budget);
            while (part.Read(buffer) > 0)
            {
            }
        }

        return null;
    }

    private static Bilingual? CheckSheet(ZipArchive zip, string sheetName, SheetBounds bounds)
    {
        var workbookPath = Target(zip, "", "_rels/.rels", r => (r.GetAttribute("Type") ?? "").EndsWith("/officeDocument", StringComparison.Ordinal), bounds);
        var sheetPath = workbookPath is null ? null : SheetPath(zip, workbookPath, sheetName, bounds);
        var sheet = sheetPath is null ? null : zip.GetEntry(sheetPath);
        if (sheet is null)
        {
            return null; // no such sheet: the workbook reader names what is missing
        }

        using var reader = Open(sheet, bounds);
        var rows = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var problem = reader.LocalName switch
            {
                "dimension" => CheckDimension(reader.GetAttribute("ref"), bounds),
                "row" => CheckRow(++rows, reader.GetAttribute("r"), bounds),
                "c" => CheckCell(reader.GetAttribute("r"), bounds),
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static Bilingual? CheckDimension(string? reference, SheetBounds bounds)
    {
        var last = reference?.Split(':')[^1];
        if (last is null || !TryParseCell(last, out var column, out var row))
        {
            return null;
        }

        return row - 1 > bounds.MaxRows || column > bounds.MaxColumns
            ? new($"工作表声明的范围 {reference} 超出上限（最多 {bounds.MaxRows} 行数据、{bounds.MaxColumns} 列），请分批导入。",
                $"The sheet declares the range {reference}, beyond the bound of {bounds.MaxRows} data rows and {bounds.MaxColumns} columns; split the file.")
            : null;
    }

    /// <summary>One header row and at most the bound of data rows, by count and by row number.</summary>
    private static Bilingual? CheckRow(int count, string? number, SheetBounds bounds)
    {
        var beyond = count - 1 > bounds.MaxRows || (int.TryParse(number, out var r) && r - 1 > bounds.MaxRows);
        return beyond ? TooManyRows(bounds.MaxRows) : null;
    }

    private static Bilingual? CheckCell(string? reference, SheetBounds bounds) =>
        reference is not null && TryParseCell(reference, out var column, out _) && column > bounds.MaxColumns ? TooWide(bounds.MaxColumns) : null;

    /// <summary>"AB12" → column 28, row 12.</summary>
    private static bool TryParseCell(string reference, out int column, out int row)
    {
        column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= 16384; i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return int.TryParse(reference.AsSpan(i), out row) && column > 0;
    }

    private static string? SheetPath(ZipArchive zip, string workbookPath, string sheetName, SheetBounds bounds)
    {
        var workbook = zip.GetEntry(workbookPath);
        if (workbook is null)
        {
            return null;
        }

        string? relationship = null;
        using (var reader = Open(workbook, bounds))
        {
            while (relationship is null && reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "sheet" } && reader.GetAttribute("name") == sheetName)
                {
                    relationship = reader.GetAttribute("id", RelationshipsNamespace);
                }
            }
        }

        var folder = workbookPath.Contains('/') ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : "";
        var relationships = $"{folder}_rels/{workbookPath[folder.Length..]}.rels";
        return relationship is null ? null : Target(zip, folder, relationships, r => r.GetAttribute("Id") == relationship, bounds);
    }

    /// <summary>The part a relationship points to, as a path inside the zip.</summary>
    private static string? Target(ZipArchive zip, string folder, string relationshipsPath, Func<XmlReader, bool> matches, SheetBounds bounds)
    {
        var entry = zip.GetEntry(relationshipsPath);
        if (entry is null)
        {
            return null;
        }

        using var reader = Open(entry, bounds);
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" } && matches(reader))
            {
                var target = reader.GetAttribute("Target") ?? "";
                return target.StartsWith('/') ? target[1..] : folder + target;
            }
        }

        return null;
    }

    private static XmlReader Open(ZipArchiveEntry entry, SheetBounds bounds) =>
        XmlReader.Create(new BoundedReadStream(entry.Open(), new BoundedReadStream.Budget(bounds.MaxUncompressedBytes)),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true, XmlResolver = null });
}

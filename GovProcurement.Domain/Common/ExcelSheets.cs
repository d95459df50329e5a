using ClosedXML.Excel;

namespace GovProcurement.Domain.Common;

/// <summary>A data row of an uploaded sheet: its Excel row number and its cells as trimmed text.</summary>
public sealed record SheetRow(int RowNumber, IReadOnlyList<string> Cells);

/// <summary>
/// The shared shape of every Excel upload: a template with a text-formatted data sheet and an
/// instructions sheet, and a reader that checks the sheet and headers and returns the rows as text.
/// </summary>
public static class ExcelSheets
{
    public static byte[] Template(string sheetName, IReadOnlyList<string> columns, IReadOnlyDictionary<string, string> help, string note)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(sheetName);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = sheet.Column(i + 1);
            column.Style.NumberFormat.Format = "@"; // text, so codes keep their leading zeros and all their digits
            column.Width = columns[i].Length * 2.2 + 8;
            var header = sheet.Cell(1, i + 1);
            header.SetValue(columns[i]);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6F1");
        }

        sheet.SheetView.FreezeRows(1);
        var instructions = workbook.AddWorksheet("填写说明");
        instructions.Cell(1, 1).SetValue("列名");
        instructions.Cell(1, 2).SetValue("填写要求");
        instructions.Row(1).Style.Font.Bold = true;
        var row = 2;
        foreach (var name in columns)
        {
            instructions.Cell(row, 1).SetValue(name);
            instructions.Cell(row, 2).SetValue(help[name]);
            row++;
        }

        instructions.Cell(row + 1, 1).SetValue("说明");
        instructions.Cell(row + 1, 2).SetValue(note);
        instructions.Column(1).Width = 22;
        instructions.Column(2).Width = 90;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// The non-empty rows under the header, or why the file cannot be read (nothing is read then).
    /// <see cref="XlsxGuard"/> checks the file's size, dimension and rows before the workbook is loaded.
    /// </summary>
    public static (IReadOnlyList<SheetRow> Rows, Bilingual? Problem) Read(Stream stream, string sheetName, IReadOnlyList<string> columns, SheetBounds bounds)
    {
        Stream? copy = null;
        try
        {
            var seekable = stream.CanSeek ? stream : copy = Buffer(stream, bounds.MaxFileBytes);
            if (XlsxGuard.Check(seekable, sheetName, bounds) is { } refused)
            {
                return ([], refused);
            }

            using var workbook = new XLWorkbook(seekable);
            return ReadSheet(workbook, sheetName, columns, bounds.MaxRows);
        }
        catch (BoundedReadStream.BoundExceededException)
        {
            return ([], XlsxGuard.FileTooLarge(bounds));
        }
        catch (Exception)
        {
            // Whatever an uploaded file does to the reader, the answer is the same and nothing is stored.
            return ([], XlsxGuard.Unreadable);
        }
        finally
        {
            copy?.Dispose();
        }
    }

    /// <summary>A stream that cannot seek (the pages buffer uploads, other callers may not), copied within the file bound.</summary>
    private static MemoryStream Buffer(Stream stream, long maxBytes)
    {
        var copy = new MemoryStream();
        new BoundedReadStream(stream, new BoundedReadStream.Budget(maxBytes), leaveOpen: true).CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static (IReadOnlyList<SheetRow>, Bilingual?) ReadSheet(XLWorkbook workbook, string sheetName, IReadOnlyList<string> columns, int maxRows)
    {
        if (!workbook.TryGetWorksheet(sheetName, out var sheet))
        {
            return ([], new($"文件中缺少名为“{sheetName}”的工作表，请使用下载的模板。", $"The file has no sheet named {sheetName}; use the template."));
        }

        var missing = columns.Where((name, i) => sheet.Cell(1, i + 1).GetString().Trim() != name).ToList();
        if (missing.Count > 0)
        {
            return ([], new($"表头与模板不一致：{string.Join("、", missing)}。请使用下载的模板。", $"The header row differs from the template: {string.Join(", ", missing)}."));
        }

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
        if (lastRow - 1 > maxRows)
        {
            return ([], XlsxGuard.TooManyRows(maxRows));
        }

        var rows = new List<SheetRow>();
        for (var r = 2; r <= lastRow; r++)
        {
            var cells = Enumerable.Range(1, columns.Count).Select(c => sheet.Cell(r, c).GetFormattedString().Trim()).ToList();
            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(new SheetRow(r, cells));
            }
        }

        return (rows, null);
    }
}

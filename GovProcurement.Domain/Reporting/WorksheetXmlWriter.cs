using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// Lines of text above the header row of a report (title, filters, generation time), one cell each;
/// the header row follows at <see cref="HeaderRow"/>. With <see cref="MergeTitle"/> the first line's
/// cell spans every column.
/// </summary>
internal sealed record SheetHeading(IReadOnlyList<(string Text, uint Style)> Lines, int HeaderRow, bool MergeTitle);

/// <summary>
/// Writes one worksheet's XML forward only with <see cref="OpenXmlWriter"/>: the frozen header view,
/// column widths, an optional heading, a bold header row, data rows cell by cell, then the autofilter
/// over the header and data rows. The element objects and attribute arrays are made once and reused
/// for every cell.
/// </summary>
internal sealed class WorksheetXmlWriter : IDisposable
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Passed explicitly, so the writer does not ask the reused element for its namespace declarations.</summary>
    private static readonly KeyValuePair<string, string>[] NoNamespaces = [];
    private static readonly string[] StyleIds = Enumerable.Range(0, ExportStyles.StyleCount).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    private readonly OpenXmlWriter xml;
    private readonly string[] columnNames;
    private readonly Row rowElement = new();
    private readonly Cell cellElement = new();
    private readonly CellValue valueElement = new();
    private readonly InlineString inlineElement = new();
    private readonly Text textElement = new();
    private readonly OpenXmlAttribute[] rowAttributes = new OpenXmlAttribute[1];
    private readonly OpenXmlAttribute[] numberAttributes = new OpenXmlAttribute[2];
    private readonly OpenXmlAttribute[] textAttributes = new OpenXmlAttribute[3];
    private readonly OpenXmlAttribute[] preserveSpace = [new("xml", "space", XmlNamespace, "preserve")];
    private readonly SheetHeading? heading;
    private string rowNumber = "";
    private int column;

    public WorksheetXmlWriter(Stream part, IReadOnlyList<string> headers, IReadOnlyList<double> widths, bool selected, SheetHeading? heading = null)
    {
        xml = OpenXmlWriter.Create(part);
        this.heading = heading;
        HeaderRow = heading?.HeaderRow ?? 1;
        columnNames = Enumerable.Range(1, headers.Count).Select(ColumnName).ToArray();
        textAttributes[2] = new("", "t", "", "inlineStr");
        xml.WriteStartDocument();
        xml.WriteStartElement(new Worksheet());
        xml.WriteElement(FrozenHeaderView(selected, HeaderRow));
        xml.WriteElement(new Columns(widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
        xml.WriteStartElement(new SheetData());
        foreach (var (text, style) in heading?.Lines ?? [])
        {
            StartRow();
            InlineText(ExcelValues.Clean(text), style);
            EndRow();
        }

        LastRow = HeaderRow - 1;
        StartRow();
        foreach (var header in headers)
        {
            if (header.Length == 0)
            {
                Empty();
            }
            else
            {
                InlineText(ExcelValues.Clean(header), ExportStyles.Header);
            }
        }

        EndRow();
    }

    /// <summary>The number of the last row written.</summary>
    public int LastRow { get; private set; }

    /// <summary>The row of the column headers: 1 without a heading.</summary>
    public int HeaderRow { get; }

    public string LastColumn => columnNames[^1];

    public void StartRow()
    {
        LastRow++;
        rowNumber = LastRow.ToString(CultureInfo.InvariantCulture);
        column = 0;
        rowAttributes[0] = new("", "r", "", rowNumber);
        xml.WriteStartElement(rowElement, rowAttributes, NoNamespaces);
    }

    public void EndRow() => xml.WriteEndElement();

    /// <summary>Leaves the next cell of the row empty.</summary>
    public void Empty() => column++;

    /// <summary>A number already spelled the way the XML stores it, with its style (number format).</summary>
    public void Number(string value, uint style)
    {
        numberAttributes[0] = new("", "r", "", NextCellReference());
        numberAttributes[1] = new("", "s", "", StyleIds[style]);
        xml.WriteStartElement(cellElement, numberAttributes, NoNamespaces);
        xml.WriteStartElement(valueElement);
        xml.WriteString(value);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Exact text as an inline string; quoted when Excel would take it for a formula. Null or empty leaves the cell empty.</summary>
    public void Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Empty();
            return;
        }

        InlineText(ExcelValues.Clean(value), ExcelValues.StartsLikeFormula(value) ? ExportStyles.QuotedText : ExportStyles.Text);
    }

    /// <summary>A report cell in its style (bold in the total row); an empty one leaves the cell empty.</summary>
    public void Cell(ReportCell cell, bool bold)
    {
        if (cell.IsEmpty)
        {
            Empty();
            return;
        }

        var style = bold ? ExportStyles.Bold(ExportStyles.Of(cell)) : ExportStyles.Of(cell);
        if (cell.Text is { } text)
        {
            InlineText(ExcelValues.Clean(text), style);
        }
        else
        {
            Number(cell.Number!, style);
        }
    }

    /// <summary>
    /// Closes the sheet data and adds the autofilter over the header and the rows up to
    /// <paramref name="filterLastRow"/> (by default all rows written), then the merged title.
    /// </summary>
    public void Finish(int? filterLastRow = null)
    {
        xml.WriteEndElement();
        xml.WriteElement(new AutoFilter { Reference = FilterRange(filterLastRow ?? LastRow) });
        if (heading is { MergeTitle: true } && columnNames.Length > 1)
        {
            xml.WriteElement(new MergeCells(new MergeCell { Reference = $"A1:{LastColumn}1" }) { Count = 1 });
        }

        xml.WriteEndElement();
        xml.Close();
    }

    /// <summary>The header row and the data rows below it, down to <paramref name="lastRow"/>.</summary>
    public string FilterRange(int lastRow) => $"A{HeaderRow}:{LastColumn}{Math.Max(HeaderRow, lastRow)}";

    public void Dispose() => xml.Dispose();

    /// <summary>The column letters of a 1-based column number: 1 → A, 27 → AA.</summary>
    internal static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + (number - 1) % 26) + name;
        }

        return name;
    }

    private void InlineText(string value, uint style)
    {
        textAttributes[0] = new("", "r", "", NextCellReference());
        textAttributes[1] = new("", "s", "", StyleIds[style]);
        xml.WriteStartElement(cellElement, textAttributes, NoNamespaces);
        xml.WriteStartElement(inlineElement);
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            xml.WriteStartElement(textElement, preserveSpace, NoNamespaces);
        }
        else
        {
            xml.WriteStartElement(textElement);
        }

        xml.WriteString(value);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private string NextCellReference() => string.Concat(columnNames[column++], rowNumber);

    private static SheetViews FrozenHeaderView(bool selected, int headerRow)
    {
        var firstData = $"A{headerRow + 1}";
        return new(new SheetView(
        new Pane { VerticalSplit = headerRow, TopLeftCell = firstData, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstData, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstData } })
    {
        TabSelected = selected ? true : null,
        WorkbookViewId = 0,
    });
    }
}

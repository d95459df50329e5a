using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// Writes one worksheet's XML forward only with <see cref="OpenXmlWriter"/>: the frozen header view,
/// column widths, a bold header row, data rows cell by cell, then the autofilter over the used range.
/// The element objects and attribute arrays are made once and reused for every cell.
/// </summary>
internal sealed class WorksheetXmlWriter : IDisposable
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Passed explicitly, so the writer does not ask the reused element for its namespace declarations.</summary>
    private static readonly KeyValuePair<string, string>[] NoNamespaces = [];
    private static readonly string[] StyleIds = Enumerable.Range(0, 8).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

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
    private string rowNumber = "";
    private int column;

    public WorksheetXmlWriter(Stream part, IReadOnlyList<string> headers, IReadOnlyList<double> widths, bool selected)
    {
        xml = OpenXmlWriter.Create(part);
        columnNames = Enumerable.Range(1, headers.Count).Select(ColumnName).ToArray();
        textAttributes[2] = new("", "t", "", "inlineStr");
        xml.WriteStartDocument();
        xml.WriteStartElement(new Worksheet());
        xml.WriteElement(FrozenHeaderView(selected));
        xml.WriteElement(new Columns(widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
        xml.WriteStartElement(new SheetData());
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

    /// <summary>The number of the last row written, the header row being 1.</summary>
    public int LastRow { get; private set; }

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

    /// <summary>Closes the sheet data and adds the autofilter over the header and all rows written.</summary>
    public void Finish()
    {
        xml.WriteEndElement();
        xml.WriteElement(new AutoFilter { Reference = $"A1:{LastColumn}{LastRow}" });
        xml.WriteEndElement();
        xml.Close();
    }

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

    private static SheetViews FrozenHeaderView(bool selected) => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    {
        TabSelected = selected ? true : null,
        WorkbookViewId = 0,
    });
}

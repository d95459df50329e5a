using PdfSharp.Drawing;

namespace GovProcurement.Portal.Documents;

/// <summary>Works out a table's column widths in points, from relative widths or from the content.</summary>
internal static class TableColumns
{
    public static double[] Widths(PageFlow flow, NoticeBlock.Table table, double padding)
    {
        var count = table.Columns.Count;
        if (table.ColumnWidths is { } relative)
        {
            if (relative.Count != count || relative.Any(w => !(w > 0) || double.IsInfinity(w)))
            {
                throw new ArgumentException($"A table with {count} columns needs {count} positive relative widths.", nameof(table));
            }
            var sum = relative.Sum();
            return relative.Select(w => w / sum * PageFlow.Width).ToArray();
        }
        var natural = new double[count];
        for (var c = 0; c < count; c++)
        {
            natural[c] = Math.Max(Widest(flow, table.Columns[c], flow.Style.HeaderCell), flow.Measure("中中", flow.Style.Cell));
            foreach (var row in table.Rows)
            {
                natural[c] = Math.Max(natural[c], Widest(flow, row[c], flow.Style.Cell));
            }
            natural[c] += 2 * padding;
        }
        return Fit(natural, PageFlow.Width);
    }

    /// <summary>
    /// Columns narrower than an even share keep their natural width; the others share what is
    /// left in proportion to their natural widths. A table narrower than the line is stretched.
    /// </summary>
    internal static double[] Fit(double[] natural, double total)
    {
        var widths = new double[natural.Length];
        var open = Enumerable.Range(0, natural.Length).ToList();
        var left = total;
        bool fixedAny;
        do
        {
            fixedAny = false;
            var share = left / Math.Max(open.Count, 1);
            foreach (var c in open.Where(c => natural[c] <= share).ToList())
            {
                widths[c] = natural[c];
                left -= natural[c];
                open.Remove(c);
                fixedAny = true;
            }
        }
        while (fixedAny && open.Count > 0);

        if (open.Count == 0)
        {
            var scale = total / natural.Sum();
            return natural.Select(w => w * scale).ToArray();
        }
        var openSum = open.Sum(c => natural[c]);
        foreach (var c in open)
        {
            widths[c] = left * natural[c] / openSum;
        }
        return widths;
    }

    private static double Widest(PageFlow flow, string text, XFont font) =>
        text.Replace("\r\n", "\n").Split('\n').Max(line => flow.Measure(line, font));
}

namespace GovProcurement.Portal.Documents;

/// <summary>
/// Draws a ruled table: a shaded header row repeated on every page the table spans, cell text
/// wrapped by <see cref="LineBreaker"/>, rows as tall as their content. A row that does not fit
/// the rest of a page moves to the next one; a row taller than a whole page is split by lines.
/// </summary>
internal static class TableLayout
{
    private const double PaddingX = 4;
    private const double PaddingY = 3;

    public static void Draw(PageFlow flow, NoticeBlock.Table table)
    {
        Validate(table);
        var style = flow.Style;
        var lineHeight = PageFlow.LineHeight(style.Cell, 1.4);
        var widths = TableColumns.Widths(flow, table, PaddingX);
        var rightAligned = table.RightAlignedColumns?.ToHashSet() ?? [];
        var header = table.Columns.Select((text, c) => flow.Wrap(text, style.HeaderCell, widths[c] - 2 * PaddingX)).ToArray();
        var headerHeight = header.Max(lines => lines.Count) * lineHeight + 2 * PaddingY;
        var pageRoom = PageFlow.Bottom - PageFlow.Top - headerHeight;

        var rows = table.Rows.Select(row => row.Select((text, c) => flow.Wrap(text, style.Cell, widths[c] - 2 * PaddingX)).ToArray()).ToList();

        // Start on a new page unless the header and the first row (or its first line, for a row
        // taller than a page) fit, so that a header never stands alone at the foot of a page.
        flow.Skip(6);
        var firstRow = rows.Count == 0 ? 0 : rows[0].Max(lines => lines.Count) * lineHeight + 2 * PaddingY;
        flow.EnsureSpace(headerHeight + (firstRow <= pageRoom ? firstRow : lineHeight + 2 * PaddingY));
        DrawRow(flow, widths, header, 0, int.MaxValue, headerHeight, lineHeight, header: true, rightAligned);

        foreach (var cells in rows)
        {
            var total = cells.Max(lines => lines.Count);
            var from = 0;
            while (from < total)
            {
                var fit = (int)Math.Floor((flow.Remaining - 2 * PaddingY) / lineHeight + 1e-9);
                var rest = total - from;
                if (rest <= fit)
                {
                    DrawRow(flow, widths, cells, from, total, rest * lineHeight + 2 * PaddingY, lineHeight, header: false, rightAligned);
                    from = total;
                    continue;
                }
                var fitsFreshPage = rest * lineHeight + 2 * PaddingY <= pageRoom;
                if (!fitsFreshPage && fit >= 1)
                {
                    DrawRow(flow, widths, cells, from, from + fit, fit * lineHeight + 2 * PaddingY, lineHeight, header: false, rightAligned);
                    from += fit;
                }
                flow.NewPage();
                DrawRow(flow, widths, header, 0, int.MaxValue, headerHeight, lineHeight, header: true, rightAligned);
            }
        }
        flow.Y += 8;
    }

    /// <summary>The height of a one-line header and a one-line row, what a table needs to start on a page.</summary>
    public static double StartHeight(NoticeStyle style) => 2 * (PageFlow.LineHeight(style.Cell, 1.4) + 2 * PaddingY) + 6;

    /// <summary>Draws lines [from, to) of every cell as one row of the given height at the cursor.</summary>
    private static void DrawRow(PageFlow flow, double[] widths, IReadOnlyList<string>[] cells, int from, int to,
        double height, double lineHeight, bool header, HashSet<int> rightAligned)
    {
        var style = flow.Style;
        var font = header ? style.HeaderCell : style.Cell;
        var x = PageFlow.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            if (header)
            {
                flow.Graphics.DrawRectangle(style.HeaderFill, x, flow.Y, widths[c], height);
            }
            flow.Graphics.DrawRectangle(style.Border, x, flow.Y, widths[c], height);
            var lines = cells[c];
            // A header cell is centred in its box; a body cell starts at the top.
            var top = header ? flow.Y + (height - lines.Count * lineHeight) / 2 : flow.Y + PaddingY;
            for (var i = from; i < Math.Min(to, lines.Count); i++)
            {
                var lineWidth = flow.Measure(lines[i], font);
                var lineX = header ? x + (widths[c] - lineWidth) / 2
                    : rightAligned.Contains(c) ? x + widths[c] - PaddingX - lineWidth
                    : x + PaddingX;
                flow.DrawLine(lines[i], font, style.Text, lineX, top + (i - from) * lineHeight, lineHeight);
            }
            x += widths[c];
        }
        flow.Y += height;
    }

    private static void Validate(NoticeBlock.Table table)
    {
        var count = table.Columns.Count;
        if (count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(table));
        }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (table.Rows[r].Count != count)
            {
                throw new ArgumentException($"Table row {r} has {table.Rows[r].Count} cells for {count} columns.", nameof(table));
            }
        }
        if (table.RightAlignedColumns?.Where(c => c < 0 || c >= count).Select(c => (int?)c).FirstOrDefault() is int bad)
        {
            throw new ArgumentException($"Right-aligned column {bad} is not among the table's {count} columns.", nameof(table));
        }
    }
}

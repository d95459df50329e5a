namespace GovProcurement.Portal.Documents;

/// <summary>Draws the text blocks of a notice body: headings, paragraphs and labelled values.</summary>
internal static class BodyBlocks
{
    /// <summary>Draws a heading, on a new page unless <paramref name="keepWith"/> points of what follows fit below it.</summary>
    public static void DrawHeading(PageFlow flow, NoticeBlock.Heading heading, double keepWith)
    {
        var style = flow.Style;
        var lineHeight = PageFlow.LineHeight(style.Heading, 1.4);
        var lines = flow.Wrap(heading.Text, style.Heading, PageFlow.Width);
        flow.Skip(8);
        flow.EnsureSpace(lines.Count * lineHeight + 2 + keepWith);
        flow.DrawLines(lines, style.Heading, style.Text, lineHeight);
        flow.Y += 2;
    }

    /// <summary>Each line of the text is a paragraph whose first line is indented by two Chinese characters.</summary>
    public static void DrawParagraph(PageFlow flow, NoticeBlock.Paragraph paragraph)
    {
        var style = flow.Style;
        var lineHeight = PageFlow.LineHeight(style.Body);
        var indent = 2 * flow.Measure("中", style.Body);
        foreach (var text in paragraph.Text.Replace("\r\n", "\n").Split('\n'))
        {
            var lines = flow.Wrap(text.Trim(), style.Body, PageFlow.Width, indent);
            flow.DrawLines(lines, style.Body, style.Text, lineHeight, firstLineIndent: indent);
        }
        flow.Y += 2;
    }

    /// <summary>Labels in a column as wide as the widest label (at most a third of the line), values wrapped beside them.</summary>
    public static void DrawKeyValues(PageFlow flow, NoticeBlock.KeyValues keyValues)
    {
        var style = flow.Style;
        var lineHeight = PageFlow.LineHeight(style.Body);
        var labels = keyValues.Items.Select(item => item.Label + "：").ToList();
        var labelWidth = Math.Min(labels.Select(label => flow.Measure(label, style.Body)).DefaultIfEmpty(0).Max(), PageFlow.Width / 3);
        var valueLeft = PageFlow.Left + labelWidth + 4;
        var valueWidth = PageFlow.Left + PageFlow.Width - valueLeft;

        flow.Skip(2);
        for (var i = 0; i < labels.Count; i++)
        {
            var labelLines = flow.Wrap(labels[i], style.Body, labelWidth);
            var valueLines = flow.Wrap(keyValues.Items[i].Value, style.Body, valueWidth);
            var count = Math.Max(labelLines.Count, valueLines.Count);
            for (var line = 0; line < count; line++)
            {
                flow.EnsureSpace(lineHeight);
                if (line < labelLines.Count)
                {
                    flow.DrawLine(labelLines[line], style.Body, style.Muted, PageFlow.Left, flow.Y, lineHeight);
                }
                if (line < valueLines.Count)
                {
                    flow.DrawLine(valueLines[line], style.Body, style.Text, valueLeft, flow.Y, lineHeight);
                }
                flow.Y += lineHeight;
            }
        }
        flow.Y += 2;
    }
}

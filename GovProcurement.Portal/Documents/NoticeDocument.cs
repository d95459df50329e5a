namespace GovProcurement.Portal.Documents;

/// <summary>
/// An official notice to render as PDF, independent of the database: the caller maps its own
/// records into this model and supplies the digest it stores for verification.
/// </summary>
/// <param name="Title">The notice title, centred at the top of the first page.</param>
/// <param name="Number">The notice number (e.g. GDZC-2026-000123), repeated on every page.</param>
/// <param name="Issuer">The publisher's name.</param>
/// <param name="PublishedAt">The publication time, printed in China time (UTC+8).</param>
/// <param name="Blocks">The body, in reading order.</param>
/// <param name="Digest">The hex SHA-256 the caller computed over the notice, printed for verification.</param>
public sealed record NoticeDocument(
    string Title,
    string Number,
    string Issuer,
    DateTimeOffset PublishedAt,
    IReadOnlyList<NoticeBlock> Blocks,
    string Digest)
{
    /// <summary>The address where a reader verifies the document; printed and encoded as a QR code when set.</summary>
    public string? VerificationUrl { get; init; }

    /// <summary>The fixed texts printed around the body; Chinese unless the caller localizes them.</summary>
    public NoticeLabels Labels { get; init; } = NoticeLabels.Chinese;
}

/// <summary>One block of a notice body. The nested records are the only kinds.</summary>
public abstract record NoticeBlock
{
    private NoticeBlock()
    {
    }

    /// <summary>A section heading, in bold.</summary>
    public sealed record Heading(string Text) : NoticeBlock;

    /// <summary>Body text; each line of <paramref name="Text"/> is a paragraph with a two-character first-line indent.</summary>
    public sealed record Paragraph(string Text) : NoticeBlock;

    /// <summary>A ruled table whose header row repeats on every page it spans.</summary>
    /// <param name="Columns">The header texts; their count is the column count.</param>
    /// <param name="Rows">The cell texts, each row with one text per column.</param>
    /// <param name="ColumnWidths">Relative column widths (any positive scale); when absent they follow the content.</param>
    /// <param name="RightAlignedColumns">Zero-based indexes of columns aligned right (amounts, quantities).</param>
    public sealed record Table(
        IReadOnlyList<string> Columns,
        IReadOnlyList<IReadOnlyList<string>> Rows,
        IReadOnlyList<double>? ColumnWidths = null,
        IReadOnlyCollection<int>? RightAlignedColumns = null) : NoticeBlock;

    /// <summary>Labelled values, one pair a line ("采购人：江门市教育局").</summary>
    public sealed record KeyValues(IReadOnlyList<(string Label, string Value)> Items) : NoticeBlock;
}

namespace GovProcurement.Domain.Notices;

/// <summary>
/// The announcement formats of 财办库〔2020〕50号 the platform publishes, plus the finance
/// departments' policy notices.
/// </summary>
public enum NoticeType
{
    /// <summary>招标公告 / 竞争性谈判公告 / 竞争性磋商公告 / 询价公告.</summary>
    ProcurementAnnouncement = 1,

    /// <summary>更正公告.</summary>
    Correction = 2,

    /// <summary>终止公告.</summary>
    Termination = 3,

    /// <summary>单一来源采购公示.</summary>
    SingleSourceNotice = 4,

    /// <summary>中标（成交）结果公告.</summary>
    Result = 5,

    /// <summary>合同公告.</summary>
    Contract = 6,

    /// <summary>政策通知: a finance department's notice to the units and agencies below it.</summary>
    Policy = 7,

    /// <summary>公共服务项目验收结果公告: the purchaser's acceptance result of a public-service project (财库〔2016〕205号).</summary>
    AcceptanceResult = 8,

    /// <summary>投诉处理结果公告: the finance department's decision on a complaint (财政部令第94号第三十七条).</summary>
    ComplaintDecision = 9,
}

public enum NoticeStatus
{
    Draft = 1,
    Published = 2,
}

public enum NoticeBlockKind
{
    Heading = 1,
    Paragraph = 2,
    Table = 3,
    Facts = 4,
}

/// <summary>
/// One block of a notice's body: a heading, a paragraph, a table (header + rows), or a list of
/// label/value facts (stored as a two-column table). The PDF and the web page render the same blocks.
/// </summary>
public sealed record NoticeBlock(NoticeBlockKind Kind, string Text, IReadOnlyList<string>? Columns = null, IReadOnlyList<IReadOnlyList<string>>? Rows = null)
{
    public static NoticeBlock Heading(string text) => new(NoticeBlockKind.Heading, text);

    public static NoticeBlock Paragraph(string text) => new(NoticeBlockKind.Paragraph, text);

    public static NoticeBlock Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows) => new(NoticeBlockKind.Table, "", columns, rows.ToList());

    public static NoticeBlock Facts(IEnumerable<(string Label, string Value)> facts) =>
        new(NoticeBlockKind.Facts, "", null, facts.Select(f => (IReadOnlyList<string>)[f.Label, f.Value]).ToList());
}

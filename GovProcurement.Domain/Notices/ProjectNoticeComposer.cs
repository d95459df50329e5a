using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Notices;

/// <summary>The parties named in a project's notices, with the contacts they entered (none when not entered yet).</summary>
public sealed record NoticeParties(string PurchaserName, string AgencyName)
{
    public ContactDetails? PurchaserContact { get; init; }

    public ContactDetails? AgencyContact { get; init; }
}

/// <summary>
/// Writes the body of a project's notices from its data, in the order of the national formats
/// (财办库〔2020〕50号): basic facts, lots, qualifications, documents, deadlines, periods, contacts.
/// </summary>
public static class ProjectNoticeComposer
{
    public static string AnnouncementTitle(ProcurementProject project) => project.Method switch
    {
        ProcurementMethod.OpenTender => $"{project.Title}招标公告",
        ProcurementMethod.InvitedTender => $"{project.Title}资格预审公告",
        ProcurementMethod.CompetitiveNegotiation => $"{project.Title}竞争性谈判公告",
        ProcurementMethod.CompetitiveConsultation => $"{project.Title}竞争性磋商公告",
        ProcurementMethod.RequestForQuotation => $"{project.Title}询价公告",
        _ => $"{project.Title}单一来源采购公示",
    };

    public static IReadOnlyList<NoticeBlock> Announcement(ProcurementProject project, NoticeParties parties, IReadOnlyList<StatutoryDate> dates, string? additions)
    {
        var deadline = Local(project.CurrentRound.DeadlineUtc);
        var blocks = new List<NoticeBlock>
        {
            NoticeBlock.Heading("一、项目基本情况"),
            BasicFacts(project, parties),
            LotTable(project),
            NoticeBlock.Heading("二、申请人的资格要求"),
            NoticeBlock.Paragraph("满足《中华人民共和国政府采购法》第二十二条规定，未被列入失信被执行人、重大税收违法失信主体、政府采购严重违法失信行为记录名单。"),
        };
        if (project.Qualifications.Length > 0)
        {
            blocks.Add(NoticeBlock.Paragraph("本项目的特定资格要求：" + project.Qualifications));
        }

        blocks.Add(NoticeBlock.Paragraph(project.ReservedForSme
            ? "本项目专门面向中小企业采购，供应商应为中小企业。"
            : $"本项目非专门面向中小企业采购；对小微企业报价给予 {project.SmeDeductionBasisPoints / 100m:0.##}% 的价格扣除，用扣除后的价格参与评审。"));
        blocks.Add(NoticeBlock.Heading("三、获取采购文件"));
        blocks.Add(NoticeBlock.Paragraph($"供应商在广东政府采购智慧云平台报名后在线获取采购文件{(project.CurrentRound.DocumentsUntil is { } until ? $"，提供期限至 {until:yyyy年M月d日}" : "")}。"));
        blocks.Add(NoticeBlock.Heading("四、提交响应文件截止时间和开启时间"));
        blocks.Add(NoticeBlock.Paragraph(project.Offline
            ? $"截止时间和开启时间：{deadline:yyyy年M月d日 HH:mm}（北京时间）。本地区项目采购电子交易子系统尚未上线，开启和评审在线下进行。"
            : $"截止时间和开启时间：{deadline:yyyy年M月d日 HH:mm}（北京时间）。供应商在平台在线递交加密的响应文件，逾期递交的不予接收；开启时间前任何人无法查看响应文件内容。"));
        blocks.Add(NoticeBlock.Heading("五、法定期限"));
        blocks.Add(NoticeBlock.Table(["期限", "日期", "依据"], dates.Select(d => (IReadOnlyList<string>)[d.Reason.Zh, d.Date.ToString("yyyy-MM-dd"), d.Citation])));
        if (!string.IsNullOrWhiteSpace(additions))
        {
            blocks.Add(NoticeBlock.Heading("六、其他补充事宜"));
            blocks.AddRange(Paragraphs(additions));
        }

        blocks.Add(NoticeBlock.Heading(string.IsNullOrWhiteSpace(additions) ? "六、联系方式" : "七、联系方式"));
        blocks.Add(Contacts(parties));
        return blocks;
    }

    public static IReadOnlyList<NoticeBlock> Correction(ProcurementProject project, NoticeParties parties, string change, DateTime? newDeadlineUtc) =>
    [
        NoticeBlock.Heading("一、原公告项目"),
        BasicFacts(project, parties),
        NoticeBlock.Heading("二、更正内容"),
        .. Paragraphs(change),
        NoticeBlock.Paragraph(newDeadlineUtc is { } d ? $"截止时间和开启时间更正为：{Local(d):yyyy年M月d日 HH:mm}（北京时间）。" : "截止时间和开启时间不变。"),
    ];

    public static IReadOnlyList<NoticeBlock> Termination(ProcurementProject project, NoticeParties parties, string reason) =>
    [
        NoticeBlock.Heading("一、项目基本情况"),
        BasicFacts(project, parties),
        NoticeBlock.Heading("二、终止原因"),
        .. Paragraphs(reason),
    ];

    public static IReadOnlyList<NoticeBlock> Result(ProcurementProject project, NoticeParties parties, IReadOnlyList<LotResult> results, IReadOnlyList<string> panel, IReadOnlyDictionary<Guid, string> supplierNames)
    {
        var word = ProjectTexts.WinnerWord(project.Method).Zh;
        return
        [
            NoticeBlock.Heading("一、项目基本情况"),
            BasicFacts(project, parties),
            NoticeBlock.Heading($"二、{word}信息"),
            NoticeBlock.Table(["包号", "采购包", $"{word}供应商", $"{word}金额（元）"], results.OrderBy(r => r.LotNumber).Select(r =>
            {
                var lot = project.Lots.First(l => l.Number == r.LotNumber);
                return (IReadOnlyList<string>)(r.Failed
                    ? [r.LotNumber.ToString(), lot.Name, "采购失败：" + r.FailReason, "—"]
                    : [r.LotNumber.ToString(), lot.Name, supplierNames.GetValueOrDefault(r.WinnerSupplierId ?? Guid.Empty, ""), r.WinningPrice?.Yuan.ToString("#,##0.00") ?? ""]);
            })),
            NoticeBlock.Heading("三、评审专家名单"),
            NoticeBlock.Paragraph(panel.Count > 0 ? string.Join("、", panel) : "线下评审，专家名单见评审报告。"),
            NoticeBlock.Heading("四、公告期限"),
            NoticeBlock.Paragraph("自本公告发布之日起 1 个工作日。"),
            NoticeBlock.Heading("五、联系方式"),
            Contacts(parties),
        ];
    }

    public static IReadOnlyList<NoticeBlock> Contract(ProcurementProject project, NoticeParties parties, ContractFacts contract) =>
    [
        NoticeBlock.Heading("一、合同信息"),
        NoticeBlock.Facts([
            ("合同编号", contract.ContractNumber),
            ("合同名称", project.Title),
            ("项目编号", project.Number),
            ("包组", contract.LotNumbers),
            ("供应商", contract.SupplierName),
            ("合同金额（元）", contract.Amount.Yuan.ToString("#,##0.00")),
            ("合同签订日期", contract.SignedOn.ToString("yyyy-MM-dd")),
        ]),
        NoticeBlock.Heading("二、合同当事人"),
        NoticeBlock.Facts([("采购人", parties.PurchaserName), ("供应商", contract.SupplierName), ("采购代理机构", parties.AgencyName)]),
    ];

    public static IEnumerable<NoticeBlock> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(NoticeBlock.Paragraph);

    private static NoticeBlock BasicFacts(ProcurementProject project, NoticeParties parties) => NoticeBlock.Facts(
    [
        ("项目编号", project.Number),
        ("项目名称", project.Title),
        ("采购方式", ProjectTexts.Method(project.Method).Zh),
        ("预算金额（元）", project.Budget.Yuan.ToString("#,##0.00")),
        ("采购人", parties.PurchaserName),
        ("采购代理机构", parties.AgencyName),
    ]);

    /// <summary>The contact section of the national formats: each party's name, address, contact person and phone.</summary>
    private static NoticeBlock Contacts(NoticeParties parties) => NoticeBlock.Facts(
    [
        .. Party("采购人", parties.PurchaserName, parties.PurchaserContact),
        .. Party("采购代理机构", parties.AgencyName, parties.AgencyContact),
    ]);

    private static IEnumerable<(string, string)> Party(string role, string name, ContactDetails? contact) => contact is null
        ? [(role, name)]
        : [(role, name), ($"{role}地址", contact.Address), ($"{role}联系人", contact.Person), ($"{role}联系电话", contact.Phone)];

    private static NoticeBlock LotTable(ProcurementProject project) => NoticeBlock.Table(
        ["包号", "采购包", "品目", "预算金额（元）", "最高限价（元）", "采购需求"],
        project.Lots.OrderBy(l => l.Number).Select(l => (IReadOnlyList<string>)
            [l.Number.ToString(), l.Name, CatalogueDirectory.Shipped.Find(l.CatalogueCode)?.Name ?? l.CatalogueCode, l.Budget.Yuan.ToString("#,##0.00"), l.MaxPrice.Yuan.ToString("#,##0.00"), l.Requirements]));

    private static DateTime? Local(DateTime? utc) => utc is { } value ? BeijingTime.FromUtc(value) : null;
}

/// <summary>What a contract announcement states.</summary>
public sealed record ContractFacts(string ContractNumber, string LotNumbers, string SupplierName, Money Amount, DateOnly SignedOn);

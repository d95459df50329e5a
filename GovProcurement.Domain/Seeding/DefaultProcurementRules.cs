using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Seeding;

/// <summary>
/// The rule rows the platform starts with. Guangdong's own 2020 thresholds could not be confirmed,
/// so the province rows carry the central figures (国办发〔2019〕55号) as editable data and say so;
/// Jiangmen's rows come from the notices forwarded in the seed documents.
/// </summary>
public static class DefaultProcurementRules
{
    private static readonly DateOnly Live = new(2021, 1, 1);
    private const string Province = RegionDirectory.ProvinceCode;
    private const string Jiangmen = "440700";
    private const long Yuan = 100;

    private const string CentralThresholds = "国办发〔2019〕55号《中央预算单位政府集中采购目录及标准（2020年版）》（广东省2020年版标准待核实，暂按此配置）";
    private const string SmeMeasures2020 = "财库〔2020〕46号《政府采购促进中小企业发展管理办法》";
    private const string SmeMeasures2022 = "财库〔2022〕19号《关于进一步加大政府采购支持中小企业力度的通知》";

    private const string TenderMeasures = "财政部令第87号《政府采购货物和服务招标投标管理办法》";
    private const string NonTenderMeasures = "财政部令第74号《政府采购非招标采购方式管理办法》";
    private const string ConsultationMeasures = "财库〔2014〕214号《政府采购竞争性磋商采购方式管理暂行办法》";
    private static readonly DateOnly SmeRevision = new(2022, 7, 1);

    public static readonly IReadOnlyList<string> MaskCodes = ["A03209901", "A03209902", "A03209903"];

    public static IEnumerable<ProcurementRule> All() => Planning().Concat(Execution()).Concat(Debarment())
        .Concat(Mall.Listings.ListingRules.Defaults()).Concat(Mall.Biddings.BiddingRules.Defaults()).Concat(Mall.Auctions.AuctionRules.Defaults())
        .Concat(Mall.Orders.OrderRules.Defaults()).Concat(Mall.Frameworks.FrameworkRules.Defaults()).Concat(Contracts.ContractRules.Defaults())
        .Concat(Complaints.ChallengeRules.Defaults()).Concat(Payments.PaymentRules.Defaults())
        .Concat(Bonds.BondRules.Defaults()).Concat(Acceptance.AcceptanceRules.Defaults());

    /// <summary>The thresholds and shares that route a plan.</summary>
    public static IEnumerable<ProcurementRule> Planning() =>
    [
        Money(RuleKind.DecentralizedThreshold, 1_000_000, Province, CentralThresholds, ProcurementCategory.Goods),
        Money(RuleKind.DecentralizedThreshold, 1_000_000, Province, CentralThresholds, ProcurementCategory.Services),
        Money(RuleKind.DecentralizedThreshold, 1_200_000, Province, CentralThresholds, ProcurementCategory.Works),
        Money(RuleKind.PublicTenderThreshold, 2_000_000, Province, CentralThresholds, ProcurementCategory.Goods),
        Money(RuleKind.PublicTenderThreshold, 2_000_000, Province, CentralThresholds, ProcurementCategory.Services),
        Money(RuleKind.PublicTenderThreshold, 4_000_000, Province, "《必须招标的工程项目规定》（国家发展改革委令第16号）：施工单项合同估算价400万元", ProcurementCategory.Works),
        Money(RuleKind.SmeFullReservationLine, 2_000_000, Province, SmeMeasures2020 + "第八条", ProcurementCategory.Goods),
        Money(RuleKind.SmeFullReservationLine, 2_000_000, Province, SmeMeasures2020 + "第八条", ProcurementCategory.Services),
        Money(RuleKind.SmeFullReservationLine, 4_000_000, Province, SmeMeasures2020 + "第八条", ProcurementCategory.Works),
        new(RuleKind.SmeReservedShare, 3000, RuleUnit.BasisPoints, Province, Live, new DateOnly(2022, 7, 1), SmeMeasures2020 + "第八条：预留份额30%以上"),
        new(RuleKind.SmeReservedShare, 4000, RuleUnit.BasisPoints, Province, new DateOnly(2022, 7, 1), null, SmeMeasures2022 + "：预留份额提高至40%以上"),
        new(RuleKind.IntentionLeadDays, 30, RuleUnit.Days, Province, Live, null, "财库〔2020〕10号《关于开展政府采购意向公开工作的通知》：原则上不得晚于采购活动开始前30日公开"),
        Money(RuleKind.CentralizedEntrustmentLine, 4_000_000, Jiangmen,
            "江财采购〔2020〕32号《关于执行〈广东省政府采购集中采购目录及标准（2020年版）〉有关事项的通知》：集中采购目录内400万元以下可选电子卖场简易采购，400万元以上（含）委托集中采购机构"),
        new(RuleKind.FrameworkDirectPurchaseLine, 500_000 * Yuan, RuleUnit.Fen, Jiangmen, Live, new DateOnly(2022, 1, 1),
            "江财采购〔2020〕28号《关于做好2020-2021年江门市直行政事业单位防疫、防护卫生装备及器具（口罩）采购工作的通知》：50万元以下（不含）在中标供应商中择优采购",
            ProcurementCategory.Goods, MaskCodes),
    ];

    /// <summary>The periods, panel sizes and scoring rules of project procurement.</summary>
    public static IEnumerable<ProcurementRule> Execution() =>
    [
        Number(RuleKind.TenderAnnouncementWorkingDays, 5, TenderMeasures + "第十六条：招标公告、资格预审公告的公告期限为5个工作日"),
        Number(RuleKind.TenderDocumentsWorkingDays, 5, TenderMeasures + "：招标文件提供期限自开始发出之日起不得少于5个工作日"),
        Number(RuleKind.TenderMinDaysToDeadline, 20, "《中华人民共和国政府采购法》第三十五条：自招标文件开始发出之日起至投标人提交投标文件截止之日止，不得少于二十日"),
        Number(RuleKind.TenderClarificationLeadDays, 15, TenderMeasures + "第二十七条：澄清或者修改可能影响投标文件编制的，应当在投标截止时间至少15日前通知，不足15日的顺延截止时间"),
        Number(RuleKind.ConsultationMinDaysToDeadline, 10, ConsultationMeasures + "第十条：磋商文件发出之日起至首次响应文件截止之日止不得少于10日"),
        Number(RuleKind.ConsultationClarificationLeadDays, 5, ConsultationMeasures + "第十条：澄清或者修改应当在首次响应文件截止时间至少5日前通知，不足5日的顺延"),
        Number(RuleKind.NegotiationMinWorkingDaysToDeadline, 3, NonTenderMeasures + "第十条：谈判文件、询价通知书发出之日起至首次响应文件截止之日止不得少于3个工作日"),
        Number(RuleKind.NegotiationClarificationLeadWorkingDays, 3, NonTenderMeasures + "第十条：澄清或者修改应当在首次响应文件截止之日3个工作日前通知，不足3个工作日的顺延"),
        Number(RuleKind.NonTenderAnnouncementWorkingDays, 3, NonTenderMeasures + "、" + ConsultationMeasures + "：谈判、磋商、询价公告期限为3个工作日（期限待核实）"),
        Number(RuleKind.SingleSourceNoticeWorkingDays, 5, "《中华人民共和国政府采购法实施条例》第三十八条；" + NonTenderMeasures + "第三十八条：达到公开招标数额的单一来源采购，公示期不得少于5个工作日"),
        Number(RuleKind.EvaluationReportWorkingDays, 2, TenderMeasures + "第六十八条：评标结束后2个工作日内将评标报告送采购人"),
        Number(RuleKind.PurchaserDecisionWorkingDays, 5, TenderMeasures + "第六十八条：采购人自收到评标报告之日起5个工作日内确定中标人"),
        Number(RuleKind.ResultPublicationWorkingDays, 2, TenderMeasures + "第六十九条：自中标人确定之日起2个工作日内公告中标结果并发出中标通知书"),
        Number(RuleKind.ResultAnnouncementWorkingDays, 1, TenderMeasures + "第六十九条：中标结果公告期限为1个工作日"),
        Number(RuleKind.TenderPanelMinimum, 5, TenderMeasures + "第四十七条：评标委员会成员为5人以上单数，评审专家不得少于成员总数的三分之二"),
        Money(RuleKind.LargePanelBudgetLine, 10_000_000, Province, TenderMeasures + "第四十七条：采购预算金额在1000万元以上、技术复杂或社会影响较大的项目，评标委员会为7人以上单数"),
        Number(RuleKind.LargePanelMinimum, 7, TenderMeasures + "第四十七条：采购预算金额在1000万元以上、技术复杂或社会影响较大的项目，评标委员会为7人以上单数"),
        Number(RuleKind.OtherPanelMinimum, 3, NonTenderMeasures + "第七条、" + ConsultationMeasures + "第十四条：谈判小组、询价小组、磋商小组由3人以上单数组成"),
        Number(RuleKind.NonTenderLargePanelMinimum, 5, NonTenderMeasures + "第七条：达到公开招标数额标准的货物或者服务采购项目，竞争性谈判小组或者询价小组应当由5人以上单数组成"),
        new(RuleKind.ConsultationPriceWeightMaximum, 6000, RuleUnit.BasisPoints, Province, Live, null, ConsultationMeasures + "第二十四条：货物项目的价格分值占总分值的比重为30%至60%", ProcurementCategory.Goods),
        new(RuleKind.ConsultationPriceWeightMaximum, 3000, RuleUnit.BasisPoints, Province, Live, null, ConsultationMeasures + "第二十四条：服务项目的价格分值占总分值的比重为10%至30%（工程项目参照执行，待核实）"),
        Number(RuleKind.MinimumBidders, 3, "《中华人民共和国政府采购法》第三十六条：对招标文件作实质响应的供应商不足三家的，应予废标"),
        new(RuleKind.ConsultationServicesMinimumBidders, 2, RuleUnit.Count, Province, Live, null,
            "财库〔2015〕124号《关于政府采购竞争性磋商采购方式管理暂行办法有关问题的补充通知》：政府购买服务项目、市场竞争不充分的科研项目，提交最后报价的供应商可以为2家", ProcurementCategory.Services),
        new(RuleKind.SmePriceDeductionMinimum, 600, RuleUnit.BasisPoints, Province, Live, SmeRevision, SmeMeasures2020 + "第九条：对小微企业报价给予6%—10%的扣除"),
        new(RuleKind.SmePriceDeductionMaximum, 1000, RuleUnit.BasisPoints, Province, Live, SmeRevision, SmeMeasures2020 + "第九条：对小微企业报价给予6%—10%的扣除"),
        new(RuleKind.SmePriceDeductionMinimum, 300, RuleUnit.BasisPoints, Province, Live, SmeRevision, SmeMeasures2020 + "第九条：工程项目对小微企业报价给予3%—5%的扣除", ProcurementCategory.Works),
        new(RuleKind.SmePriceDeductionMaximum, 500, RuleUnit.BasisPoints, Province, Live, SmeRevision, SmeMeasures2020 + "第九条：工程项目对小微企业报价给予3%—5%的扣除", ProcurementCategory.Works),
        new(RuleKind.SmePriceDeductionMinimum, 1000, RuleUnit.BasisPoints, Province, SmeRevision, null, SmeMeasures2022 + "：货物服务采购项目对小微企业报价给予10%—20%的扣除"),
        new(RuleKind.SmePriceDeductionMaximum, 2000, RuleUnit.BasisPoints, Province, SmeRevision, null, SmeMeasures2022 + "：货物服务采购项目对小微企业报价给予10%—20%的扣除"),
        new(RuleKind.SmePriceDeductionMinimum, 400, RuleUnit.BasisPoints, Province, SmeRevision, null, SmeMeasures2022 + "：工程采购项目对小微企业报价给予4%—6%的扣除", ProcurementCategory.Works),
        new(RuleKind.SmePriceDeductionMaximum, 600, RuleUnit.BasisPoints, Province, SmeRevision, null, SmeMeasures2022 + "：工程采购项目对小微企业报价给予4%—6%的扣除", ProcurementCategory.Works),
        new(RuleKind.PriceWeightMinimum, 3000, RuleUnit.BasisPoints, Province, Live, null, TenderMeasures + "第五十五条：货物项目的价格分值占总分值的比重不得低于30%", ProcurementCategory.Goods),
        new(RuleKind.PriceWeightMinimum, 1000, RuleUnit.BasisPoints, Province, Live, null, TenderMeasures + "第五十五条：服务项目的价格分值占总分值的比重不得低于10%（工程项目参照执行，待核实）"),
    ];

    private static readonly DateOnly ProcurementLawInForce = new(2003, 1, 1);
    private const string ProcurementLawDebarment = "《中华人民共和国政府采购法》第七十七条：列入不良行为记录名单，在一至三年内禁止参加政府采购活动";

    /// <summary>The debarment range: one to three years by law; how far back a record may start is the platform's own rule (待核实).</summary>
    public static IEnumerable<ProcurementRule> Debarment() =>
    [
        new(RuleKind.DebarmentMinimumYears, 1, RuleUnit.Years, Province, ProcurementLawInForce, null, ProcurementLawDebarment),
        new(RuleKind.DebarmentMaximumYears, 3, RuleUnit.Years, Province, ProcurementLawInForce, null, ProcurementLawDebarment),
        new(RuleKind.DebarmentLatestStartYearsAgo, 1, RuleUnit.Years, Province, Live, null,
            "本平台录入规则：禁止期限的开始日期不早于录入之日前一年（待核实：法律法规未见明文，沿用平台原有做法）"),
    ];

    private static ProcurementRule Number(RuleKind kind, long value, string citation) =>
        new(kind, value, ProcurementRuleBook.UnitOf(kind), Province, Live, null, citation);

    private static ProcurementRule Money(RuleKind kind, long yuan, string region, string citation, ProcurementCategory? category = null) =>
        new(kind, yuan * Yuan, RuleUnit.Fen, region, Live, null, citation, category);
}

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

    public static readonly IReadOnlyList<string> MaskCodes = ["A03209901", "A03209902", "A03209903"];

    public static IEnumerable<ProcurementRule> All() =>
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

    private static ProcurementRule Money(RuleKind kind, long yuan, string region, string citation, ProcurementCategory? category = null) =>
        new(kind, yuan * Yuan, RuleUnit.Fen, region, Live, null, citation, category);
}

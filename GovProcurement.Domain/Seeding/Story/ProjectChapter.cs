using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Routing;
using static GovProcurement.Domain.Seeding.Story.StoryCast;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>
/// The projects of the year, one at each stage, all through the Jiangmen centralized agency:
/// awarded with a contract filed, its prepayment paid, performed, accepted and its acceptance instalment paid, a public service accepted
/// with a representative of those it serves and its acceptance result announced, awarded with result letters (the loser's challenge answered and its
/// complaint dismissed, then a contract filed whose prepayment is overdue), a failed round changed to single source
/// (a single-bidder award whose contract the finance department returned), four recent awards with contracts drafted,
/// confirmed by the supplier, signed and announced, a result never announced (late), a terminated one, one waiting for
/// the purchaser, one opened with its panel drawn, one taking bids, one in preparation and one
/// waiting for the agency to accept.
/// </summary>
internal static class ProjectChapter
{
    private const ProcurementRoute Centralized = ProcurementRoute.EntrustCentralizedAgency;

    /// <summary>Days before now the recent awards' plans are drafted: their results come out two to four weeks ago.</summary>
    private const int RecentDraftDaysAgo = 40;

    private static readonly ProcurementMethod[] GoodsMethods = [ProcurementMethod.CompetitiveConsultation, ProcurementMethod.CompetitiveNegotiation, ProcurementMethod.RequestForQuotation];

    public static IReadOnlyList<StoryProject> Projects { get; } =
    [
        new(Services("江门市第一中学校园物业管理服务项目", JiangmenSchool, 1_600_000m), 300, ProjectEnd.Contracted,
            [new(Huaxin, 1_520_000m, 50m), new(Nanyue, 1_540_000m, 48m), new(Yuelian, 1_480_000m, 65m)], "保洁、秩序维护、绿化养护，服务期六个月",
            // Performed over six months and accepted: the performance bond refunded, the instalment due on acceptance paid in time.
            Contract: new(ContractEnd.Filed, Prepayment: PrepaymentEnd.Paid, Acceptance: new(6, "服务期届满，保洁、秩序维护、绿化养护服务已按合同全部履行。",
                [new("陈志强", AcceptanceMemberRole.PurchaserRepresentative), new("李秀英", AcceptanceMemberRole.User), new("黄建华", AcceptanceMemberRole.Expert)],
                "保洁、秩序维护、绿化养护均达到合同约定的服务标准。", "经验收小组逐项核验，物业服务的技术、服务、安全标准均符合合同约定，验收合格。"), PerformanceBondShare: 500)),
        new(Services("江门市第一中学体育场馆向社会开放管理服务项目", JiangmenSchool, 350_000m), 260, ProjectEnd.Contracted,
            [new(Nanyue, 330_000m, 58m), new(Huaxin, 338_000m, 52m)], "课余及节假日体育场馆向社会开放的预约、安保、保洁及设施维护，服务期四个月",
            // A public service: its acceptance group includes a representative of the residents served, and its result is announced.
            // Its budget keeps the school's property services of the year (¥1,950,000 in all) below the public tender threshold.
            Contract: new(ContractEnd.Filed, Prepayment: PrepaymentEnd.Paid, Acceptance: new(4, "服务期届满，体育场馆向社会开放的预约、安保、保洁及设施维护服务已按合同全部履行。",
                [new("陈志强", AcceptanceMemberRole.PurchaserRepresentative), new("黄建华", AcceptanceMemberRole.Expert), new("梁淑仪", AcceptanceMemberRole.ServiceRecipient)],
                "开放时段、预约服务、安保保洁及设施维护均达到合同约定的服务标准。", "经验收小组逐项核验并听取服务对象意见，场馆开放管理服务符合合同约定，验收合格。",
                PublicService: true))),
        new(Services("鹤山市第一中学学生宿舍物业服务项目", HeshanSchool, 1_200_000m), 240, ProjectEnd.Contracted,
            [new(Yuelian, 1_150_000m, 55m), new(Huaxin, 1_120_000m, 60m)], "学生宿舍保洁、宿管值守，服务期一年",
            Challenge: new(Yuelian, "中标供应商的宿管人员配置低于采购需求，技术评分有误。", "经组织原评审委员会复核，中标供应商的人员配置满足采购需求，评分无误，质疑不成立。",
                "质疑答复未回应人员配置的评分依据，请求认定中标结果无效。", "经调查，中标供应商的人员配置满足采购文件要求，评审程序合法，投诉缺乏事实依据，予以驳回。"),
            // Signed once the complaint is dismissed; the purchaser never pays the prepayment, overdue since (deliberately).
            Contract: new(ContractEnd.Filed, Prepayment: PrepaymentEnd.Overdue)),
        new(Services("江门市教育局机关办公区物业管理服务项目", JiangmenBureau, 1_800_000m), 200, ProjectEnd.Contracted,
            [new(Yuelian, 1_760_000m)], "办公区保洁、安保、会务服务，服务期一年",
            Retry: new(ProcurementMethod.SingleSource, "竞争性磋商仅一家供应商响应，申请变更为单一来源采购", new(Yuelian, 1_740_000m)),
            Contract: new(ContractEnd.Returned, ReturnReason: "合同付款条款与采购文件约定不一致，请修改后重新签订并公告。")),
        // Four recent awards whose contracts are still on their way, each inside its periods now.
        new(Goods("江门市第一中学教室空调更新项目", JiangmenSchool, "A0206180203", "空调机", 1_300_000m), RecentDraftDaysAgo, ProjectEnd.Contracted,
            [new(Huaxin, 1_260_000m), new(Nanyue, 1_245_000m), new(Yuelian, 1_275_000m)], "教室壁挂式空调 260 台，含安装及旧机拆除", Contract: new(ContractEnd.Published, Recent: true)),
        new(Goods("鹤山市第一中学教室液晶显示屏采购项目", HeshanSchool, "A0201060401", "液晶显示器", 1_150_000m), RecentDraftDaysAgo, ProjectEnd.Contracted,
            [new(Nanyue, 1_120_000m), new(Yuelian, 1_105_000m), new(Huaxin, 1_130_000m)], "教室 86 英寸液晶显示屏 120 台，含安装调试", Contract: new(ContractEnd.Signed, Recent: true)),
        new(Goods("江门市教育局数据中心不间断电源采购项目", JiangmenBureau, "A02061504", "不间断电源（UPS）", 1_250_000m), RecentDraftDaysAgo, ProjectEnd.Contracted,
            [new(Huaxin, 1_210_000m), new(Yuelian, 1_230_000m), new(Nanyue, 1_240_000m)], "模块化 UPS 2 套，含电池组及安装调试", Contract: new(ContractEnd.ConfirmedBySupplier, Recent: true)),
        new(Goods("鹤山市教育局网络安全设备采购项目", HeshanBureau, "A02010301", "防火墙", 1_050_000m), RecentDraftDaysAgo, ProjectEnd.Contracted,
            [new(Huaxin, 1_020_000m), new(Nanyue, 1_010_000m), new(Yuelian, 1_035_000m)], "下一代防火墙 4 台，含三年特征库升级", Contract: new(ContractEnd.Drafted, Recent: true)),
        new(Services("鹤山市教育局办公楼物业管理服务项目", HeshanBureau, 1_500_000m), 150, ProjectEnd.WinnerConfirmed,
            [new(Yuelian, 1_430_000m, 62m), new(Nanyue, 1_410_000m, 50m)], "办公楼保洁、安保、设备运行维护，服务期一年"),
        new(Goods("江门市第一中学教师办公笔记本电脑采购项目", JiangmenSchool, "A02010105", "便携式计算机", 1_400_000m), 120, ProjectEnd.Terminated,
            [], "便携式计算机 200 台，含三年上门保修", TerminationReason: "采购需求发生重大变化，采购人申请终止本次采购"),
        new(Goods("鹤山市第一中学多媒体教室投影设备采购项目", HeshanSchool, "A020202", "投影仪", 1_300_000m), 45, ProjectEnd.Evaluated,
            [new(Huaxin, 1_250_000m, 58m), new(Nanyue, 1_230_000m, 52m), new(Yuelian, 1_270_000m, 50m)], "教室投影仪 120 套，含安装调试"),
        new(Goods("江门市教育城域网服务器扩容项目", JiangmenBureau, "A02010103", "服务器", 1_600_000m), 40, ProjectEnd.Opened,
            [new(Huaxin, 1_560_000m), new(Nanyue, 1_575_000m), new(Yuelian, 1_590_000m)], "机架式服务器 16 台，含集成部署"),
        new(Goods("鹤山市教育局计算机教室设备更新项目", HeshanBureau, "A02010104", "台式计算机", 1_500_000m), 7, ProjectEnd.TakingBids,
            [new(Huaxin, 1_455_000m), new(Nanyue, 1_470_000m)], "台式计算机 300 台，含教学管理软件"),
        new(Goods("江门市第一中学办公打印设备采购项目", JiangmenSchool, "A0201060102", "激光打印机", 1_200_000m), 6, ProjectEnd.Preparing,
            [], "激光打印机 150 台，含三年耗材"),
        new(Goods("鹤山市第一中学校园网络路由设备采购项目", HeshanSchool, "A02010201", "路由器", 1_100_000m), 5, ProjectEnd.Entrusted,
            [], "核心及汇聚路由器，含安装调试"),
    ];

    public static IEnumerable<IAsyncEnumerable<DateTimeOffset>> Scripts(StoryDesk desk) =>
        Projects.Select(project => new ProjectScript(desk, project).RunAsync());

    private static StoryPlan Services(string title, StoryUnit unit, decimal yuan) =>
        new(title, unit, "C1204", "物业管理服务", yuan, Centralized, ProcurementMethod.CompetitiveConsultation);

    private static StoryPlan Goods(string title, StoryUnit unit, string code, string item, decimal yuan) =>
        new(title, unit, code, item, yuan, Centralized, GoodsMethods);
}

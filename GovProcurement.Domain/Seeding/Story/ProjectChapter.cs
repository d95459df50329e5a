using GovProcurement.Domain.Routing;
using static GovProcurement.Domain.Seeding.Story.StoryCast;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>
/// The projects of the year, one at each stage, all through the Jiangmen centralized agency:
/// awarded with a contract, awarded with result letters (the loser's challenge answered and its complaint dismissed), a failed round changed to single source
/// (a single-bidder award), a result never announced (late), a terminated one, one waiting for
/// the purchaser, one opened with its panel drawn, one taking bids, one in preparation and one
/// waiting for the agency to accept.
/// </summary>
internal static class ProjectChapter
{
    private const ProcurementRoute Centralized = ProcurementRoute.EntrustCentralizedAgency;

    private static readonly ProcurementMethod[] GoodsMethods = [ProcurementMethod.CompetitiveConsultation, ProcurementMethod.CompetitiveNegotiation, ProcurementMethod.RequestForQuotation];

    public static IReadOnlyList<StoryProject> Projects { get; } =
    [
        new(Services("江门市第一中学校园物业管理服务项目", JiangmenSchool, 1_600_000m), 300, ProjectEnd.ContractPublished,
            [new(Huaxin, 1_520_000m, 50m), new(Nanyue, 1_540_000m, 48m), new(Yuelian, 1_480_000m, 65m)], "保洁、秩序维护、绿化养护，服务期一年"),
        new(Services("鹤山市第一中学学生宿舍物业服务项目", HeshanSchool, 1_200_000m), 240, ProjectEnd.ResultPublished,
            [new(Yuelian, 1_150_000m, 55m), new(Huaxin, 1_120_000m, 60m)], "学生宿舍保洁、宿管值守，服务期一年",
            Challenge: new(Yuelian, "中标供应商的宿管人员配置低于采购需求，技术评分有误。", "经组织原评审委员会复核，中标供应商的人员配置满足采购需求，评分无误，质疑不成立。",
                "质疑答复未回应人员配置的评分依据，请求认定中标结果无效。", "经调查，中标供应商的人员配置满足采购文件要求，评审程序合法，投诉缺乏事实依据，予以驳回。")),
        new(Services("江门市教育局机关办公区物业管理服务项目", JiangmenBureau, 1_800_000m), 200, ProjectEnd.ResultPublished,
            [new(Yuelian, 1_760_000m)], "办公区保洁、安保、会务服务，服务期一年",
            Retry: new(ProcurementMethod.SingleSource, "竞争性磋商仅一家供应商响应，申请变更为单一来源采购", new(Yuelian, 1_740_000m))),
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

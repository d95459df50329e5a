using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Seeding;

/// <summary>
/// The forwarding chain of the seed documents, as demo policy notices summarised in our own words:
/// the province announces the platform, Jiangmen forwards it with its local rules, Heshan forwards
/// Jiangmen's notice to its units, agencies and suppliers.
/// </summary>
internal static class DemoPolicyNotices
{
    public static IEnumerable<Notice> Create(IReadOnlyList<Regulator> departments)
    {
        var province = departments.First(d => d.RegionCode == "440000");
        var jiangmen = departments.First(d => d.RegionCode == "440700");
        var heshan = departments.First(d => d.RegionCode == "440784");

        var original = Published(new Notice(NoticeType.Policy, "关于“广东政府采购智慧云平台”正式上线运行的通知", province.RegionCode, province.Id, province.Name,
        [
            NoticeBlock.Paragraph("广东政府采购智慧云平台自2021年1月1日起在全省（深圳市除外）省、市、县三级正式上线运行，覆盖采购意向公开、采购计划备案、采购执行、合同备案、履约验收和合同支付的全流程。"),
            NoticeBlock.Paragraph("自2021年1月1日起，采购人通过云平台向同级财政部门备案政府采购计划；旧系统不再受理新的采购计划，已在旧系统备案并已启动的项目在旧系统完成。"),
            NoticeBlock.Paragraph("项目采购电子交易子系统分地区上线：省级和惠州市级已上线，其他地区按实施推广方案逐步上线，上线前需求确认、开标、评审等工作在线下完成。"),
            NoticeBlock.Paragraph("云平台操作手册和操作视频在“操作指南”栏目提供，请各单位使用前认真阅读。"),
        ], "system", new DateTime(2020, 12, 25, 2, 0, 0, DateTimeKind.Utc), reference: "粤财采购函〔2020〕59号"), new DateTime(2020, 12, 25, 2, 0, 0, DateTimeKind.Utc));

        var city = Published(new Notice(NoticeType.Policy, "关于转发《广东省财政厅关于“广东政府采购智慧云平台”正式上线运行的通知》的通知", jiangmen.RegionCode, jiangmen.Id, jiangmen.Name,
        [
            NoticeBlock.Paragraph("现将省财政厅通知转发给你们，并就本市执行事项通知如下。"),
            NoticeBlock.Paragraph("集中采购目录以内、预算金额400万元以下的项目，采购人可自行选择在电子卖场实施简易采购或委托集中采购机构实施项目采购；400万元以上（含）的，委托集中采购机构实施（江财采购〔2020〕32号）。"),
            NoticeBlock.Paragraph("项目采购电子交易子系统在本市市本级于2021年5月上线、各县（市、区）于2021年8月上线；上线前开标、评审在线下进行，结果在云平台录入。"),
        ], "system", new DateTime(2020, 12, 30, 2, 0, 0, DateTimeKind.Utc), forwardedFromId: original.Id, reference: "江财采购函〔2020〕117号"), new DateTime(2020, 12, 30, 2, 0, 0, DateTimeKind.Utc));

        var county = Published(new Notice(NoticeType.Policy, "关于转发《广东省财政厅关于“广东政府采购智慧云平台”正式上线运行的通知》的通知", heshan.RegionCode, heshan.Id, heshan.Name,
        [
            NoticeBlock.Paragraph("现将江门市财政局转发的通知转发给各镇（街）、市直各单位、各代理机构和各供应商，请遵照执行。"),
            NoticeBlock.Paragraph("请各主管预算单位及时通知下属单位做好云平台使用工作；使用中遇到技术问题，请联系云平台运维服务热线 400-183-2999。"),
        ], "system", new DateTime(2021, 1, 4, 2, 0, 0, DateTimeKind.Utc), forwardedFromId: city.Id, reference: "鹤财采购函〔2021〕1号"), new DateTime(2021, 1, 4, 2, 0, 0, DateTimeKind.Utc));

        return [original, city, county];
    }

    private static Notice Published(Notice notice, DateTime atUtc)
    {
        notice.Publish(atUtc);
        return notice;
    }
}

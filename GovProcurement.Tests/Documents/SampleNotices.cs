using GovProcurement.Portal.Documents;

namespace GovProcurement.Tests.Documents;

/// <summary>Notices with realistic Chinese content for the renderer tests.</summary>
public static class SampleNotices
{
    public const string Title = "江门市第一中学教学设备采购项目公开招标公告";
    public const string Number = "GDZC-2026-000123";
    public const string Digest = "9f2c4e1ab37d05c8e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7";
    public const string Url = "https://gdgpo.example.cn/verify/GDZC-2026-000123";

    public static readonly string[] TableColumns = ["序号", "品目名称", "规格型号及技术要求", "数量", "单位", "预算单价（元）"];

    public const string LongParagraph =
        "根据《中华人民共和国政府采购法》《中华人民共和国政府采购法实施条例》等有关规定，江门市第一中学（以下简称“采购人”）" +
        "委托江门市公共资源交易中心（以下简称“采购代理机构”）就教学设备采购项目进行公开招标，欢迎符合资格条件的供应商参加投标。" +
        "本项目预算金额为人民币3,999,999.99元，最高限价与预算金额一致；投标报价超过最高限价的，其投标无效。" +
        "供应商应当在2026年12月20日09:30（北京时间）前通过广东政府采购智慧云平台提交电子投标文件，逾期提交的，系统将拒绝接收。" +
        "本项目不接受联合体投标，不允许转包、分包；专门面向中小企业采购，小微企业以其提供的货物参与投标的，价格不作扣除。" +
        "潜在供应商对招标文件有疑问的，应当在提交投标文件截止之日前十日内，以书面形式向采购人或者采购代理机构提出询问。" +
        "Suppliers may read the English summary at https://gdgpo.example.cn/notices/GDZC-2026-000123 before the deadline.";

    /// <summary>A tender notice with a long paragraph and an item table of <paramref name="rows"/> rows.</summary>
    public static NoticeDocument Tender(int rows, int paragraphs = 3) => new(
        Title,
        Number,
        "江门市公共资源交易中心",
        new DateTimeOffset(2026, 11, 27, 7, 30, 0, TimeSpan.Zero),
        [
            new NoticeBlock.Heading("一、项目基本情况"),
            new NoticeBlock.KeyValues([
                ("项目编号", "JMGGZY-2026-HW-0417"),
                ("项目名称", "江门市第一中学教学设备采购项目"),
                ("采购方式", "公开招标"),
                ("预算金额", "¥3,999,999.99"),
                ("采购需求", "交互式智能黑板、学生计算机、实验室通用仪器等教学设备的供货、安装、调试及三年免费质保服务，具体见招标文件第二章《采购需求》。"),
            ]),
            new NoticeBlock.Heading("二、申请人的资格要求"),
            .. Enumerable.Range(0, paragraphs).Select(_ => new NoticeBlock.Paragraph(LongParagraph)),
            new NoticeBlock.Heading("三、采购标的清单"),
            new NoticeBlock.Table(
                TableColumns,
                Enumerable.Range(1, rows).Select(Row).ToList(),
                [0.6, 1.6, 3.4, 0.7, 0.6, 1.3],
                [0, 3, 5]),
            new NoticeBlock.Heading("四、联系方式"),
            new NoticeBlock.KeyValues([
                ("采购人", "江门市第一中学"),
                ("地址", "江门市蓬江区建设路1号"),
                ("联系电话", "0750-3212345"),
                ("采购代理机构", "江门市公共资源交易中心"),
            ]),
        ],
        Digest)
    {
        VerificationUrl = Url,
    };

    public static IReadOnlyList<string> Row(int n) =>
    [
        n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        n % 3 == 0 ? "学生计算机" : n % 3 == 1 ? "交互式智能黑板" : "实验室通用仪器",
        n % 7 == 0
            ? $"GD-ITEM-{n:000}：处理器不低于八核、主频≥3.0GHz；内存≥16GB；固态硬盘≥512GB；显示器23.8英寸（含）以上，分辨率1920×1080；三年原厂上门质保。"
            : $"GD-ITEM-{n:000}：符合国家强制性标准，提供检测报告。",
        (n * 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "台",
        (4_800 + n * 25).ToString("N2", System.Globalization.CultureInfo.InvariantCulture),
    ];
}

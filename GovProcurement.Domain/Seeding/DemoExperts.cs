using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Seeding;

/// <summary>
/// A small expert library for the demo: enough property-service and IT experts in Jiangmen to
/// draw panels, with declared links that make some of them sit out — one used to work for a demo
/// supplier, one is kin of another's legal representative, one works at 江门市第一中学.
/// </summary>
internal static class DemoExperts
{
    public static IEnumerable<Expert> Create(IReadOnlyList<BudgetUnit> units, DateTime nowUtc)
    {
        var school = units.FirstOrDefault(u => u.BudgetCode == "701002")?.Id;
        var experts = new List<Expert>
        {
            new("陈志明", "440700", ["C12", "C99"], "五邑大学", null, nowUtc),
            new("李晓红", "440700", ["C12", "C08"], "江门职业技术学院", null, nowUtc),
            new("黄伟强", "440703", ["C12"], "江门市物业管理协会", null, nowUtc),
            new("吴丽娟", "440704", ["C12", "C99"], "广东某会计师事务所江门分所", null, nowUtc),
            new("梁国华", "440784", ["C12"], "鹤山市住房和城乡建设局（退休）", null, nowUtc),
            new("周文斌", "440700", ["A02", "C02"], "江门市信息中心", null, nowUtc),
            new("何美玲", "440700", ["A02", "C02"], "五邑大学", null, nowUtc),
            new("谭家俊", "440785", ["A02"], "台山市电子政务中心", null, nowUtc),
            new("林少芬", "440700", ["A02", "A05"], "江门市第一中学", school, nowUtc),
            new("郑海涛", "440700", ["A02", "C12"], "江门某科技有限公司（已离职）", null, nowUtc),
            new("冯碧云", "440700", ["C12", "A05"], "江门市家具行业协会", null, nowUtc),
        };
        experts[9].Declare(ExpertLinkKind.Employment, "91440703MA51K2Q8XY", "江门市华信电脑科技有限公司", new DateOnly(2018, 3, 1), new DateOnly(2025, 2, 28));
        experts[10].Declare(ExpertLinkKind.Kinship, "91440784MA4WJ7C3RF", "鹤山市南粤办公家具有限公司", new DateOnly(2010, 1, 1), null);
        return experts;
    }
}

using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Complaints;

/// <summary>One period of the challenge rules as it applied, with its source.</summary>
public sealed record ChallengeRule(int Value, string Citation);

/// <summary>The periods of inquiries, challenges and complaints in force for a region on a day.</summary>
public sealed record ChallengeTerms(ChallengeRule InquiryAnswer, ChallengeRule ChallengeFiling, ChallengeRule ChallengeAnswer, ChallengeRule ComplaintFiling,
    ChallengeRule ComplaintCheck, ChallengeRule ComplaintCopy, ChallengeRule ComplaintDecision, ChallengeRule SuspensionMaxDays);

/// <summary>
/// The periods of 询问、质疑、投诉 as rule data (block 231–249), from 《政府采购质疑和投诉办法》（财政部令第94号，
/// 2018年3月1日起施行）, the implementing regulation and the law. The numbers DOMAIN.md leaves unconfirmed say 待核实.
/// </summary>
public static class ChallengeRules
{
    private const string Law = "《中华人民共和国政府采购法》";
    private const string Regulation = "《中华人民共和国政府采购法实施条例》";
    private const string Measures = "《政府采购质疑和投诉办法》（财政部令第94号）";

    public static IEnumerable<ProcurementRule> Defaults()
    {
        var from = new DateOnly(2021, 1, 1);
        var province = RegionDirectory.ProvinceCode;
        ProcurementRule Row(RuleKind kind, int value, RuleUnit unit, string citation) => new(kind, value, unit, province, from, null, citation);

        yield return Row(RuleKind.InquiryAnswerWorkingDays, 3, RuleUnit.WorkingDays,
            Regulation + "第五十二条：采购人或者采购代理机构应当在3个工作日内对供应商依法提出的询问作出答复");
        yield return Row(RuleKind.ChallengeFilingWorkingDays, 7, RuleUnit.WorkingDays,
            Measures + "第十、十一条：应知其权益受到损害之日起7个工作日内提出质疑（采购文件：收到文件之日或文件公告期限届满之日；采购结果：结果公告期限届满之日）");
        yield return Row(RuleKind.ChallengeAnswerWorkingDays, 7, RuleUnit.WorkingDays,
            Measures + "第十三条：收到质疑函后7个工作日内作出书面答复");
        yield return Row(RuleKind.ComplaintFilingWorkingDays, 15, RuleUnit.WorkingDays,
            Measures + "第十七条：质疑答复期满后15个工作日内向同级财政部门提起投诉");
        yield return Row(RuleKind.ComplaintCheckWorkingDays, 5, RuleUnit.WorkingDays,
            Measures + "第二十一条：收到投诉书后5个工作日内审查，决定受理或者不予受理");
        yield return Row(RuleKind.ComplaintCopyWorkingDays, 8, RuleUnit.WorkingDays,
            Measures + "第二十一条：受理之日起8个工作日内向被投诉人和相关供应商发送投诉书副本（待核实）");
        yield return Row(RuleKind.ComplaintDecisionWorkingDays, 30, RuleUnit.WorkingDays,
            Measures + "第二十六条：收到投诉后30个工作日内作出处理决定；需要检验、检测、鉴定、专家评审的，所需时间不计算在投诉处理期限内（待核实）");
        yield return Row(RuleKind.ProcurementSuspensionMaxDays, 30, RuleUnit.Days,
            Law + "第五十七条：政府采购监督管理部门在处理投诉事项期间，可以视具体情况书面通知采购人暂停采购活动，但暂停时间最长不得超过三十日");
    }

    /// <summary>The terms in force in the region on the day; a missing row is a configuration error the administrator must fix.</summary>
    public static ChallengeTerms On(RuleSet rules, string regionCode, DateOnly day)
    {
        ChallengeRule Find(RuleKind kind)
        {
            var rule = rules.Find(kind, regionCode, day)
                ?? throw new DomainException($"未配置质疑投诉规则“{kind}”，请联系平台管理员。", $"The challenge rule {kind} is not configured; contact the platform administrator.");
            return new ChallengeRule((int)rule.Value, rule.Citation);
        }

        return new ChallengeTerms(Find(RuleKind.InquiryAnswerWorkingDays), Find(RuleKind.ChallengeFilingWorkingDays), Find(RuleKind.ChallengeAnswerWorkingDays),
            Find(RuleKind.ComplaintFilingWorkingDays), Find(RuleKind.ComplaintCheckWorkingDays), Find(RuleKind.ComplaintCopyWorkingDays),
            Find(RuleKind.ComplaintDecisionWorkingDays), Find(RuleKind.ProcurementSuspensionMaxDays));
    }
}

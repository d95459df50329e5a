using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Acceptance;

/// <summary>
/// The acceptance rules as data (RuleKind 210–214), from 《财政部关于进一步加强政府采购需求和履约验收管理的指导意见》
/// （财库〔2016〕205号）. The notice names no group size; the figures here are the usual practice, 待核实 until
/// checked against the text and the province's own rules.
/// </summary>
public static class AcceptanceRules
{
    private const string Guidance = "《财政部关于进一步加强政府采购需求和履约验收管理的指导意见》（财库〔2016〕205号）";

    public static IEnumerable<ProcurementRule> Defaults()
    {
        var from = new DateOnly(2021, 1, 1);
        var province = RegionDirectory.ProvinceCode;
        yield return new(RuleKind.AcceptanceMinimumMembers, 3, RuleUnit.Count, province, from, null,
            Guidance + "：采购人应当成立验收小组，按照采购合同的约定对每一项技术、服务、安全标准的履约情况进行确认（小组人数待核实）");
        yield return new(RuleKind.AcceptanceServiceRecipientMembers, 1, RuleUnit.Count, province, from, null,
            Guidance + "：政府向社会公众提供的公共服务项目，验收时应当邀请服务对象参与并出具意见，验收结果应当向社会公告（人数待核实）");
    }

    /// <summary>The terms in force in the region on the day; a missing row is a configuration error the administrator must fix.</summary>
    public static AcceptanceTerms On(RuleSet rules, string regionCode, DateOnly day)
    {
        AcceptanceRule Find(RuleKind kind)
        {
            var rule = rules.Find(kind, regionCode, day)
                ?? throw new DomainException($"未配置履约验收规则“{kind}”，请联系平台管理员。", $"The acceptance rule {kind} is not configured; contact the platform administrator.");
            return new AcceptanceRule((int)rule.Value, rule.Citation);
        }

        return new AcceptanceTerms(Find(RuleKind.AcceptanceMinimumMembers), Find(RuleKind.AcceptanceServiceRecipientMembers));
    }
}

using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>The numbers of a second competition in force on the day it was posted, each with its source.</summary>
public sealed record SecondCompetitionTerms(int MinimumQuotes, string MinimumQuotesCitation, TimeSpan MinimumWindow, string MinimumWindowCitation);

/// <summary>
/// The rules of 框架协议采购 as data (<see cref="RuleKind.FrameworkMaximumTermYears"/> and its
/// neighbours), in force from 财政部令第110号's date, 2022-03-01. The articles have not been checked
/// against the official text; every row says 待核实 with its source.
/// </summary>
public static class FrameworkRules
{
    public const string Measures = "财政部令第110号《政府采购框架协议采购方式管理暂行办法》";

    /// <summary>The day 财政部令第110号 came into force.</summary>
    public static readonly DateOnly InForceFrom = new(2022, 3, 1);

    /// <summary>How a tie in a second competition is broken: the order does not say, so this is the platform's choice until confirmed.</summary>
    public static readonly Bilingual TieRule = new(
        "二次竞价报价相同时，先提交报价者成交（平台规则，待核实）。",
        "Equal second-competition quotes: the earliest wins (the platform's rule, to be confirmed).");

    public static readonly string SecondCompetitionRule = Measures + "：二次竞价以框架协议约定的入围产品价格为最高限价，由入围供应商报价，报价最低者成交（条款待核实）";

    public static readonly string RotationRule = Measures + "：顺序轮候按征集公告确定的轮候顺序，依次授予入围供应商采购合同（条款待核实）";

    public static readonly string ClosedAdmissionRule = Measures + "：封闭式框架协议采购在框架协议有效期内不得增加协议供应商（条款待核实）";

    public static IEnumerable<ProcurementRule> Defaults()
    {
        var province = RegionDirectory.ProvinceCode;
        yield return new(RuleKind.FrameworkMaximumTermYears, 1, RuleUnit.Years, province, InForceFrom, null,
            Measures + "：货物项目框架协议有效期一般不超过1年（条款待核实）", ProcurementCategory.Goods);
        yield return new(RuleKind.FrameworkMaximumTermYears, 2, RuleUnit.Years, province, InForceFrom, null,
            Measures + "：服务项目框架协议有效期一般不超过2年（条款待核实）", ProcurementCategory.Services);
        yield return new(RuleKind.FrameworkClosedMinimumSuppliers, 2, RuleUnit.Count, province, InForceFrom, null,
            Measures + "：封闭式框架协议入围供应商不少于2家（条款待核实）");
        yield return new(RuleKind.FrameworkSecondCompetitionMinimumQuotes, 1, RuleUnit.Count, province, InForceFrom, null,
            Measures + "：二次竞价未规定最少有效报价家数，平台按1家配置（待核实）");
        yield return new(RuleKind.FrameworkSecondCompetitionMinimumWindowHours, 24, RuleUnit.Hours, province, InForceFrom, null,
            Measures + "：二次竞价应给予供应商必要的响应时间，平台按不少于24小时配置（待核实）");
    }

    /// <summary>The longest term for an agreement of the category on the day, or null when framework agreements do not apply to it (works, or before the order).</summary>
    public static ProcurementRule? MaximumTerm(RuleSet rules, string regionCode, DateOnly day, ProcurementCategory category) =>
        rules.Find(RuleKind.FrameworkMaximumTermYears, regionCode, day, category);

    /// <summary>The fewest suppliers a closed agreement is put in force with.</summary>
    public static ProcurementRule ClosedMinimumSuppliers(RuleSet rules, string regionCode, DateOnly day) => Require(rules, RuleKind.FrameworkClosedMinimumSuppliers, regionCode, day);

    public static SecondCompetitionTerms SecondCompetition(RuleSet rules, string regionCode, DateOnly day)
    {
        var minimum = Require(rules, RuleKind.FrameworkSecondCompetitionMinimumQuotes, regionCode, day);
        var window = Require(rules, RuleKind.FrameworkSecondCompetitionMinimumWindowHours, regionCode, day);
        return new SecondCompetitionTerms((int)minimum.Value, minimum.Citation, TimeSpan.FromHours(window.Value), window.Citation);
    }

    private static ProcurementRule Require(RuleSet rules, RuleKind kind, string regionCode, DateOnly day) => rules.Find(kind, regionCode, day)
        ?? throw new DomainException($"未配置框架协议采购规则“{kind}”，请联系平台管理员。", $"The framework agreement rule {kind} is not configured; contact the platform administrator.");
}

using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Projects;

/// <summary>The debarment period the law allows, as rule data: how long, and how far back it may start.</summary>
public sealed record DebarmentRange(int MinimumYears, int MaximumYears, int LatestStartYearsAgo, string Citation, string StartCitation)
{
    /// <summary>Reads the range in force on <paramref name="day"/>; a missing row is a configuration error, not a default.</summary>
    public static DebarmentRange From(RuleSet rules, DateOnly day)
    {
        ProcurementRule Rule(RuleKind kind) => rules.Find(kind, Regions.RegionDirectory.ProvinceCode, day)
            ?? throw new DomainException("禁止参加政府采购活动的期限规则未配置，请管理员在规则表中补充。", "The debarment period rules are not configured.");
        var minimum = Rule(RuleKind.DebarmentMinimumYears);
        var maximum = Rule(RuleKind.DebarmentMaximumYears);
        var backdating = Rule(RuleKind.DebarmentLatestStartYearsAgo);
        return new((int)minimum.Value, (int)maximum.Value, (int)backdating.Value, maximum.Citation, backdating.Citation);
    }
}

/// <summary>
/// Who may take part in a project, as named rules the project's available actions call: a
/// debarred supplier may not (政府采购法第七十七条), a project reserved for SMEs takes SMEs only
/// (财库〔2020〕46号), and whether a supplier counts as an SME follows from its enterprise size.
/// Each rule answers null when it allows, or the refusal with its reason and citation.
/// </summary>
public static class SupplierEligibility
{
    public const string DebarmentCitation = "《中华人民共和国政府采购法》第七十七条";
    public const string SmeReservationCitation = "《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）";
    public const string SizeCitation = "《中小企业划型标准规定》（工信部联企业〔2011〕300号）";

    /// <summary>A supplier listed for serious violations may not take part while its debarment is in force.</summary>
    public static Refusal? Debarment(IEnumerable<SupplierDebarment> debarments, DateOnly today) =>
        debarments.Where(d => d.IsInForceOn(today)).OrderByDescending(d => d.Until).FirstOrDefault() is { } d
            ? new Refusal(
                $"贵公司被列入政府采购严重违法失信行为记录名单，{d.From:yyyy-MM-dd} 至 {d.Until.AddDays(-1):yyyy-MM-dd} 禁止参加政府采购活动（{d.Reason}）。",
                $"Your company is barred from government procurement from {d.From:yyyy-MM-dd} to {d.Until.AddDays(-1):yyyy-MM-dd} ({d.Reason}).",
                DebarmentCitation)
            : null;

    /// <summary>Medium, small and micro enterprises are SMEs; a large enterprise is not.</summary>
    public static Refusal? Size(EnterpriseScale scale) => scale == EnterpriseScale.Large
        ? new Refusal("贵公司登记为大型企业，不属于中小企业。", "Your company is registered as a large enterprise, not an SME.", SizeCitation)
        : null;

    /// <summary>A project reserved for SMEs takes registrations from SMEs only.</summary>
    public static Refusal? SmeReservation(ProcurementProject project, EnterpriseScale scale) =>
        project.ReservedForSme && Size(scale) is not null
            ? new Refusal("本项目专门面向中小企业采购，贵公司登记为大型企业，不符合资格要求。", "This project is reserved for SMEs; your company is registered as a large enterprise.", SmeReservationCitation)
            : null;

    /// <summary>A new debarment lasts within the range and starts no further back than it allows.</summary>
    public static Refusal? DebarmentPeriod(DateOnly from, DateOnly until, DateOnly today, DebarmentRange range)
    {
        if (until < from.AddYears(range.MinimumYears) || until > from.AddYears(range.MaximumYears))
        {
            return new Refusal($"禁止参加政府采购活动的期限为{Numeral(range.MinimumYears)}至{Numeral(range.MaximumYears)}年。", $"A debarment lasts {range.MinimumYears} to {range.MaximumYears} years.", range.Citation);
        }

        return from < today.AddYears(-range.LatestStartYearsAgo)
            ? new Refusal($"禁止期限的开始日期不能早于{Numeral(range.LatestStartYearsAgo)}年前。", $"A debarment cannot start more than {range.LatestStartYearsAgo} year(s) ago.", range.StartCitation)
            : null;
    }

    /// <summary>一 to 十 as written in the law's text; larger numbers in digits.</summary>
    private static string Numeral(int n) => n is >= 1 and <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

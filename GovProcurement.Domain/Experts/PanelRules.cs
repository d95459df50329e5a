using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Experts;

/// <summary>A bidder as the recusal check sees it.</summary>
public sealed record BidderIdentity(string CreditCode, string Name);

/// <summary>Why an expert may not sit on a panel.</summary>
public sealed record Recusal(Guid ExpertId, string ExpertName, Bilingual Reason);

/// <summary>
/// The panel rules: its size by method and budget (rule rows), and who must sit out — anyone
/// linked to a bidder within the look-back years, and the purchasing unit's own staff.
/// </summary>
public sealed class PanelRules(RuleSet rules)
{
    /// <summary>Years a past link still counts (实施条例第九条: 三年内).</summary>
    public const int LinkLookBackYears = 3;

    public (int Minimum, Bilingual Reason, string Citation) MinimumSize(ProcurementMethod method, Money budget, bool complex, string regionCode, DateOnly day, ProcurementCategory? category = null)
    {
        if (method is ProcurementMethod.OpenTender or ProcurementMethod.InvitedTender)
        {
            var line = Require(RuleKind.LargePanelBudgetLine, regionCode, day);
            if (budget >= line.Amount || complex)
            {
                var large = Require(RuleKind.LargePanelMinimum, regionCode, day);
                var why = complex ? ("技术复杂或社会影响较大", "complex or of wide public concern") : ($"预算 {budget} 达到 {line.Amount}", $"budget {budget} reaches {line.Amount}");
                return ((int)large.Value, new($"评标委员会 {large.Value} 人以上单数（{why.Item1}）", $"a committee of at least {large.Value}, odd ({why.Item2})"), large.Citation);
            }

            var tender = Require(RuleKind.TenderPanelMinimum, regionCode, day);
            return ((int)tender.Value, new($"评标委员会 {tender.Value} 人以上单数", $"a committee of at least {tender.Value}, odd"), tender.Citation);
        }

        if (method is ProcurementMethod.CompetitiveNegotiation or ProcurementMethod.RequestForQuotation
            && rules.Find(RuleKind.PublicTenderThreshold, regionCode, day, category) is { } threshold && budget >= threshold.Amount
            && rules.Find(RuleKind.NonTenderLargePanelMinimum, regionCode, day) is { } larger)
        {
            return ((int)larger.Value, new($"谈判、询价小组 {larger.Value} 人以上单数（预算 {budget} 达到公开招标数额标准 {threshold.Amount}）", $"a panel of at least {larger.Value}, odd (the budget reaches the open-tender threshold)"), larger.Citation);
        }

        var other = Require(RuleKind.OtherPanelMinimum, regionCode, day);
        return ((int)other.Value, new($"评审小组 {other.Value} 人以上单数", $"a panel of at least {other.Value}, odd"), other.Citation);
    }

    /// <summary>Refuses a size that is even or below the minimum.</summary>
    public void CheckSize(int size, int minimum)
    {
        if (size < minimum || size % 2 == 0)
        {
            throw new DomainException($"评审专家人数应为不少于 {minimum} 人的单数，{size} 人不符合。", $"The panel must be an odd number of at least {minimum}; {size} is not.");
        }
    }

    /// <summary>The recusals among <paramref name="experts"/> for the bidders and the purchasing unit.</summary>
    public static IReadOnlyList<Recusal> Recusals(IEnumerable<Expert> experts, IReadOnlyCollection<BidderIdentity> bidders, Guid purchaserId, DateOnly day) =>
        Recusals(experts.Select(ExpertFacts.Of), bidders, purchaserId, day);

    /// <summary>The recusals among the facts of a pool: what a draw applies and what its replay re-runs.</summary>
    public static IReadOnlyList<Recusal> Recusals(IEnumerable<ExpertFacts> experts, IReadOnlyCollection<BidderIdentity> bidders, Guid purchaserId, DateOnly day)
    {
        var since = day.AddYears(-LinkLookBackYears);
        var byCode = bidders.ToDictionary(b => b.CreditCode.ToUpperInvariant(), b => b.Name);
        var result = new List<Recusal>();
        foreach (var expert in experts)
        {
            if (expert.BudgetUnitId == purchaserId)
            {
                result.Add(new Recusal(expert.ExpertId, expert.Name, new("本项目采购人单位人员，不得作为评审专家", "staff of the purchasing unit")));
                continue;
            }

            var link = expert.Links.FirstOrDefault(l => byCode.ContainsKey(l.CreditCode) && (l.Until is null || l.Until >= since));
            if (link is not null)
            {
                var kind = LinkText(link.Kind);
                result.Add(new Recusal(expert.ExpertId, expert.Name, new($"与投标供应商“{byCode[link.CreditCode]}”存在{kind.Zh}关系（{PeriodText(link)}）", $"{kind.En} link to bidder {byCode[link.CreditCode]} ({PeriodText(link)})")));
            }
        }

        return result;
    }

    public static Bilingual LinkText(ExpertLinkKind kind) => kind switch
    {
        ExpertLinkKind.Employment => new("任职", "employment"),
        ExpertLinkKind.Directorship => new("担任董事、监事或高级管理人员", "directorship"),
        ExpertLinkKind.Shareholding => new("控股或实际控制", "controlling shareholding"),
        ExpertLinkKind.Kinship => new("近亲属", "close kin"),
        _ => new(kind.ToString(), kind.ToString()),
    };

    private static string PeriodText(LinkFact link) => $"{link.From:yyyy-MM-dd} – {(link.Until is { } until ? until.ToString("yyyy-MM-dd") : "至今")}";

    private ProcurementRule Require(RuleKind kind, string regionCode, DateOnly day) =>
        rules.Find(kind, regionCode, day) ?? throw new DomainException($"规则表缺少“{kind}”的有效规则，请联系管理员。", $"The rule table has no {kind} rule in force.");
}

using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Accounts;

/// <summary>
/// Chooses the account rule in force for an organisation: the rule of the nearest region wins;
/// at the same region a narrower scope (only below, only itself) beats one covering both.
/// </summary>
public sealed class AccountRuleSelector(IEnumerable<AccountRule> rules, RegionDirectory regions)
{
    private readonly IReadOnlyList<AccountRule> rules = rules.ToList();

    public AccountRule Select(OrganizationKind kind, string regionCode, DateOnly day)
    {
        var candidates =
            from rule in rules
            where rule.Kind == kind && rule.IsInForceOn(day) && Covers(rule, regionCode)
            let depth = regions.SelfAndAncestors(rule.RegionCode).Count()
            orderby depth descending, Narrowness(rule.Scope) descending, rule.EffectiveFrom descending
            select rule;

        return candidates.FirstOrDefault() ?? throw new DomainException(
            $"区划 {regionCode} 的{kind.Zh()}没有适用的账号规则，请联系平台管理员配置。",
            $"No account rule applies to a {kind.En()} in region {regionCode}; ask the platform administrator.");
    }

    private bool Covers(AccountRule rule, string regionCode) => rule.Scope switch
    {
        RegionScope.SelfAndBelow => regions.IsWithin(regionCode, rule.RegionCode),
        RegionScope.BelowOnly => regionCode != rule.RegionCode && regions.IsWithin(regionCode, rule.RegionCode),
        RegionScope.SelfOnly => regionCode == rule.RegionCode,
        _ => false,
    };

    // Between rules of the same region, the narrower scope is the more specific one.
    private static int Narrowness(RegionScope scope) => scope == RegionScope.SelfAndBelow ? 0 : 1;
}

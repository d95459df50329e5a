using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Accounts;

/// <summary>A new version of an account rule, as the administrator enters it.</summary>
public sealed record AccountRuleDraft(
    OrganizationKind Kind,
    string RegionCode,
    RegionScope Scope,
    AccountNameBase NameBase,
    string OperatorSuffix,
    string? ReviewerSuffix,
    InitialPasswordSource PasswordSource,
    string? FixedInitialPassword,
    DateOnly EffectiveFrom,
    string Citation);

/// <summary>
/// The account rules over time. A rule is never edited: a change is a new version that starts
/// on a future date and ends the version it replaces on that date.
/// </summary>
public sealed class AccountRuleBook(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<AccountRule>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return (await db.AccountRules.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(r => r.Kind).ThenBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom).ToList();
    }

    public async Task<AccountRule> AddVersionAsync(AccountRuleDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        var today = time.TodayInChina();
        Validate(draft, today);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var sameScope = await db.AccountRules
            .Where(r => r.Kind == draft.Kind && r.RegionCode == draft.RegionCode && r.Scope == draft.Scope)
            .ToListAsync(cancellationToken);
        if (sameScope.Any(r => r.EffectiveFrom >= draft.EffectiveFrom))
        {
            throw new DomainException(
                "该机构类型和地区已有同日或更晚生效的规则，请选择更晚的生效日期。",
                "A rule for this kind and region already starts on or after that date; choose a later date.");
        }

        foreach (var current in sameScope.Where(r => r.EffectiveTo is null || r.EffectiveTo > draft.EffectiveFrom))
        {
            current.Supersede(draft.EffectiveFrom);
        }

        var rule = new AccountRule(draft.Kind, draft.RegionCode, draft.Scope, draft.NameBase, draft.OperatorSuffix.Trim(),
            string.IsNullOrWhiteSpace(draft.ReviewerSuffix) ? null : draft.ReviewerSuffix.Trim(),
            draft.PasswordSource, draft.FixedInitialPassword, draft.EffectiveFrom, draft.Citation.Trim());
        db.AccountRules.Add(rule);
        await audit.SaveWithAsync(db,
            [new AuditRecord(AuditEventType.AccountRuleAdded, actor, null, $"{draft.Kind} {draft.RegionCode} 自 {draft.EffectiveFrom:yyyy-MM-dd} 起：{draft.Citation}")],
            cancellationToken);
        return rule;
    }

    private static void Validate(AccountRuleDraft draft, DateOnly today)
    {
        var region = RegionDirectory.Guangdong.Find(draft.RegionCode)
            ?? throw new DomainException("请选择广东省内的地区。", "Choose a region in Guangdong.");
        Organization.EnsureOnPlatform(region);
        if (draft.EffectiveFrom <= today)
        {
            throw new DomainException("新规则只能从明天或以后生效，不能改写已生效的规则。", "A new rule can only start tomorrow or later; rules in force are not rewritten.");
        }

        if (string.IsNullOrWhiteSpace(draft.Citation) || draft.Citation.Length > AccountRule.CitationMaxLength)
        {
            throw new DomainException($"请填写规则依据（不超过 {AccountRule.CitationMaxLength} 字）。", $"Give the rule's source (at most {AccountRule.CitationMaxLength} characters).");
        }

        if (draft.OperatorSuffix.Length > AccountRule.SuffixMaxLength || draft.ReviewerSuffix?.Length > AccountRule.SuffixMaxLength
            || !draft.OperatorSuffix.All(char.IsAsciiLetterOrDigit) || draft.ReviewerSuffix?.All(char.IsAsciiLetterOrDigit) == false)
        {
            throw new DomainException($"账号后缀只能是字母或数字，不超过 {AccountRule.SuffixMaxLength} 位。", $"Suffixes are letters or digits, at most {AccountRule.SuffixMaxLength}.");
        }

        if (draft.Kind != OrganizationKind.BudgetUnit && !string.IsNullOrWhiteSpace(draft.ReviewerSuffix))
        {
            throw new DomainException("只有预算单位设经办、审核两个账号。", "Only budget units have separate operator and reviewer accounts.");
        }

        var needsUnitCodes = draft.NameBase is AccountNameBase.BudgetCode or AccountNameBase.RegionAndFinanceCode
            || draft.PasswordSource is InitialPasswordSource.BudgetCode or InitialPasswordSource.FinanceCode;
        var needsCreditCode = draft.NameBase == AccountNameBase.CreditCode || draft.PasswordSource == InitialPasswordSource.CreditCode;
        if ((needsUnitCodes && draft.Kind != OrganizationKind.BudgetUnit)
            || (needsCreditCode && draft.Kind is not (OrganizationKind.Agency or OrganizationKind.Supplier)))
        {
            throw new DomainException("账号构成或初始密码使用了该类机构没有的编码。", "The rule uses a code this kind of organisation does not have.");
        }

        if (draft.PasswordSource == InitialPasswordSource.Fixed && string.IsNullOrWhiteSpace(draft.FixedInitialPassword))
        {
            throw new DomainException("统一初始密码不能为空。", "The common initial password is required.");
        }
    }
}

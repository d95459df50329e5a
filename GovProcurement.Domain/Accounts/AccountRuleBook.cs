using FluentValidation;
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
        new AccountRuleDraftValidator(today).ValidateAndThrow(draft);
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
}

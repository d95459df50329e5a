using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Onboarding;

/// <summary>
/// Brings organisations onto the platform and creates their accounts by the account rules.
/// Every draft is checked first; one error anywhere and nothing is stored. Otherwise the
/// organisations, their accounts and the audit entries are saved in one transaction.
/// </summary>
public sealed class OrganizationOnboarding(
    IDbContextFactory<GovProcurementDbContext> store,
    AccountProvisioner provisioner,
    AuditLog audit,
    IOptions<InputLimits> limits,
    TimeProvider time)
{
    /// <summary>Imports the organisations of an Excel file made from the template.</summary>
    public async Task<OnboardingResult> ImportAsync(Stream file, string actor, CancellationToken cancellationToken = default)
    {
        var (drafts, fileError) = ImportWorkbook.Read(file, limits.Value);
        return fileError is not null
            ? OnboardingResult.Failed([fileError])
            : await OnboardAsync(drafts, actor, cancellationToken);
    }

    /// <param name="passwordForGeneratedAccounts">Demo data only: a known password instead of a random one.</param>
    public async Task<OnboardingResult> OnboardAsync(
        IReadOnlyList<OrganizationDraft> drafts,
        string actor,
        CancellationToken cancellationToken = default,
        string? passwordForGeneratedAccounts = null)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var staged = await StageAsync(db, drafts, actor, cancellationToken, passwordForGeneratedAccounts);
        if (!staged.Result.Succeeded)
        {
            return staged.Result;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await audit.SaveWithAsync(db, staged.Records, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A unique code or account name taken between the check and the save (a concurrent import).
            return OnboardingResult.Failed([new ImportError(0, ImportColumns.File,
                "保存时发现编码或账号已被占用（可能有其他管理员同时导入），未导入任何数据，请重新上传。",
                "A code or account name was taken while saving (perhaps a concurrent import); nothing was imported. Upload the file again.")]);
        }

        await transaction.CommitAsync(cancellationToken);
        return staged.Result;
    }

    /// <summary>
    /// Checks the drafts and adds their organisations and accounts to <paramref name="db"/> without
    /// saving, so that a caller (the supplier library's approval) stores them in its own unit of work
    /// with the audit records returned here. Nothing is added when any draft has an error.
    /// </summary>
    public async Task<StagedOnboarding> StageAsync(
        GovProcurementDbContext db,
        IReadOnlyList<OrganizationDraft> drafts,
        string actor,
        CancellationToken cancellationToken = default,
        string? passwordForGeneratedAccounts = null)
    {
        var today = time.TodayInChina();
        var context = await OnboardingContext.LoadAsync(db, today, time.UtcNow(), provisioner, cancellationToken);
        var builder = new DraftBuilder(context);
        var built = builder.BuildAll(drafts);
        if (builder.Errors.Count > 0)
        {
            return new StagedOnboarding(OnboardingResult.Failed(builder.Errors), [], []);
        }

        var accounts = new List<CreatedAccount>();
        var users = new List<ApplicationUser>();
        var records = new List<AuditRecord>();
        foreach (var (organization, planned, rule) in built)
        {
            db.Organizations.Add(organization);
            foreach (var generated in planned)
            {
                var isGenerated = rule.PasswordSource == InitialPasswordSource.Generated;
                var plan = isGenerated && passwordForGeneratedAccounts is not null ? generated with { InitialPassword = passwordForGeneratedAccounts } : generated;
                var account = provisioner.Build(organization, plan);
                db.Users.Add(account.User);
                db.UserRoles.AddRange(account.Roles);
                users.Add(account.User);
                accounts.Add(new CreatedAccount(organization.Name, plan.UserName, plan.Roles, rule.PasswordSource.ToString(), isGenerated ? plan.InitialPassword : null));
                records.Add(new AuditRecord(AuditEventType.AccountCreated, actor, plan.UserName,
                    $"{organization.Name}；角色 {string.Join("、", plan.Roles)}；规则 {rule.Citation}"));
            }
        }

        records.Insert(0, new AuditRecord(AuditEventType.OrganizationsImported, actor, null,
            $"导入机构 {built.Count} 个，创建账号 {accounts.Count} 个"));
        return new StagedOnboarding(new OnboardingResult([], built.Select(b => b.Organization).ToList(), accounts), users, records);
    }
}

/// <summary>Organisations and accounts added to a unit of work but not yet saved, with their audit records.</summary>
public sealed record StagedOnboarding(OnboardingResult Result, IReadOnlyList<ApplicationUser> Users, IReadOnlyList<AuditRecord> Records);

/// <summary>What the validation needs to know of the store: existing codes, names and rules.</summary>
internal sealed record OnboardingContext(
    Dictionary<string, BudgetUnit> UnitsByBudgetCode,
    HashSet<string> CreditCodes,
    HashSet<string> RegulatedRegions,
    HashSet<string> NormalizedUserNames,
    AccountRuleSelector Rules,
    DateOnly Today,
    DateTime Now,
    AccountProvisioner Provisioner)
{
    public static async Task<OnboardingContext> LoadAsync(GovProcurementDbContext db, DateOnly today, DateTime now, AccountProvisioner provisioner, CancellationToken ct)
    {
        var units = await db.Organizations.OfType<BudgetUnit>().AsNoTracking().ToListAsync(ct);
        var credit = await db.Organizations.OfType<Agency>().Select(a => a.CreditCode)
            .Concat(db.Organizations.OfType<Supplier>().Select(s => s.CreditCode)).ToListAsync(ct);
        var regulated = await db.Organizations.OfType<Regulator>().Select(r => r.RegionCode).ToListAsync(ct);
        var names = await db.Users.Select(u => u.NormalizedUserName!).ToListAsync(ct);
        var rules = await db.AccountRules.AsNoTracking().ToListAsync(ct);
        return new OnboardingContext(
            units.ToDictionary(u => u.BudgetCode, StringComparer.Ordinal),
            credit.ToHashSet(StringComparer.Ordinal),
            regulated.ToHashSet(StringComparer.Ordinal),
            names.ToHashSet(StringComparer.Ordinal),
            new AccountRuleSelector(rules, RegionDirectory.Guangdong),
            today,
            now,
            provisioner);
    }
}

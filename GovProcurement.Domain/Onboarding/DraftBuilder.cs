using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Onboarding;

internal sealed record BuiltOrganization(Organization Organization, IReadOnlyList<PlannedAccount> Accounts, AccountRule Rule);

/// <summary>
/// Turns drafts into organisations and their planned accounts, collecting every problem with
/// its row and column instead of stopping at the first: each row's own fields by
/// <see cref="OrganizationDraftValidator"/>, then what depends on the other rows and the store.
/// </summary>
internal sealed class DraftBuilder(OnboardingContext context)
{
    private readonly List<ImportError> errors = [];
    private readonly Dictionary<string, BudgetUnit> unitsInFile = new(StringComparer.Ordinal);
    private readonly HashSet<string> creditCodesInFile = new(StringComparer.Ordinal);
    private readonly HashSet<string> regulatorRegionsInFile = new(StringComparer.Ordinal);
    private readonly HashSet<string> userNamesInFile = new(StringComparer.Ordinal);

    public IReadOnlyList<ImportError> Errors => errors;

    public List<BuiltOrganization> BuildAll(IReadOnlyList<OrganizationDraft> drafts)
    {
        if (drafts.Count == 0)
        {
            Add(0, ImportColumns.File, new("文件中没有数据行。", "The file has no data rows."));
            return [];
        }

        var built = drafts.Select(Build).ToList();
        LinkCompetentUnits(drafts.Zip(built, (draft, b) => (draft, b?.Organization as BudgetUnit)).Where(p => p.Item2 is not null).Select(p => (p.draft, p.Item2!)).ToList());
        return built.OfType<BuiltOrganization>().ToList();
    }

    private BuiltOrganization? Build(OrganizationDraft draft)
    {
        var failures = OrganizationDraftValidator.Instance.Validate(draft).Errors;
        foreach (var failure in failures)
        {
            Add(draft.RowNumber, OrganizationDraftValidator.Columns[failure.PropertyName], failure.Text());
        }

        if (failures.Count > 0)
        {
            return null;
        }

        var kind = OrganizationDraftValidator.KindOf(draft);
        var region = OrganizationDraftValidator.Region(draft.RegionCode)!;
        var now = context.Now;
        Organization? organization = kind switch
        {
            OrganizationKind.BudgetUnit => BuildUnit(draft, region, now),
            OrganizationKind.Agency => BuildAgency(draft, region, now),
            OrganizationKind.Supplier => BuildSupplier(draft, region, now),
            OrganizationKind.Regulator => BuildRegulator(draft, region, now),
            _ => null,
        };
        return organization is null ? null : PlanAccounts(draft, organization);
    }

    private BudgetUnit? BuildUnit(OrganizationDraft draft, Region region, DateTime now)
    {
        var code = draft.BudgetCode?.Trim() ?? "";
        if (code.Length > 0 && (context.UnitsByBudgetCode.ContainsKey(code) || unitsInFile.ContainsKey(code)))
        {
            Add(draft.RowNumber, ImportColumns.BudgetCode, new($"预算编码 {code} 已存在。", $"Budget code {code} already exists."));
            return null;
        }

        var unit = Attempt(draft.RowNumber, ImportColumns.BudgetCode,
            () => new BudgetUnit(draft.Name!, region, code, draft.FinanceCode, null, draft.LegacyAccountName, now));
        if (unit is not null)
        {
            unitsInFile[unit.BudgetCode] = unit;
        }

        return unit;
    }

    private Agency? BuildAgency(OrganizationDraft draft, Region region, DateTime now)
    {
        var centralized = OrganizationDraftValidator.Centralized(draft.Centralized)!.Value;
        return CheckCreditCode(draft)
            ? Attempt(draft.RowNumber, ImportColumns.CreditCode, () => new Agency(draft.Name!, region, draft.CreditCode!, centralized, draft.LegacyAccountName, now))
            : null;
    }

    private Supplier? BuildSupplier(OrganizationDraft draft, Region region, DateTime now)
    {
        var scale = OrganizationDraftValidator.Scale(draft.Scale)!.Value;
        return CheckCreditCode(draft)
            ? Attempt(draft.RowNumber, ImportColumns.CreditCode, () => new Supplier(draft.Name!, region, draft.CreditCode!, scale, now))
            : null;
    }

    private Regulator? BuildRegulator(OrganizationDraft draft, Region region, DateTime now)
    {
        if (context.RegulatedRegions.Contains(region.Code) || !regulatorRegionsInFile.Add(region.Code))
        {
            Add(draft.RowNumber, ImportColumns.RegionCode, new($"{region.Name}已有财政部门。", $"{region.NameEn} already has a finance department."));
            return null;
        }

        return new Regulator(draft.Name!, region, now);
    }

    private bool CheckCreditCode(OrganizationDraft draft)
    {
        var code = UnifiedSocialCreditCode.Normalize(draft.CreditCode!);
        if (context.CreditCodes.Contains(code) || !creditCodesInFile.Add(code))
        {
            Add(draft.RowNumber, ImportColumns.CreditCode, new($"统一社会信用代码 {code} 已存在。", $"Credit code {code} already exists."));
            return false;
        }

        return true;
    }

    private BuiltOrganization? PlanAccounts(OrganizationDraft draft, Organization organization)
    {
        try
        {
            var rule = context.Rules.Select(organization.Kind, organization.RegionCode, context.Today);
            if (rule.NeedsFinanceCode && organization is BudgetUnit { FinanceCode: null })
            {
                Add(draft.RowNumber, ImportColumns.FinanceCode, new(
                    "本地区账号规则为“区划编码+财政编码”，财政编码必填。", "This region's account rule uses the finance code; it is required."));
                return null;
            }

            var planned = AccountPlanner.Plan(organization, rule);
            foreach (var account in planned)
            {
                var normalized = context.Provisioner.Normalize(account.UserName);
                if (context.NormalizedUserNames.Contains(normalized) || !userNamesInFile.Add(normalized))
                {
                    Add(draft.RowNumber, ImportColumns.LegacyAccountName, new(
                        $"按规则生成的账号 {account.UserName} 已被占用。", $"The account name {account.UserName} the rule produces is taken."));
                    return null;
                }
            }

            return new BuiltOrganization(organization, planned, rule);
        }
        catch (DomainException e)
        {
            Add(draft.RowNumber, ImportColumns.Kind, e.Text);
            return null;
        }
    }

    /// <summary>
    /// Places units under their competent units once every row is known, so that the outcome
    /// does not depend on row order: only two levels exist, so a competent unit may not itself be
    /// a subordinate, and a subordinate may not be another row's competent unit.
    /// </summary>
    private void LinkCompetentUnits(IReadOnlyList<(OrganizationDraft Draft, BudgetUnit Unit)> units)
    {
        var links = new List<(OrganizationDraft Draft, BudgetUnit Unit, BudgetUnit Parent)>();
        foreach (var (draft, unit) in units)
        {
            var parentCode = draft.CompetentBudgetCode?.Trim();
            if (string.IsNullOrEmpty(parentCode))
            {
                continue;
            }

            if (unitsInFile.TryGetValue(parentCode, out var parent) || context.UnitsByBudgetCode.TryGetValue(parentCode, out parent))
            {
                links.Add((draft, unit, parent));
            }
            else
            {
                Add(draft.RowNumber, ImportColumns.CompetentBudgetCode, new(
                    $"找不到预算编码为 {parentCode} 的主管预算单位。", $"No competent unit has budget code {parentCode}."));
            }
        }

        var subordinateIds = links.Select(l => l.Unit.Id).ToHashSet();
        var competentIds = links.Select(l => l.Parent.Id).ToHashSet();
        foreach (var (draft, unit, parent) in links)
        {
            if (parent.CompetentUnitId is not null || subordinateIds.Contains(parent.Id))
            {
                Add(draft.RowNumber, ImportColumns.CompetentBudgetCode, new(
                    $"“{parent.Name}”本身是下属单位，不能作为主管预算单位。", $"\"{parent.Name}\" is itself a subordinate unit and cannot be a competent unit."));
            }
            else if (competentIds.Contains(unit.Id))
            {
                Add(draft.RowNumber, ImportColumns.CompetentBudgetCode, new(
                    "该单位在本文件中又是其他单位的主管单位：主管与下属只分两级。", "This unit is another row's competent unit: there are only two levels."));
            }
            else
            {
                Attempt(draft.RowNumber, ImportColumns.CompetentBudgetCode, () =>
                {
                    unit.PlaceUnder(parent);
                    return unit;
                });
            }
        }
    }

    private T? Attempt<T>(int row, string column, Func<T> build) where T : class
    {
        try
        {
            return build();
        }
        catch (DomainException e)
        {
            Add(row, column, e.Text);
            return null;
        }
    }

    private void Add(int row, string column, Bilingual message) => errors.Add(new ImportError(row, column, message.Zh, message.En));
}

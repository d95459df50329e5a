using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Onboarding;

/// <summary>
/// What one row of the organisation import must say by itself: a kind, a name, a Guangdong region
/// the platform serves, and what its kind needs (a credit code, 是/否, a size). What depends on
/// other rows or on the store (codes already taken, competent units, the account rule) is checked
/// by <see cref="DraftBuilder"/>, which reports both against the row's column.
/// </summary>
public sealed class OrganizationDraftValidator : AbstractValidator<OrganizationDraft>
{
    public static OrganizationDraftValidator Instance { get; } = new();

    /// <summary>The import file's column for each field of a draft.</summary>
    public static IReadOnlyDictionary<string, string> Columns { get; } = new Dictionary<string, string>
    {
        [nameof(OrganizationDraft.Kind)] = ImportColumns.Kind,
        [nameof(OrganizationDraft.Name)] = ImportColumns.Name,
        [nameof(OrganizationDraft.RegionCode)] = ImportColumns.RegionCode,
        [nameof(OrganizationDraft.BudgetCode)] = ImportColumns.BudgetCode,
        [nameof(OrganizationDraft.FinanceCode)] = ImportColumns.FinanceCode,
        [nameof(OrganizationDraft.CompetentBudgetCode)] = ImportColumns.CompetentBudgetCode,
        [nameof(OrganizationDraft.CreditCode)] = ImportColumns.CreditCode,
        [nameof(OrganizationDraft.LegacyAccountName)] = ImportColumns.LegacyAccountName,
        [nameof(OrganizationDraft.Centralized)] = ImportColumns.Centralized,
        [nameof(OrganizationDraft.Scale)] = ImportColumns.Scale,
    };

    public OrganizationDraftValidator()
    {
        RuleFor(d => d.Kind).Must(kind => OrganizationKindNames.ParseZh(kind) is not null)
            .WithText(new Bilingual("机构类型应为：预算单位、代理机构、供应商、财政部门。", "Kind must be one of 预算单位, 代理机构, 供应商, 财政部门."));
        RuleFor(d => d.Name).NotEmpty().WithText(new Bilingual("名称不能为空。", "The name is required."));
        RuleFor(d => d.RegionCode).Must(code => Region(code) is not null)
            .WithText((_, code) => new Bilingual($"区划编码“{code}”不是广东省的行政区划编码。", $"\"{code}\" is not a Guangdong region code."))
            .Must(code => Region(code) is not { IsOnPlatform: false })
            .WithText((_, code) => new Bilingual(
                $"{Region(code)!.Name}的单位不在广东政府采购智慧云平台范围内：深圳市使用本市自建的政府采购系统。",
                $"Units of {Region(code)!.NameEn} are outside the platform: Shenzhen runs its own procurement system."));
        RuleFor(d => d.LegacyAccountName).Must(name => string.IsNullOrWhiteSpace(name) || AccountNames.Explain(name.Trim()) is null)
            .WithText((_, name) => AccountNames.Explain(name!.Trim())!);
        RuleFor(d => d.Centralized).Must(c => Centralized(c) is not null).When(d => KindOf(d) == OrganizationKind.Agency)
            .WithText(new Bilingual("集中采购机构一栏应填“是”或“否”。", "Centralized must be 是 or 否."));
        RuleFor(d => d.Scale).Must(s => Scale(s) is not null).When(d => KindOf(d) == OrganizationKind.Supplier)
            .WithText(new Bilingual("企业规模应为：大型、中型、小型、微型。", "Scale must be 大型, 中型, 小型 or 微型."));
        RuleFor(d => d.CreditCode).CreditCode().When(d => KindOf(d) is OrganizationKind.Agency or OrganizationKind.Supplier);
    }

    public static OrganizationKind? KindOf(OrganizationDraft draft) => OrganizationKindNames.ParseZh(draft.Kind);

    public static Region? Region(string? code) => RegionDirectory.Guangdong.Find(code?.Trim());

    /// <summary>是 / 否 (or nothing, meaning 否) in the 集中采购机构 column.</summary>
    public static bool? Centralized(string? text) => text?.Trim() switch
    {
        "是" => true,
        "否" or "" or null => false,
        _ => null,
    };

    public static EnterpriseScale? Scale(string? text) => text?.Trim() switch
    {
        "大型" => EnterpriseScale.Large,
        "中型" => EnterpriseScale.Medium,
        "小型" => EnterpriseScale.Small,
        "微型" => EnterpriseScale.Micro,
        _ => null,
    };
}

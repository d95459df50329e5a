using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Organizations;

/// <summary>
/// A purchaser (采购人): a budget unit identified by its budget code (预算编码) and,
/// where the region's account rule uses it, its finance code (财政编码). A competent
/// unit (主管预算单位) has subordinate units under it.
/// </summary>
public sealed class BudgetUnit : Organization
{
    public const int CodeMaxLength = 32;
    public const int LegacyAccountMaxLength = Accounts.AccountNames.MaxLength;

    private BudgetUnit()
    {
        BudgetCode = "";
    }

    public BudgetUnit(
        string name,
        Region region,
        string budgetCode,
        string? financeCode,
        BudgetUnit? competentUnit,
        string? legacyAccountName,
        DateTime createdUtc)
        : base(OrganizationKind.BudgetUnit, name, region, createdUtc)
    {
        BudgetCode = RequireCode(budgetCode, "预算编码", "budget code")!;
        FinanceCode = string.IsNullOrWhiteSpace(financeCode) ? null : RequireCode(financeCode, "财政编码", "finance code");
        FiscalLevel = region.Level;
        LegacyAccountName = Accounts.AccountNames.Legacy(legacyAccountName);
        if (competentUnit is not null)
        {
            PlaceUnder(competentUnit);
        }
    }

    public string BudgetCode { get; private set; }

    public string? FinanceCode { get; private set; }

    /// <summary>省级 / 市级 / 县级: the fiscal level, the level of the unit's region.</summary>
    public RegionLevel FiscalLevel { get; private set; }

    public Guid? CompetentUnitId { get; private set; }

    public string? LegacyAccountName { get; private set; }

    public void PlaceUnder(BudgetUnit competentUnit)
    {
        if (competentUnit.Id == Id)
        {
            throw new DomainException("单位不能是自己的主管单位。", "A unit cannot be its own competent unit.");
        }

        if (competentUnit.CompetentUnitId is not null)
        {
            throw new DomainException(
                $"“{competentUnit.Name}”本身是下属单位，不能作为主管预算单位。",
                $"\"{competentUnit.Name}\" is itself a subordinate unit and cannot be a competent unit.");
        }

        CompetentUnitId = competentUnit.Id;
    }

    private static string RequireCode(string? code, string zhName, string enName)
    {
        code = code?.Trim() ?? "";
        if (code.Length == 0 || code.Length > CodeMaxLength || !code.All(char.IsAsciiLetterOrDigit))
        {
            throw new DomainException(
                $"{zhName}必须由字母或数字组成，长度 1–{CodeMaxLength} 位。",
                $"The {enName} must be 1–{CodeMaxLength} letters or digits.");
        }

        return code;
    }
}

using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Organizations;

/// <summary>
/// A procurement agency: a centralized procurement agency (集中采购机构) set up by
/// government, or a social agency (社会代理机构).
/// </summary>
public sealed class Agency : Organization
{
    private Agency()
    {
        CreditCode = "";
    }

    public Agency(string name, Region region, string creditCode, bool isCentralized, string? legacyAccountName, DateTime createdUtc)
        : base(OrganizationKind.Agency, name, region, createdUtc)
    {
        CreditCode = CreditCodeRules.Require(creditCode);
        IsCentralized = isCentralized;
        LegacyAccountName = Accounts.AccountNames.Legacy(legacyAccountName);
    }

    public string CreditCode { get; private set; }

    public bool IsCentralized { get; private set; }

    public string? LegacyAccountName { get; private set; }
}

internal static class CreditCodeRules
{
    public static string Require(string code)
    {
        var problem = UnifiedSocialCreditCode.Explain(code);
        return problem is null ? UnifiedSocialCreditCode.Normalize(code) : throw new DomainException(problem);
    }
}

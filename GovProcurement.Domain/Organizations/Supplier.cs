using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Organizations;

/// <summary>Enterprise size as declared under 工信部联企业〔2011〕300号; drives SME policies.</summary>
public enum EnterpriseScale
{
    Large = 1,
    Medium = 2,
    Small = 3,
    Micro = 4,
}

/// <summary>A supplier, identified by its unified social credit code.</summary>
public sealed class Supplier : Organization
{
    private Supplier()
    {
        CreditCode = "";
    }

    public Supplier(string name, Region region, string creditCode, EnterpriseScale scale, DateTime createdUtc)
        : base(OrganizationKind.Supplier, name, region, createdUtc)
    {
        CreditCode = CreditCodeRules.Require(creditCode);
        Scale = scale;
    }

    public string CreditCode { get; private set; }

    public EnterpriseScale Scale { get; private set; }

    /// <summary>A new size, declared and approved through the supplier library.</summary>
    public void Redeclare(EnterpriseScale scale) => Scale = scale;

    public bool IsSme => Scale is EnterpriseScale.Medium or EnterpriseScale.Small or EnterpriseScale.Micro;
}

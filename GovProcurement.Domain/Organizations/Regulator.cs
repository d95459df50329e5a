using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Organizations;

/// <summary>
/// A finance department (财政部门) supervising procurement in its region and the regions below.
/// One per region.
/// </summary>
public sealed class Regulator : Organization
{
    private Regulator()
    {
    }

    public Regulator(string name, Region region, DateTime createdUtc)
        : base(OrganizationKind.Regulator, name, region, createdUtc)
    {
    }
}

using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Organizations;

/// <summary>
/// A party on the platform: a budget unit, an agency, a supplier or a finance department.
/// Every organisation belongs to one region; accounts belong to one organisation.
/// </summary>
public abstract class Organization : VersionedEntity
{
    public const int NameMaxLength = 200;

    protected Organization()
    {
        Name = RegionCode = "";
    }

    protected Organization(OrganizationKind kind, string name, Region region, DateTime createdUtc)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Length > NameMaxLength)
        {
            throw new DomainException(
                $"名称不能为空且不超过 {NameMaxLength} 个字符。",
                $"The name is required and at most {NameMaxLength} characters.");
        }

        EnsureOnPlatform(region);
        Id = Guid.NewGuid();
        Kind = kind;
        Name = name;
        RegionCode = region.Code;
        CreatedUtc = createdUtc;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string RegionCode { get; private set; }

    public OrganizationKind Kind { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public void Rename(string name)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Length > NameMaxLength)
        {
            throw new DomainException($"名称不能为空且不超过 {NameMaxLength} 个字符。", $"The name is required and at most {NameMaxLength} characters.");
        }

        Name = name;
    }

    public static void EnsureOnPlatform(Region region)
    {
        if (!region.IsOnPlatform)
        {
            throw new DomainException(OffPlatform(region));
        }
    }

    /// <summary>Why a region's units are not served here.</summary>
    public static Bilingual OffPlatform(Region region) => new(
        $"{region.Name}（{region.Code}）不在广东政府采购智慧云平台范围内：深圳市使用本市自建的政府采购系统。",
        $"{region.NameEn} ({region.Code}) is outside the platform: Shenzhen runs its own procurement system.");
}

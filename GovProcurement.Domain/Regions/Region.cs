namespace GovProcurement.Domain.Regions;

public enum RegionLevel
{
    Province = 1,
    City = 2,
    County = 3,
}

/// <summary>
/// An administrative region (行政区划) identified by its six-digit division code.
/// Shenzhen runs its own procurement system and is marked as outside the platform.
/// </summary>
public sealed class Region
{
    public const int CodeLength = 6;
    public const int NameMaxLength = 64;

    private Region()
    {
        Code = Name = NameEn = "";
    }

    public Region(string code, string name, string nameEn, RegionLevel level, string? parentCode, bool isOnPlatform)
    {
        Code = code;
        Name = name;
        NameEn = nameEn;
        Level = level;
        ParentCode = parentCode;
        IsOnPlatform = isOnPlatform;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string NameEn { get; private set; }

    public RegionLevel Level { get; private set; }

    public string? ParentCode { get; private set; }

    public bool IsOnPlatform { get; private set; }

    public void UpdateFrom(Region source)
    {
        Name = source.Name;
        NameEn = source.NameEn;
        Level = source.Level;
        ParentCode = source.ParentCode;
        IsOnPlatform = source.IsOnPlatform;
    }
}

using System.Globalization;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Portal.Localization;

/// <summary>Domain values as the current UI language shows them.</summary>
public static class Display
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Kind(OrganizationKind kind) => IsEnglish ? kind.En() : kind.Zh();

    public static string Region(string code) =>
        RegionDirectory.Guangdong.Find(code) is { } region ? (IsEnglish ? region.NameEn : region.Name) : code;

    public static string RegionPath(string code) => RegionDirectory.Guangdong.PathName(code, IsEnglish);
}

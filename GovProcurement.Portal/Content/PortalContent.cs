using System.Globalization;
using System.Text.Json;

namespace GovProcurement.Portal.Content;

public sealed record GuideEntry(string Slug, string TitleZh, string TitleEn, string SummaryZh, string SummaryEn)
{
    public string Title(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? TitleEn : TitleZh;

    public string Summary(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? SummaryEn : SummaryZh;
}

public sealed record SupportContact(string NameZh, string NameEn, IReadOnlyList<string> Phones, string ScopeZh, string ScopeEn, string Source);

/// <summary>
/// The public portal's written content, read from wwwroot-assets: the operation guides (one per
/// role and language, HTML written for this portal) and the support contacts.
/// </summary>
public sealed class PortalContent(IConfiguration configuration)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private readonly string root = PortalServices.AssetsRoot(configuration);
    private IReadOnlyList<GuideEntry>? guides;
    private IReadOnlyList<SupportContact>? contacts;

    public IReadOnlyList<GuideEntry> Guides => guides ??= Read<List<GuideEntry>>("guides/guides.json");

    public IReadOnlyList<SupportContact> Contacts => contacts ??= Read<List<SupportContact>>("support/contacts.json");

    /// <summary>The guide's HTML in the culture's language, or null for an unknown slug.</summary>
    public string? GuideHtml(string slug, CultureInfo culture)
    {
        if (Guides.All(g => g.Slug != slug))
        {
            return null;
        }

        var language = culture.TwoLetterISOLanguageName == "en" ? "en-US" : "zh-CN";
        return File.ReadAllText(Path.Combine(root, "guides", language, slug + ".html"));
    }

    private T Read<T>(string relativePath) where T : new() =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(root, relativePath)), Json) ?? new T();
}

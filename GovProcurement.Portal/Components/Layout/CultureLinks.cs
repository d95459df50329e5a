using Microsoft.AspNetCore.Components;

namespace GovProcurement.Portal.Components.Layout;

/// <summary>The portal's languages, each named in itself, and the link that switches to one while staying on the page.</summary>
public static class CultureLinks
{
    public static IReadOnlyList<(string Culture, string Name)> Languages { get; } = [("zh-CN", "简体中文"), ("en-US", "English")];

    public static string For(NavigationManager navigation, string culture)
    {
        var here = "/" + navigation.ToBaseRelativePath(navigation.Uri);
        return $"/culture?culture={culture}&redirectUri={Uri.EscapeDataString(here)}";
    }
}

using MudBlazor;

namespace GovProcurement.Portal.Components.Layout;

/// <summary>
/// The portal's colours and type: government red accents on a calm blue, CJK-first fonts. Every text
/// colour reaches WCAG 2.1 AA contrast (4.5:1) on white and on the page background (GB/T 37668-2019):
/// MudBlazor's defaults do not (its secondary text is 4.0:1 here, its success green 2.2:1).
/// </summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1F4E8C",
            Secondary = "#B71C1C",
            AppbarBackground = "#1F4E8C",
            Background = "#F5F7FA",
            TextSecondary = "#4F5B69", // 6.5:1 on the background
            Success = "#2E7D32",       // 4.8:1
            Info = "#1565C0",          // 5.4:1
            Warning = "#B45309",       // 4.7:1
            Error = "#C62828",         // 5.2:1
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "sans-serif"],
            },
            // Buttons keep their text as written: an account name such as 440700cz is not shouted as 440700CZ.
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}

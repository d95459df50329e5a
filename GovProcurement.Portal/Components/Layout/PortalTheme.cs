using MudBlazor;

namespace GovProcurement.Portal.Components.Layout;

/// <summary>The portal's colours and type: government red accents on a calm blue, CJK-first fonts.</summary>
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
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "sans-serif"],
            },
        },
    };
}

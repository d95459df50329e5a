using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace GovProcurement.Portal.Components.Shared;

/// <summary>
/// MudBlazor's look written as plain markup, for the parts of a circuit's pages kept as elements rather than
/// components (each component a Blazor Server circuit holds keeps two render trees and its parameter state, issue 13).
/// </summary>
public static class MudMarkup
{
    private static readonly ConcurrentDictionary<(string Icon, string Class), MarkupString> Icons = new();

    /// <summary>A MudBlazor icon as one piece of markup (one render-tree frame instead of six), made once per icon and class for all circuits.</summary>
    public static MarkupString Icon(string icon, Size size = Size.Medium, string? extraClass = null) =>
        Icons.GetOrAdd((icon, $"mud-icon-root mud-svg-icon mud-icon-size-{Name(size)}{(extraClass is null ? "" : " " + extraClass)}"), key => new MarkupString(
            $"<svg class=\"{key.Class}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{key.Icon}</svg>"));

    /// <summary>The classes of a MudBlazor button of that variant, colour and size.</summary>
    public static string ButtonClass(Variant variant, Color color, Size size = Size.Medium) =>
        $"mud-button-root mud-button mud-button-{Name(variant)} mud-button-{Name(variant)}-{Name(color)} mud-button-{Name(variant)}-size-{Name(size)}";

    /// <summary>The classes of a small MudBlazor chip of that variant and colour.</summary>
    public static string ChipClass(Variant variant, Color color) =>
        $"mud-chip mud-chip-{Name(variant)} mud-chip-size-small mud-chip-color-{Name(color)}";

    private static string Name(Enum value) => value.ToString().ToLowerInvariant();
}

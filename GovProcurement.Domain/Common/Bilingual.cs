using System.Globalization;

namespace GovProcurement.Domain.Common;

/// <summary>
/// A user-facing text in the portal's two languages. Chinese is the primary language;
/// <see cref="ToString"/> picks the one matching the current UI culture.
/// </summary>
public sealed record Bilingual(string Zh, string En)
{
    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? En : Zh;

    public override string ToString() => For(CultureInfo.CurrentUICulture);
}

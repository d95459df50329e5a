using PdfSharp.Fonts;

namespace GovProcurement.Portal.Documents;

/// <summary>
/// Serves the shipped WenQuanYi Micro Hei face (wwwroot-assets/fonts/wqy-microhei.ttf beside the
/// binaries) to PDFsharp for every family name; bold is simulated by PDFsharp. PDFsharp accepts a
/// process-wide resolver only once, so <see cref="Register"/> is idempotent and thread-safe.
/// </summary>
public sealed class NoticeFontResolver : IFontResolver
{
    /// <summary>The family name documents ask for.</summary>
    public const string FamilyName = "WenQuanYi Micro Hei";

    private const string FaceName = "wqy-microhei";
    private static readonly Lock RegistrationLock = new();
    private static volatile bool registered;

    private readonly Lazy<byte[]> fontBytes;

    private NoticeFontResolver(string fontPath) =>
        fontBytes = new Lazy<byte[]>(() => File.ReadAllBytes(fontPath), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The one instance PDFsharp is given.</summary>
    public static NoticeFontResolver Instance { get; } = new(FontPath);

    /// <summary>Where the font file is read from.</summary>
    public static string FontPath => Path.Combine(AppContext.BaseDirectory, "wwwroot-assets", "fonts", "wqy-microhei.ttf");

    /// <summary>Installs <see cref="Instance"/> as PDFsharp's font resolver; later calls do nothing.</summary>
    /// <exception cref="InvalidOperationException">Another font resolver was installed first.</exception>
    public static void Register()
    {
        if (registered)
        {
            return;
        }
        lock (RegistrationLock)
        {
            if (registered)
            {
                return;
            }
            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (!ReferenceEquals(current, Instance))
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has the font resolver {current.GetType().FullName}; notices need {nameof(NoticeFontResolver)}.");
            }
            registered = true;
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(FaceName, bold, italic);

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faceName == FaceName ? fontBytes.Value : null;
}

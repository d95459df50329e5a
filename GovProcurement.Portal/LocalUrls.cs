namespace GovProcurement.Portal;

/// <summary>The one check that a redirect target stays on this site.</summary>
public static class LocalUrls
{
    /// <summary>True for a path on this site ("/x"), false for "//host", "/\host", absolute URLs and control characters.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}

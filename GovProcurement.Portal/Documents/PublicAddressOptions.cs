using Microsoft.Extensions.Options;

namespace GovProcurement.Portal.Documents;

/// <summary>
/// The portal's public address (<c>Platform:PublicBaseUrl</c>), the only source of the links
/// printed in documents (the verification QR code): never the request's Host header, which any
/// client sets. Required outside Development; in Development it defaults to the first local
/// address the portal listens on (<c>urls</c>, which <c>dotnet run</c> takes from launchSettings).
/// </summary>
public sealed class PublicAddressOptions
{
    public const string Section = "Platform";
    public const string DevelopmentFallback = "http://localhost:5080";

    public string PublicBaseUrl { get; set; } = "";

    public static void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<PublicAddressOptions>()
            .Bind(configuration.GetSection(Section))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.PublicBaseUrl) && environment.IsDevelopment())
                {
                    o.PublicBaseUrl = LocalAddress(configuration["urls"]);
                }
            })
            .Validate(o => IsPublicBaseUrl(o.PublicBaseUrl),
                "Platform:PublicBaseUrl must be set outside Development to the portal's public address, an absolute http or https URL "
                + "without query or fragment (for example https://gdgpo.example.cn); documents print their verification links from it. "
                + "请配置 Platform:PublicBaseUrl（门户对外地址，如 https://gdgpo.example.cn）。")
            .ValidateOnStart();
    }

    public static bool IsPublicBaseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo);

    /// <summary>The first configured listening address, with a wildcard host read as localhost.</summary>
    private static string LocalAddress(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return DevelopmentFallback;
        }

        var local = first.Replace("://*", "://localhost").Replace("://+", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost");
        return IsPublicBaseUrl(local) && new Uri(local).Port != 0 ? local : DevelopmentFallback;
    }
}

using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace GovProcurement.Portal.Security;

/// <summary>
/// The TLS-terminating proxies the portal trusts (section <c>ReverseProxy</c>): from them, and only
/// them, <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, so that a request that
/// reached the proxy over HTTPS counts as HTTPS here (Secure cookies, HSTS) and the client's
/// address is logged. Unset, only a proxy on this machine (loopback) is trusted.
/// <c>X-Forwarded-Host</c> is never used: links come from <c>Platform:PublicBaseUrl</c>.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of trusted proxies, for example <c>10.0.4.21</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, for example <c>10.0.4.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may add their entry (one: the TLS terminator).</summary>
    public int ForwardLimit { get; set; } = 1;

    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = proxies.ForwardLimit;
            if (proxies.KnownProxies.Length == 0 && proxies.KnownNetworks.Length == 0)
            {
                return; // ASP.NET Core's default: loopback only
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxies.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }
}

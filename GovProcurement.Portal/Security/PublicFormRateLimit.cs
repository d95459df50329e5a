using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace GovProcurement.Portal.Security;

/// <summary>
/// Submissions of the public supplier-registration forms (section <c>RateLimits:PublicForms</c>)
/// are limited per client address, so a script cannot fill the store with applications and their
/// licence files. Behind a trusted proxy the address is the forwarded client's
/// (<see cref="ReverseProxyOptions"/>). Built on ASP.NET Core's rate limiter, not by hand.
/// </summary>
public sealed class PublicFormRateLimit
{
    public const string Section = "RateLimits:PublicForms";

    /// <summary>Submissions one address may make per window.</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>The window, in minutes.</summary>
    public int WindowMinutes { get; set; } = 10;

    /// <summary>The paths whose POSTs are limited (and everything below them).</summary>
    public static readonly PathString[] LimitedPaths = ["/Account/SupplierRegister"];

    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        var limit = configuration.GetSection(Section).Get<PublicFormRateLimit>() ?? new PublicFormRateLimit();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLimited(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, limit.PermitLimit),
                        Window = TimeSpan.FromMinutes(Math.Max(1, limit.WindowMinutes)),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, cancellationToken) => RefuseAsync(rejected, limit, cancellationToken);
        });
    }

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && LimitedPaths.Any(path => request.Path.StartsWithSegments(path));

    /// <summary>A short page in both languages (the form is plain HTML, not an API), with Retry-After.</summary>
    private static async ValueTask RefuseAsync(OnRejectedContext rejected, PublicFormRateLimit limit, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = (limit.WindowMinutes * 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(
            $"提交过于频繁：同一地址每 {limit.WindowMinutes} 分钟最多提交 {limit.PermitLimit} 次，请稍后再试。\n" +
            $"Too many submissions: at most {limit.PermitLimit} every {limit.WindowMinutes} minutes from one address; please try again later.\n",
            cancellationToken);
    }
}

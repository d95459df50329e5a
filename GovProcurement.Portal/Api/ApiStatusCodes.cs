using Microsoft.AspNetCore.Diagnostics;

namespace GovProcurement.Portal.Api;

/// <summary>Keeps the pages' not-found page away from API answers: an API error is problem details JSON.</summary>
internal static class ApiStatusCodes
{
    /// <summary>Turns off the status code page handler that runs before the API's own.</summary>
    public static Task WithoutPageHandler(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        return next(context);
    }
}

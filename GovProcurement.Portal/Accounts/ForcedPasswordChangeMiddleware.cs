namespace GovProcurement.Portal.Accounts;

/// <summary>
/// While a signed-in user still has an initial password, nothing but the password change page,
/// sign-out and the static assets (framework, MudBlazor, /assets) is reachable: pages redirect there, the interactive hub and
/// every API answer 403.
/// </summary>
public sealed class ForcedPasswordChangeMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    private static readonly string[] AllowedPrefixes =
        [ChangePasswordPath, "/Account/Logout", "/Account/AccessDenied", "/Account/ForgotPassword", "/culture", "/healthz", "/_framework", "/_content", "/assets"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(PortalClaims.MustChangePassword, "true") && !IsAllowed(context.Request.Path))
        {
            if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/_blazor") && !context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.Redirect(ChangePasswordPath);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("请先修改初始密码。 Change your initial password first.");
            }

            return;
        }

        await next(context);
    }

    private static bool IsAllowed(PathString path) =>
        AllowedPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}

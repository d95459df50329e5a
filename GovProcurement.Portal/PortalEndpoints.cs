using System.Text.Json;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Onboarding;
using GovProcurement.Portal.Accounts;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace GovProcurement.Portal;

/// <summary>The few plain HTTP endpoints beside the pages: sign-out, language, health, downloads.</summary>
public static class PortalEndpoints
{
    public const string ImportTemplatePath = "/admin/import/template";
    public const string LegacyTemplatePath = "/admin/legacy-plans/template";
    /// <summary>The register's former in-request download: now a background export on the plan list.</summary>
    public const string PlanRegisterPath = "/regulator/plans/register.xlsx";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapPortalEndpoints(this WebApplication app)
    {
        // Signing out ends the account's sessions everywhere: a copy of the cookie is worthless afterwards.
        app.MapPost("/Account/Logout", async (HttpContext context, SignInManager<ApplicationUser> signIn, AccountSessions sessions, AuditLog audit, [FromForm] string? returnUrl) =>
        {
            var name = context.User.Identity?.Name;
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.EndSessionsAsync(sessions, user);
            }

            await signIn.SignOutAsync();
            if (name is not null)
            {
                await audit.AppendAsync(AuditEventType.SignOut, name, null, "退出登录");
            }

            return TypedResults.LocalRedirect("/");
        });

        app.MapGet("/culture", (HttpContext context, string culture, string? redirectUri) =>
        {
            if (PortalServices.SupportedCultures.Any(c => c.Name == culture))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true });
            }

            return TypedResults.LocalRedirect(LocalUrls.IsLocal(redirectUri) ? redirectUri! : "/");
        });

        app.MapGet(ImportTemplatePath, () => TypedResults.File(ImportWorkbook.Template(), Xlsx, "机构导入模板.xlsx"))
            .RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin));
        app.MapGet(LegacyTemplatePath, () => TypedResults.File(Domain.Plans.LegacyPlanImport.Template(), Xlsx, "旧系统计划导入模板.xlsx"))
            .RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin));

        // Regulators land on the plan list that exports the register; anyone else allowed here on their own workspace.
        app.MapGet(PlanRegisterPath, async (HttpContext context, Workspaces.PageAccess pages) =>
                TypedResults.LocalRedirect(await pages.LandingAsync(context.User, typeof(Components.Workspaces.Plans.RegulatorPlans))))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Regulator, Roles.PlatformAdmin));

        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), durationMs = e.Value.Duration.TotalMilliseconds }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

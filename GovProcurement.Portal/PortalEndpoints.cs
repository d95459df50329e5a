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
    public const string PlanRegisterPath = "/regulator/plans/register.xlsx";
    public const int PlanRegisterMaxRows = 20_000;
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

        app.MapGet(PlanRegisterPath, PlanRegisterAsync).RequireAuthorization(policy => policy.RequireRole(Roles.Regulator, Roles.PlatformAdmin));

        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
    }

    /// <summary>The plan filing register of the caller's jurisdiction, filtered by status, newest first.</summary>
    private static async Task<IResult> PlanRegisterAsync(HttpContext context, Domain.Plans.PlanQueries plans, TimeProvider time, Domain.Plans.PlanStatus? status)
    {
        var actor = Workspaces.CurrentActor.From(context.User);
        var rows = new List<Domain.Reporting.PlanRegisterRow>();
        Domain.Plans.PlanCursor? after = null;
        while (rows.Count < PlanRegisterMaxRows)
        {
            var page = await plans.ListAsync(actor, new Domain.Plans.PlanListQuery(status, Take: 200, After: after, CountTotal: false), context.RequestAborted);
            rows.AddRange(page.Items.Select(Domain.Reporting.PlanFilingRegister.From));
            if (page.Items.Count < 200)
            {
                break;
            }

            after = page.Items[^1].Cursor;
        }

        var filters = status is { } s ? Domain.Plans.ProcurementPlan.StatusText(s).Zh : "全部状态";
        var file = Domain.Reporting.PlanFilingRegister.Build(rows, $"本辖区；{filters}；最多 {PlanRegisterMaxRows} 行", time.GetUtcNow().UtcDateTime.Add(Domain.Common.Clock.ChinaOffset));
        return TypedResults.File(file, Xlsx, "采购计划备案登记表.xlsx");
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

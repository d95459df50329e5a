using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Supervision;
using GovProcurement.Portal.Workspaces;

namespace GovProcurement.Portal.Api;

/// <summary>
/// The regulator's report workbooks through the integration API: the same reports as the
/// reports page, for the key's finance department and the regions below it.
/// </summary>
public static class ReportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapReportApi(this WebApplication app) =>
        app.MapGroup("/api/v1/reports").RequireAuthorization(ApiEndpoints.Policy).WithTags("Reports")
            .MapGet("/{report}", ReportAsync)
            .WithSummary("监管报表（Excel）：plan-register、intention-register、project-register、sme-report、exceptions-report；from/to 为统计期间 / Regulator report workbooks")
            .WithName("getReport")
            .WithDescription("与报表页面相同的监管报表工作簿，范围为密钥所属财政部门及其下级地区；from/to 为统计期间（缺省为北京时间本年 1 月 1 日至今天）。仅财政部门的密钥可用。 / The same report workbooks as the reports page, for the key's finance department and the regions below it; from/to is the period (1 January of this year to today in Beijing when omitted). Finance departments' keys only.")
            .Produces<Stream>(StatusCodes.Status200OK, contentType: Xlsx)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> ReportAsync(string report, DateOnly? from, DateOnly? to, HttpContext context, SupervisionReports reports, TimeProvider time)
    {
        var actor = CurrentActor.From(context.User);
        if (!actor.IsIn(Roles.Regulator))
        {
            return TypedResults.Problem("报表接口仅供财政部门的密钥使用。 / Reports are for finance departments' keys.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (!Enum.TryParse<SupervisionReport>(report.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return TypedResults.Problem($"未知报表“{report}”。 / Unknown report.", statusCode: StatusCodes.Status400BadRequest);
        }

        var today = time.TodayInChina();
        try
        {
            var (workbook, _) = await reports.BuildAsync(kind, actor, new SupervisionPeriod(from ?? new DateOnly(today.Year, 1, 1), to ?? today), context.RequestAborted);
            return TypedResults.File(workbook, Xlsx, SupervisionReports.FileName(kind));
        }
        catch (DomainException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}

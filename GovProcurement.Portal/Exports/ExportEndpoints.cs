namespace GovProcurement.Portal.Exports;

/// <summary>The download of a finished background export, for its owner only.</summary>
public static class ExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapExportEndpoints(this WebApplication app) =>
        app.MapGet("/exports/{id:guid}", (Guid id, HttpContext context, ExportJobs jobs) =>
            jobs.Open(id, context.User.Identity?.Name ?? "") is { } found
                ? Results.File(found.File, Xlsx, found.Job.FileName)
                : Results.NotFound()).RequireAuthorization();
}

using GovProcurement.Domain.Common;
using GovProcurement.Domain.Exports;

namespace GovProcurement.Portal.Exports;

/// <summary>The download of a finished background export, for its owner only.</summary>
public static class ExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapExportEndpoints(this WebApplication app) =>
        app.MapGet("/exports/{id:guid}", async (Guid id, HttpContext context, ExportQueue exports, TimeProvider time) =>
        {
            // Another user's job, or one without a finished file, is simply not found.
            var download = await exports.OpenAsync(id, context.User.Identity?.Name ?? "", time.UtcNow());
            return download switch
            {
                { State: ExportDownloadState.Ready, File: { } file, Job: { } job } => Results.File(file, Xlsx, job.FileName),
                { State: ExportDownloadState.Expired } => Results.Text($"{ExportTexts.Expired.Zh}\n{ExportTexts.Expired.En}\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status410Gone),
                _ => Results.NotFound(),
            };
        }).RequireAuthorization();
}

using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Exports;

/// <summary>What the owner of an export can do with it.</summary>
public enum ExportJobStep
{
    Download = 1,
    Cancel = 2,
}

/// <summary>
/// The owner's steps on one export, and what they read about it: a finished export is downloaded,
/// a queued or running one cancelled. The export view renders this answer.
/// </summary>
public static class ExportJobSteps
{
    public static ActionSet<ExportJobStep> For(ExportJob job) => new(
    [
        new(ExportJobStep.Download, job.Status == ExportJobStatus.Done ? null : new Refusal("导出尚未完成，暂无文件可下载。", "The export has no file to download.")),
        new(ExportJobStep.Cancel, job.IsActive ? null : new Refusal("导出已结束，不能取消。", "The export has ended and cannot be cancelled.")),
    ]);

    /// <summary>Whether progress is shown: the export is being written now.</summary>
    public static bool ShowsProgress(ExportJob job) => job.Status == ExportJobStatus.Running;

    /// <summary>What the owner reads about an export that is neither being written nor ready: waiting, cancelled, expired or failed.</summary>
    public static Bilingual? State(ExportJob job) => job.Status switch
    {
        ExportJobStatus.Queued => new("排队中，等待导出…", "Queued, waiting to start…"),
        ExportJobStatus.Cancelled => new("已取消导出。", "The export was cancelled."),
        ExportJobStatus.Expired => ExportTexts.Expired,
        ExportJobStatus.Failed => job.Failure ?? ExportTexts.Unexpected,
        _ => null,
    };
}

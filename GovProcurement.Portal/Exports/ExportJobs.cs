using System.Collections.Concurrent;
using GovProcurement.Domain.Common;

namespace GovProcurement.Portal.Exports;

/// <summary>
/// Runs exports off the page's circuit: the file is written under App_Data/exports while the
/// page shows progress and stays responsive; the user cancels or downloads when it is ready.
/// Files older than a day are removed when the next export starts.
/// </summary>
public sealed class ExportJobs(IWebHostEnvironment environment, ILogger<ExportJobs> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<Guid, ExportJob> jobs = new();

    private string Folder => System.IO.Path.Combine(environment.ContentRootPath, "App_Data", "exports");

    /// <param name="write">Writes the workbook to the stream, reporting rows written; returns the row count.</param>
    public ExportJob Start(string owner, string title, string fileName, Func<Stream, IProgress<long>, CancellationToken, Task<long>> write)
    {
        Sweep();
        Directory.CreateDirectory(Folder);
        var job = new ExportJob(owner, title, fileName, System.IO.Path.Combine(Folder, $"{Guid.NewGuid():N}.xlsx"));
        jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, write));
        return job;
    }

    /// <summary>The job, only for its owner.</summary>
    public ExportJob? Find(Guid id, string owner) => jobs.TryGetValue(id, out var job) && job.Owner == owner ? job : null;

    /// <summary>The finished file of the owner's job, or null.</summary>
    public (ExportJob Job, Stream File)? Open(Guid id, string owner) =>
        Find(id, owner) is { Status: ExportStatus.Done } job && File.Exists(job.Path) ? (job, File.OpenRead(job.Path)) : null;

    private async Task RunAsync(ExportJob job, Func<Stream, IProgress<long>, CancellationToken, Task<long>> write)
    {
        var progress = new SynchronousProgress(job.Progress);
        try
        {
            long rows;
            await using (var file = new FileStream(job.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                rows = await write(file, progress, job.Token);
            }

            job.Finish(ExportStatus.Done, rows, null);
        }
        catch (OperationCanceledException)
        {
            Delete(job.Path);
            job.Finish(ExportStatus.Cancelled, job.Rows, null);
        }
        catch (DomainException e)
        {
            Delete(job.Path);
            job.Finish(ExportStatus.Failed, job.Rows, e.Message);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Export {Title} for {Owner} failed", job.Title, job.Owner);
            Delete(job.Path);
            job.Finish(ExportStatus.Failed, job.Rows, null);
        }
    }

    private void Sweep()
    {
        foreach (var job in jobs.Values.Where(j => j.Status != ExportStatus.Running && DateTime.UtcNow - j.StartedUtc > KeepFor))
        {
            jobs.TryRemove(job.Id, out _);
            Delete(job.Path);
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Still open by a download: the next sweep removes it.
        }
    }

    /// <summary>Reports on the writer's thread, so the count is current when the job ends.</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}

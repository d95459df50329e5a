using GovProcurement.Domain.Common;
using GovProcurement.Domain.Exports;
using GovProcurement.Portal.Exports;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Exports;

/// <summary>
/// The export's answer and the queue's use cases agree in every status: the owner is offered the download
/// exactly when the queue opens a file, and the cancel exactly when the queue cancels; a refused step changes
/// nothing. The queue answers a download with a state and ignores a refused cancel rather than throwing, so
/// agreement here is that a refused step neither serves a file nor moves the export. Another user is given
/// no answer and gets neither.
/// </summary>
public sealed class ExportJobStepsAgreementTests
{
    private const string Owner = "440700cz";
    private const string Other = "440784cz";

    /// <summary>The rules, written out: a finished export is downloaded, a queued or running one cancelled, an ended one neither.</summary>
    private static readonly Dictionary<ExportJobStatus, ExportJobStep[]> Expected = new()
    {
        [ExportJobStatus.Queued] = [ExportJobStep.Cancel],
        [ExportJobStatus.Running] = [ExportJobStep.Cancel],
        [ExportJobStatus.Done] = [ExportJobStep.Download],
        [ExportJobStatus.Failed] = [],
        [ExportJobStatus.Cancelled] = [],
        [ExportJobStatus.Expired] = [],
    };

    [Fact]
    public async Task In_every_status_what_is_offered_succeeds_and_what_is_refused_changes_nothing()
    {
        Assert.Equal(Enum.GetValues<ExportJobStatus>(), Expected.Keys.Order());
        await using var hosts = new ExportHosts();
        var writer = new ScriptedExportWriter();
        await using var host = hosts.Start(new() { ["Exports:Workers"] = "1" }, writer);
        var queue = host.Get<ExportQueue>();
        var store = host.Get<ExportJobStore>();
        Task<ExportJob> Enqueue(string title) => queue.EnqueueAsync(Owner, ExportKind.RawPlans, title, "测试.xlsx", ExportFilters.None);
        Task<ExportJob> Ended(ExportJob job) => ExportHosts.WaitForAsync(host, job.Id, Owner, j => !j.IsActive);

        // Each status reached the way the queue reaches it; only the expired export is stored as a killed sweep would leave it.
        var done = await Ended(await Enqueue("完成"));
        var failed = await Ended(await Enqueue(ScriptedExportWriter.Fails));
        var expired = await ExpiredAsync(hosts);
        var running = await Enqueue(ScriptedExportWriter.Blocks);
        await writer.Started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var queued = await Enqueue("排队");
        var cancelled = await Enqueue("取消");
        await queue.CancelAsync(cancelled.Id, Owner);

        // The queued export before the running one: cancelling the running one lets the worker take the next.
        foreach (var id in new[] { done.Id, failed.Id, expired.Id, cancelled.Id, queued.Id, running.Id })
        {
            var job = (await store.FindAsync(id, Owner))!;
            var steps = ExportJobSteps.For(job);
            Assert.Equal(Expected[job.Status], steps.Available);

            // Another user: no answer, no file, no cancel.
            Assert.Null(await store.FindAsync(id, Other));
            Assert.Equal(ExportDownloadState.NotFound, (await queue.OpenAsync(id, Other, DateTime.UtcNow)).State);
            await queue.CancelAsync(id, Other);
            Assert.Equal(job.Status, (await store.FindAsync(id, Owner))!.Status);

            var download = await queue.OpenAsync(id, Owner, DateTime.UtcNow);
            Assert.Equal(steps.Allows(ExportJobStep.Download), download.State == ExportDownloadState.Ready);
            Assert.Equal(steps.Allows(ExportJobStep.Download), download.File is not null);
            if (download.File is { } file)
            {
                await file.DisposeAsync();
            }

            await queue.CancelAsync(id, Owner);
            var after = steps.Allows(ExportJobStep.Cancel) ? await Ended(job) : (await store.FindAsync(id, Owner))!;
            Assert.Equal(steps.Allows(ExportJobStep.Cancel) ? ExportJobStatus.Cancelled : job.Status, after.Status);
        }

        writer.Release.TrySetResult();
    }

    /// <summary>A finished export past its retention, swept: what the sweep leaves in the store.</summary>
    private static async Task<ExportJob> ExpiredAsync(ExportHosts hosts)
    {
        var finished = DateTime.UtcNow.AddDays(-8);
        var job = new ExportJob(Owner, ExportKind.RawPlans, "过期", "过期.xlsx", ExportFilters.None, finished);
        job.Start(finished);
        job.Finish(1, finished, TimeSpan.FromDays(7));
        job.Expire();
        await using var db = hosts.Database.CreateContext();
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }

    /// <summary>Writes a little and finishes, fails with a domain reason, or blocks until released or cancelled, by the export's title.</summary>
    private sealed class ScriptedExportWriter : IExportWriter
    {
        public const string Blocks = "阻塞";
        public const string Fails = "失败";

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<long> WriteAsync(ExportJob job, Stream output, IProgress<long> progress, CancellationToken ct)
        {
            await output.WriteAsync(new byte[1024], ct);
            if (job.Title == Fails)
            {
                throw new DomainException("测试导出失败。", "The test export failed.");
            }

            if (job.Title == Blocks)
            {
                progress.Report(1);
                Started.TrySetResult();
                await Release.Task.WaitAsync(ct);
            }

            return 1;
        }
    }
}

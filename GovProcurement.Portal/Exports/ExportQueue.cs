using System.Collections.Concurrent;
using System.Threading.Channels;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Exports;
using Microsoft.Extensions.Options;

namespace GovProcurement.Portal.Exports;

/// <summary>
/// Runs stored export jobs off the pages' circuits and requests, on a bounded queue with
/// <c>Exports:Workers</c> workers. At start, jobs a previous process left queued or running are
/// marked failed and their partial files deleted; finished files are deleted after the retention
/// period. On shutdown it takes no new work and lets a running export finish, interrupting it
/// (failed, file deleted) when the host's shutdown timeout runs out.
/// </summary>
/// <remarks>
/// Each instance runs the jobs queued on it (<see cref="ExportJob.Runner"/>): start-up and shutdown fail
/// only its own, and the shared folder keeps what another instance is writing. A job's state changes
/// are live signals (<see cref="Topic"/>) that reach the owner's pages on every instance; the running
/// row count is known only here, so progress ticks stay in this process. A cancel made on another
/// instance reaches the running job as the signal <see cref="CancelTopic"/>.
/// </remarks>
public sealed class ExportQueue : BackgroundService
{
    /// <summary>The live-signal topic of a job whose state changed (the id is the job's).</summary>
    public const string Topic = "export";

    /// <summary>The live-signal topic asking the instance that runs the job to cancel it (the owner was checked by the sender).</summary>
    public const string CancelTopic = "export-cancel";

    /// <summary>How long before the host's shutdown deadline running exports are interrupted (at most a quarter of it).</summary>
    private static readonly TimeSpan InterruptMargin = TimeSpan.FromSeconds(5);

    private readonly ExportJobStore jobs;
    private readonly IExportWriter writer;
    private readonly ExportFolder folder;
    private readonly IOptions<ExportOptions> options;
    private readonly IOptions<HostOptions> host;
    private readonly TimeProvider time;
    private readonly ILogger<ExportQueue> logger;
    private readonly ILiveSignals signals;
    private readonly IDisposable[] subscriptions;
    private readonly Channel<Guid> queue;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Guid, RunningExport> running = new();
    private readonly CancellationTokenSource interrupt = new();
    private volatile bool stopping;

    // Dispose may come before or during StopAsync (a host torn down while it stops): the
    // interrupt source is then touched only under this lock and never after it is disposed.
    private readonly Lock interruptGate = new();
    private bool interruptDisposed;

    public ExportQueue(ExportJobStore jobs, IExportWriter writer, ExportFolder folder, IOptions<ExportOptions> options, IOptions<HostOptions> host, TimeProvider time, ILogger<ExportQueue> logger, ILiveSignals signals)
    {
        this.jobs = jobs;
        this.writer = writer;
        this.folder = folder;
        this.options = options;
        this.host = host;
        this.time = time;
        this.logger = logger;
        this.signals = signals;
        queue = Channel.CreateBounded<Guid>(Math.Max(1, options.Value.MaxActiveTotal));
        subscriptions =
        [
            signals.Subscribe(Topic, id => Changed?.Invoke(id)),
            signals.Subscribe(CancelTopic, id => _ = CancelHereAsync(id)),
        ];
    }

    /// <summary>
    /// Raised with the job's id when it changes: its state (on any instance) or its rows (on this one);
    /// handlers must be quick and thread-safe.
    /// </summary>
    public event Action<Guid>? Changed;

    /// <summary>The rows a running job has written so far, or null when it is not running here.</summary>
    public long? LiveRows(Guid id) => running.TryGetValue(id, out var export) ? export.Rows : null;

    /// <summary>Stores the job and queues it; refuses with a message when the limits are reached.</summary>
    public async Task<ExportJob> EnqueueAsync(string owner, ExportKind kind, string title, string fileName, ExportFilters filters, CancellationToken ct = default)
    {
        await ready.Task.WaitAsync(ct);
        if (stopping)
        {
            throw new DomainException(ExportTexts.ShuttingDown);
        }

        var job = await jobs.AddAsync(owner, kind, title, fileName, filters, ct);
        if (!queue.Writer.TryWrite(job.Id))
        {
            await jobs.FailAsync(job.Id, ExportTexts.QueueFull, 0);
            throw new DomainException(ExportTexts.QueueFull);
        }

        signals.Publish(Topic, job.Id);
        return job;
    }

    /// <summary>Cancels the owner's job, queued or running.</summary>
    public async Task CancelAsync(Guid id, string owner)
    {
        if (running.TryGetValue(id, out var export))
        {
            if (export.Owner == owner)
            {
                await export.Cancellation.CancelAsync();
            }

            return;
        }

        if (await jobs.CancelQueuedAsync(id, owner))
        {
            signals.Publish(Topic, id);
        }
        else if (await jobs.FindAsync(id, owner) is { Status: ExportJobStatus.Running })
        {
            signals.Publish(CancelTopic, id); // running on another instance
        }
    }

    private async Task CancelHereAsync(Guid id)
    {
        if (running.TryGetValue(id, out var export))
        {
            await export.Cancellation.CancelAsync();
        }
    }

    /// <summary>The owner's finished file, or why there is none.</summary>
    public async Task<ExportDownload> OpenAsync(Guid id, string owner, DateTime nowUtc)
    {
        var job = await jobs.FindAsync(id, owner);
        if (job is null)
        {
            return new ExportDownload(ExportDownloadState.NotFound, null, null);
        }

        if (job.IsExpiredAt(nowUtc))
        {
            return new ExportDownload(ExportDownloadState.Expired, job, null);
        }

        var file = job is { Status: ExportJobStatus.Done, StoredName: { } name } ? folder.Open(name) : null;
        return new ExportDownload(file is null ? ExportDownloadState.NotFound : ExportDownloadState.Ready, job, file);
    }

    /// <summary>Deletes the files of finished jobs past their retention and marks the jobs expired.</summary>
    public async Task SweepAsync()
    {
        foreach (var name in await jobs.ExpireAsync())
        {
            folder.Delete(name);
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before any new job is taken: what a previous process left queued or running is failed, and
        // every file but the finished ones still served (partial, orphaned) is deleted.
        foreach (var job in await jobs.InterruptAllAsync(ExportTexts.InterruptedByRestart))
        {
            logger.LogWarning("Export {Id} of {Owner} was interrupted by a restart", job.Id, job.Owner);
        }

        folder.DeleteAllExcept(await jobs.ServedFilesAsync());
        await SweepAsync();
        ready.TrySetResult();
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        stopping = true;
        queue.Writer.TryComplete();

        // The running exports may finish until shortly before the host's shutdown timeout; then they
        // are interrupted, with time left to record it and delete their partial files.
        var timeout = host.Value.ShutdownTimeout;
        WithInterrupt(source => source.CancelAfter(timeout - TimeSpan.FromTicks(Math.Min(timeout.Ticks / 4, InterruptMargin.Ticks))));
        await using (cancellationToken.Register(() => WithInterrupt(source => source.Cancel())))
        {
            await base.StopAsync(cancellationToken);
        }

        try
        {
            await jobs.InterruptAllAsync(ExportTexts.InterruptedByShutdown);
        }
        catch (ObjectDisposedException)
        {
            // The host gave up waiting: the next start fails what is left.
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(_ => WorkAsync(stoppingToken)).Append(SweepPeriodicallyAsync(stoppingToken)));

    public override void Dispose()
    {
        Array.ForEach(subscriptions, s => s.Dispose());
        lock (interruptGate)
        {
            interruptDisposed = true;
            interrupt.Dispose();
        }

        base.Dispose();
    }

    private void WithInterrupt(Action<CancellationTokenSource> act)
    {
        lock (interruptGate)
        {
            if (!interruptDisposed)
            {
                act(interrupt);
            }
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (!stopping && queue.Reader.TryRead(out var id))
                {
                    await RunAsync(id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the jobs still queued are failed by StopAsync.
        }
    }

    private async Task RunAsync(Guid id)
    {
        var job = await jobs.StartAsync(id);
        if (job is null)
        {
            return; // cancelled while it waited
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(interrupt.Token);
        var export = new RunningExport(job.Owner, cancellation);
        running[id] = export;
        signals.Publish(Topic, id);
        try
        {
            long rows;
            await using (var file = folder.Create(job.PartialName))
            {
                rows = await writer.WriteAsync(job, file, new SynchronousProgress(value =>
                {
                    export.Rows = value;
                    Changed?.Invoke(id);
                }), cancellation.Token);
            }

            folder.Complete(job.PartialName, job.FinalName);
            await jobs.FinishAsync(id, rows);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            folder.Delete(job.PartialName);
            await (interrupt.IsCancellationRequested
                ? jobs.FailAsync(id, ExportTexts.InterruptedByShutdown, export.Rows)
                : jobs.CancelledAsync(id, export.Rows));
        }
        catch (DomainException e)
        {
            folder.Delete(job.PartialName);
            await jobs.FailAsync(id, e.Text, export.Rows);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Export {Id} ({Kind}) of {Owner} failed", id, job.Kind, job.Owner);
            folder.Delete(job.PartialName);
            await jobs.FailAsync(id, ExportTexts.Unexpected, export.Rows);
        }
        finally
        {
            running.TryRemove(id, out _);
            signals.Publish(Topic, id);
        }
    }

    private async Task SweepPeriodicallyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The export retention sweep failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private sealed class RunningExport(string owner, CancellationTokenSource cancellation)
    {
        public string Owner { get; } = owner;

        public CancellationTokenSource Cancellation { get; } = cancellation;

        public long Rows { get; set; }
    }

    /// <summary>Reports on the writer's thread, so the count is current when the job ends.</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}

public enum ExportDownloadState
{
    Ready,
    NotFound,
    Expired,
}

/// <summary>The answer to a download: the open file of a finished job, or why there is none.</summary>
public sealed record ExportDownload(ExportDownloadState State, ExportJob? Job, Stream? File);

using GovProcurement.Domain.Exports;
using GovProcurement.Portal.Exports;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovProcurement.Tests.Exports;

/// <summary>
/// Portals over one store and one export folder, started one after another as a restarted
/// process would be; password hashing is cheap here (these tests are about exports).
/// </summary>
internal sealed class ExportHosts : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "gp-export-tests", Guid.NewGuid().ToString("N"));

    public ExportHosts()
    {
        Directory.CreateDirectory(directory);
        Database = TestDatabase.Create(Path.Combine(directory, "portal.db"));
    }

    /// <summary>The one store every host started here runs on (SQLite, or PostgreSQL when the suite runs there).</summary>
    public TestDatabase Database { get; }

    public string Folder => Path.Combine(directory, "exports");

    public string[] Files => Directory.Exists(Folder) ? Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>().ToArray() : [];

    /// <param name="writer">Replaces the real export writer.</param>
    public PortalHost Start(Dictionary<string, string?>? settings = null, IExportWriter? writer = null, TimeProvider? time = null) =>
        new(new Dictionary<string, string?>(settings ?? [])
        {
            ["Exports:Folder"] = Folder,
            ["Security:Pbkdf2Iterations"] = "1000",
        }, time, services =>
        {
            // The host waits this long for a running export when it stops, then interrupts it.
            services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
            if (writer is not null)
            {
                services.AddSingleton(writer);
            }
        }, sharedDatabase: Database);

    public async ValueTask DisposeAsync()
    {
        await Database.DropAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp folder's cleanup.
        }
    }

    /// <summary>Waits, on the queue's change events, until the job satisfies <paramref name="reached"/>.</summary>
    public static async Task<ExportJob> WaitForAsync(PortalHost host, Guid id, string owner, Func<ExportJob, bool> reached)
    {
        var queue = host.Get<ExportQueue>();
        var jobs = host.Get<ExportJobStore>();
        using var changed = new SemaphoreSlim(0);
        void OnChanged(Guid changedId)
        {
            if (changedId == id)
            {
                changed.Release();
            }
        }

        queue.Changed += OnChanged;
        try
        {
            while (true)
            {
                if (await jobs.FindAsync(id, owner) is { } job && reached(job))
                {
                    return job;
                }

                if (!await changed.WaitAsync(TimeSpan.FromSeconds(60)))
                {
                    throw new TimeoutException($"Export {id} did not reach the expected state.");
                }
            }
        }
        finally
        {
            queue.Changed -= OnChanged;
        }
    }
}

/// <summary>An export that writes a little, then blocks until released or cancelled (a long export in progress).</summary>
internal sealed class BlockingExportWriter : IExportWriter
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<long> WriteAsync(ExportJob job, Stream output, IProgress<long> progress, CancellationToken ct)
    {
        await output.WriteAsync(new byte[64 * 1024], ct);
        await output.FlushAsync(ct);
        progress.Report(500);
        Started.TrySetResult();
        await Release.Task.WaitAsync(ct);
        return 500;
    }
}

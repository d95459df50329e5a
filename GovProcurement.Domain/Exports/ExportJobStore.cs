using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Exports;

/// <summary>
/// The stored export jobs: admission within the limits of <see cref="ExportOptions"/>, each step of a
/// job's life, and the owner-only reads the pages and the download use.
/// </summary>
public sealed class ExportJobStore(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time, IOptions<ExportOptions> options)
{
    /// <summary>One admission at a time, so two requests cannot both take the last place.</summary>
    private readonly SemaphoreSlim admission = new(1, 1);

    private ExportOptions Options => options.Value;

    /// <summary>Stores a queued job, or refuses when the owner or everyone together has the most allowed queued or running.</summary>
    public async Task<ExportJob> AddAsync(string owner, ExportKind kind, string title, string fileName, ExportFilters filters, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(owner) || owner.Length > ExportJob.OwnerMaxLength || !Enum.IsDefined(kind))
        {
            throw new DomainException("无法为该账号创建导出。", "No export can be made for this account.");
        }

        var job = new ExportJob(owner, kind, title, fileName, filters, time.UtcNow(), Options.Runner);
        await admission.WaitAsync(ct);
        try
        {
            await using var db = await store.CreateDbContextAsync(ct);
            var active = Active(db);
            if (await active.CountAsync(j => j.Owner == owner, ct) >= Options.MaxActivePerUser)
            {
                throw new DomainException(ExportTexts.TooManyForUser(Options.MaxActivePerUser));
            }

            if (await active.CountAsync(ct) >= Options.MaxActiveTotal)
            {
                throw new DomainException(ExportTexts.QueueFull);
            }

            db.ExportJobs.Add(job);
            await db.SaveChangesAsync(ct);
            return job;
        }
        finally
        {
            admission.Release();
        }
    }

    /// <summary>The owner's latest jobs, newest first, optionally of one kind.</summary>
    public async Task<IReadOnlyList<ExportJob>> ListAsync(string owner, ExportKind? kind = null, int take = 20, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var jobs = db.ExportJobs.AsNoTracking().Where(j => j.Owner == owner);
        if (kind is { } k)
        {
            jobs = jobs.Where(j => j.Kind == k);
        }

        return await jobs.OrderByDescending(j => j.CreatedUtc).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
    }

    /// <summary>The job, only for its owner.</summary>
    public async Task<ExportJob?> FindAsync(Guid id, string owner, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await db.ExportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Owner == owner, ct);
    }

    /// <summary>Marks a queued job running; null when it was cancelled meanwhile.</summary>
    public Task<ExportJob?> StartAsync(Guid id) => ChangeAsync(id, ExportJobStatus.Queued, job => job.Start(time.UtcNow()));

    public Task FinishAsync(Guid id, long rows) => ChangeAsync(id, ExportJobStatus.Running, job => job.Finish(rows, time.UtcNow(), Options.Retention));

    public Task FailAsync(Guid id, Bilingual reason, long rows) => ChangeAsync(id, null, job => job.Fail(reason, rows, time.UtcNow()));

    public Task CancelledAsync(Guid id, long rows) => ChangeAsync(id, ExportJobStatus.Running, job => job.Cancel(rows, time.UtcNow()));

    /// <summary>Cancels the owner's job while it waits in the queue; false when it is not queued.</summary>
    public async Task<bool> CancelQueuedAsync(Guid id, string owner) =>
        await ChangeAsync(id, ExportJobStatus.Queued, job => job.Cancel(0, time.UtcNow()), owner) is not null;

    /// <summary>
    /// Fails every queued or running job of this instance (<see cref="ExportOptions.Runner"/>, and those of
    /// no named instance) with <paramref name="reason"/>; returns them. Another instance's jobs are its own.
    /// </summary>
    public async Task<IReadOnlyList<ExportJob>> InterruptAllAsync(Bilingual reason)
    {
        var runner = Options.Runner;
        await using var db = await store.CreateDbContextAsync();
        var jobs = await Active(db).Where(j => j.Runner == runner || j.Runner == "").ToListAsync();
        foreach (var job in jobs)
        {
            job.Fail(reason, job.Rows, time.UtcNow());
        }

        await db.SaveChangesAsync();
        return jobs;
    }

    /// <summary>Marks finished jobs past their retention expired; returns the names of the files to delete.</summary>
    public async Task<IReadOnlyList<string>> ExpireAsync()
    {
        var now = time.UtcNow();
        await using var db = await store.CreateDbContextAsync();
        var jobs = await db.ExportJobs.Where(j => j.Status == ExportJobStatus.Done && j.ExpiresUtc <= now).ToListAsync();
        var files = jobs.Select(j => j.StoredName).OfType<string>().ToList();
        jobs.ForEach(j => j.Expire());
        await db.SaveChangesAsync();
        return files;
    }

    /// <summary>
    /// The names of the files to keep in a folder the instances may share: those still served, and the
    /// partial files other instances are writing now.
    /// </summary>
    public async Task<IReadOnlySet<string>> ServedFilesAsync()
    {
        var runner = Options.Runner;
        await using var db = await store.CreateDbContextAsync();
        var served = await db.ExportJobs.Where(j => j.Status == ExportJobStatus.Done && j.StoredName != null).Select(j => j.StoredName!).ToListAsync();
        var elsewhere = await db.ExportJobs.Where(j => j.Status == ExportJobStatus.Running && j.Runner != runner && j.Runner != "").Select(j => j.Id).ToListAsync();
        return served.Concat(elsewhere.Select(ExportJob.PartialNameOf)).ToHashSet();
    }

    private static IQueryable<ExportJob> Active(GovProcurementDbContext db) =>
        db.ExportJobs.Where(j => j.Status == ExportJobStatus.Queued || j.Status == ExportJobStatus.Running);

    private async Task<ExportJob?> ChangeAsync(Guid id, ExportJobStatus? from, Action<ExportJob> change, string? owner = null)
    {
        await using var db = await store.CreateDbContextAsync();
        var job = await db.ExportJobs.FirstOrDefaultAsync(j => j.Id == id);
        if (job is null || (from is { } status && job.Status != status) || (owner is not null && job.Owner != owner))
        {
            return null;
        }

        change(job);
        await db.SaveChangesAsync();
        return job;
    }
}

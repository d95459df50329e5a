namespace GovProcurement.Portal.Exports;

public enum ExportStatus
{
    Running = 1,
    Done = 2,
    Failed = 3,
    Cancelled = 4,
}

/// <summary>
/// One export running in the background for one user: its progress (rows written), its outcome
/// and the file it produced. Only its owner can see, cancel or download it.
/// </summary>
public sealed class ExportJob
{
    private readonly CancellationTokenSource cancellation = new();

    internal ExportJob(string owner, string title, string fileName, string path)
    {
        Id = Guid.NewGuid();
        Owner = owner;
        Title = title;
        FileName = fileName;
        Path = path;
        StartedUtc = DateTime.UtcNow;
    }

    /// <summary>Random: the download address cannot be guessed, and the owner is checked as well.</summary>
    public Guid Id { get; }

    public string Owner { get; }

    public string Title { get; }

    public string FileName { get; }

    internal string Path { get; }

    public DateTime StartedUtc { get; }

    public ExportStatus Status { get; private set; } = ExportStatus.Running;

    public long Rows { get; private set; }

    public string? Error { get; private set; }

    internal CancellationToken Token => cancellation.Token;

    /// <summary>Raised on progress and when the job ends; handlers must be quick and thread-safe.</summary>
    public event Action<ExportJob>? Changed;

    public void Cancel() => cancellation.Cancel();

    internal void Progress(long rows)
    {
        Rows = rows;
        Changed?.Invoke(this);
    }

    internal void Finish(ExportStatus status, long rows, string? error)
    {
        Rows = rows;
        Error = error;
        Status = status;
        Changed?.Invoke(this);
    }
}

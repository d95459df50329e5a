using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Exports;

public enum ExportJobStatus
{
    Queued = 1,
    Running = 2,
    Done = 3,
    Failed = 4,
    Cancelled = 5,

    /// <summary>Done, then past the retention period: the file is deleted and no longer served.</summary>
    Expired = 6,
}

/// <summary>What an export writes: the styled reports (at most 20,000 rows) and the raw-data exports.</summary>
public enum ExportKind
{
    PlanRegister = 1,
    IntentionRegister = 2,
    ProjectRegister = 3,
    SmeReport = 4,
    ExceptionsReport = 5,

    /// <summary>The plan filing register of the regulator's plan list, by plan status.</summary>
    FilingRegister = 6,
    RawPlans = 7,
    RawIntentions = 8,
    RawProjects = 9,

    /// <summary>The filed plans behind one slice of a dashboard chart.</summary>
    PlanSlice = 10,

    /// <summary>The e-mall reports (<see cref="Supervision.EMallReport"/>, same values).</summary>
    EMallRegions = 1401,
    EMallCatalogueClasses = 1402,
    EMallFailedBiddings = 1403,
    EMallPriceFlags = 1404,

    /// <summary>Every e-mall order of the jurisdiction, one row per order line.</summary>
    RawMallOrders = 1410,

    /// <summary>Every decided online bidding of the jurisdiction, one row per quote.</summary>
    RawMallBiddings = 1411,

    /// <summary>Every closed reverse auction of the jurisdiction, one row per bid.</summary>
    RawMallAuctions = 1412,

    /// <summary>The acceptance register (履约验收登记) of the jurisdiction.</summary>
    AcceptanceRegister = 2010,

    /// <summary>Every acceptance of the jurisdiction with its deliveries, group, checks and confirmations, one row each.</summary>
    RawAcceptances = 2011,

    /// <summary>The payment and overdue register (合同支付及逾期情况) of the jurisdiction, one row per instalment.</summary>
    PaymentRegister = 2020,

    /// <summary>Every recorded contract payment of the jurisdiction, one row each.</summary>
    RawPayments = 2021,

    /// <summary>The annual arrears disclosure (年度拖欠中小企业款项情况), per unit, for the year the period ends in.</summary>
    ArrearsDisclosure = 2022,
    /// <summary>The bond register (保证金登记表) of the jurisdiction.</summary>
    BondRegister = 2030,

    /// <summary>Every bond of the jurisdiction, one row each, with the payment and refund references.</summary>
    RawBonds = 2031,

    /// <summary>The challenge and complaint register (质疑投诉登记) of the jurisdiction.</summary>
    ChallengeRegister = 2040,

    /// <summary>Every challenge and complaint of the jurisdiction, one row each.</summary>
    RawChallenges = 2041,

    /// <summary>The contract register (合同登记表) of the jurisdiction, add-ons included.</summary>
    ContractRegister = 2000,

    /// <summary>The contract filing status report (合同备案情况): per region by status, with the periods missed.</summary>
    ContractFilingReport = 2001,

    /// <summary>Every contract of the jurisdiction with its terms, one row each.</summary>
    RawContracts = 2002,
}

/// <summary>
/// One export for one user, stored so that it outlives the process: what to write (kind and
/// filters), its state, the rows written, the file it produced and when; only its owner sees it.
/// </summary>
public sealed class ExportJob
{
    public const int OwnerMaxLength = 256;
    public const int TitleMaxLength = 100;
    public const int FileNameMaxLength = 120;
    public const int StoredNameMaxLength = 64;
    public const int FailureMaxLength = 500;
    public const int RunnerMaxLength = 64;

    private ExportJob()
    {
    }

    public ExportJob(string owner, ExportKind kind, string title, string fileName, ExportFilters filters, DateTime nowUtc, string runner = "")
    {
        Id = Guid.NewGuid();
        Runner = runner[..Math.Min(runner.Length, RunnerMaxLength)];
        Owner = owner;
        Kind = kind;
        Title = title[..Math.Min(title.Length, TitleMaxLength)];
        FileName = fileName[..Math.Min(fileName.Length, FileNameMaxLength)];
        Filters = filters.Serialize();
        Status = ExportJobStatus.Queued;
        CreatedUtc = nowUtc;
    }

    /// <summary>Random: the download address cannot be guessed, and the owner is checked as well.</summary>
    public Guid Id { get; private set; }

    public string Owner { get; private set; } = "";

    /// <summary>
    /// The portal instance whose queue holds and runs the job (<c>Portal:InstanceName</c>; empty for an
    /// unnamed single instance): only that instance fails it when it restarts or stops.
    /// </summary>
    public string Runner { get; private set; } = "";

    public ExportKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The name the download carries.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The serialised <see cref="ExportFilters"/>, at most <see cref="ExportFilters.MaxLength"/> characters.</summary>
    public string Filters { get; private set; } = "";

    public ExportJobStatus Status { get; private set; }

    public long Rows { get; private set; }

    /// <summary>The finished file's name inside the exports folder (never a path a user supplies).</summary>
    public string? StoredName { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime? StartedUtc { get; private set; }

    public DateTime? FinishedUtc { get; private set; }

    /// <summary>When the finished file is deleted and the download refused.</summary>
    public DateTime? ExpiresUtc { get; private set; }

    public string? FailureZh { get; private set; }

    public string? FailureEn { get; private set; }

    public Bilingual? Failure => FailureZh is null ? null : new Bilingual(FailureZh, FailureEn ?? FailureZh);

    public bool IsActive => Status is ExportJobStatus.Queued or ExportJobStatus.Running;

    /// <summary>The file name while it is being written; renamed to <see cref="FinalName"/> when complete.</summary>
    public string PartialName => PartialNameOf(Id);

    /// <summary>The file a running job writes into, before it is complete.</summary>
    public static string PartialNameOf(Guid id) => $"{id:N}.xlsx.partial";

    public string FinalName => $"{Id:N}.xlsx";

    public ExportFilters ReadFilters() => ExportFilters.Deserialize(Filters);

    public bool IsExpiredAt(DateTime nowUtc) => Status == ExportJobStatus.Expired || (Status == ExportJobStatus.Done && ExpiresUtc <= nowUtc);

    internal void Start(DateTime nowUtc)
    {
        Status = ExportJobStatus.Running;
        StartedUtc = nowUtc;
    }

    internal void Finish(long rows, DateTime nowUtc, TimeSpan retention)
    {
        Status = ExportJobStatus.Done;
        Rows = rows;
        StoredName = FinalName;
        FinishedUtc = nowUtc;
        ExpiresUtc = nowUtc + retention;
    }

    internal void Fail(Bilingual reason, long rows, DateTime nowUtc)
    {
        Status = ExportJobStatus.Failed;
        Rows = rows;
        FailureZh = reason.Zh[..Math.Min(reason.Zh.Length, FailureMaxLength)];
        FailureEn = reason.En[..Math.Min(reason.En.Length, FailureMaxLength)];
        FinishedUtc = nowUtc;
    }

    internal void Cancel(long rows, DateTime nowUtc)
    {
        Status = ExportJobStatus.Cancelled;
        Rows = rows;
        FinishedUtc = nowUtc;
    }

    internal void Expire()
    {
        Status = ExportJobStatus.Expired;
        StoredName = null;
    }
}

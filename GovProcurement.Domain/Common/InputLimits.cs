namespace GovProcurement.Domain.Common;

/// <summary>
/// The bounds on everything a user or an API key can grow, bound from configuration section
/// <c>Limits</c>. Each bound is enforced by the use case that grows the collection, so the API and
/// the pages meet the same refusal. The reason for each default is given beside it; raise a bound
/// in configuration only together with a look at what it costs (see README, "Bounded inputs").
/// </summary>
public sealed class InputLimits
{
    public const string Section = "Limits";

    private const int MiB = 1024 * 1024;

    /// <summary>
    /// Items (品目) per plan. A plan is one unit's procurement of one need; more lines belong in further
    /// plans. The plan form costs about 15 components a line, so this keeps one open plan well inside
    /// the per-circuit memory budget measured in STACK.md.
    /// </summary>
    public int PlanItems { get; set; } = 100;

    /// <summary>Lots (采购包) per project: each lot gets its own bids, panel coverage and ranking.</summary>
    public int ProjectLots { get; set; } = 30;

    /// <summary>Files in one sealed bid; the package is sealed and unsealed whole, in memory.</summary>
    public int BidFiles { get; set; } = 10;

    /// <summary>Signed offline records attached to one offline outcome.</summary>
    public int OfflineRecordFiles { get; set; } = 5;

    /// <summary>One uploaded file (documents, signed records, each bid file): the file is kept in the database.</summary>
    public long FileBytes { get; set; } = 20 * MiB;

    /// <summary>
    /// A supplier's business licence (营业执照) on registration: one scanned page, which as a PDF or a
    /// 300-dpi photo is well under 2 MB; the bound leaves room for a colour scan, and keeps what an
    /// anonymous form can make the store hold small.
    /// </summary>
    public long LicenceBytes { get; set; } = 5 * MiB;

    /// <summary>All files of one bid together: the sealed package is encrypted in one piece.</summary>
    public long BidTotalBytes { get; set; } = 30 * MiB;

    /// <summary>Clarification questions one supplier may ask in one round of a project; every answer reaches every supplier.</summary>
    public int QuestionsPerSupplier { get; set; } = 30;

    /// <summary>Declared links (employment, directorship, shareholding, kin) of one expert; each is checked at every draw.</summary>
    public int ExpertLinks { get; set; } = 50;

    /// <summary>Budget lines in one load from the budget system (PUT /api/v1/budget-lines).</summary>
    public int BudgetLinesPerLoad { get; set; } = 1000;

    /// <summary>Rows in one organisation import: onboarding is one transaction with an account per row.</summary>
    public int OrganizationImportRows { get; set; } = 5000;

    /// <summary>Rows in one legacy plan import, one plan a row, stored in one transaction.</summary>
    public int LegacyPlanImportRows { get; set; } = 20_000;

    /// <summary>An uploaded .xlsx as sent (compressed); a template filled to the row bounds is far smaller.</summary>
    public long ImportFileBytes { get; set; } = 10 * MiB;

    /// <summary>
    /// All parts of an uploaded .xlsx uncompressed. Spreadsheet XML compresses 20:1 and more, so a small
    /// file can expand to hundreds of MB, and the workbook reader holds several times that in memory.
    /// 20,000 legacy rows of 7 columns, titles at their 200-character maximum, take about 20 MB.
    /// </summary>
    public long ImportUncompressedBytes { get; set; } = 32 * MiB;

    /// <summary>Parts (zip entries) in an uploaded .xlsx; a filled template has about a dozen.</summary>
    public int ImportParts { get; set; } = 100;

    /// <summary>Columns an uploaded sheet may declare; the templates use ten at most.</summary>
    public int ImportColumns { get; set; } = 50;

    /// <summary>
    /// A request body under /api/v1. The largest valid call, a full budget-line load, is about 200 KB;
    /// a plan of the maximum item count about 25 KB.
    /// </summary>
    public long ApiBodyBytes { get; set; } = 1 * MiB;

    /// <summary>Rows a page shows at once in a list that a user can grow (plan lines, lots, questions, links).</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>Refuses a collection that grew past its bound, naming the bound in both languages.</summary>
    /// <param name="whatZh">What is counted and per what, e.g. "每个采购计划的品目".</param>
    /// <param name="whatEn">The same in English, e.g. "items per plan".</param>
    public static void Require(int count, int max, string whatZh, string whatEn)
    {
        if (count > max)
        {
            throw new DomainException($"{whatZh}最多 {max} 个，本次为 {count} 个。", $"At most {max} {whatEn}; this has {count}.");
        }
    }

    /// <summary>Refuses a file past its size bound, naming the bound in both languages.</summary>
    public static void RequireBytes(long size, long max, string whatZh, string whatEn)
    {
        if (size > max)
        {
            throw new DomainException($"{whatZh}不超过 {Megabytes(max)} MB。", $"{whatEn} is at most {Megabytes(max)} MB.");
        }
    }

    public static string Megabytes(long bytes) => (bytes / (double)MiB).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}

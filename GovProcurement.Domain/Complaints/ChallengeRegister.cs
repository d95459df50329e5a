using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Complaints;

/// <summary>One challenge of the register with its complaint, if any: the parties, the periods and how they were kept.</summary>
public sealed record ChallengeRegisterRow(string ChallengeNumber, string ProjectNumber, string ProjectTitle, string RegionCode, string Supplier, string Subject,
    DateOnly FiledOn, DateOnly AnswerDue, DateOnly? AnsweredOn, string ChallengeStatus, string? AnswerFinding, bool AnswerLate,
    string? ComplaintNumber, DateOnly? ComplaintFiledOn, string? ComplaintStatus, DateOnly? DecisionDue, DateOnly? DecidedOn, string? Finding, string? Remedy,
    int? PausedWorkingDays, DateOnly? SuspendedUntil, bool DecisionLate, string Points, string? Answer, string? Decision);

/// <summary>
/// The challenge and complaint register (质疑投诉登记表) of the regulator's jurisdiction on the shared report layout
/// (at most <see cref="SupervisionReports.MaxRows"/> rows), and the raw export of the same rows with the texts.
/// </summary>
public sealed class ChallengeRegister(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, TimeProvider time)
{
    public const string Title = "质疑投诉登记表";

    internal static readonly ExportColumn<ChallengeRegisterRow>[] Columns =
    [
        ExportColumn<ChallengeRegisterRow>.Text("质疑编号", r => r.ChallengeNumber),
        ExportColumn<ChallengeRegisterRow>.Text("项目编号", r => r.ProjectNumber),
        ExportColumn<ChallengeRegisterRow>.Text("项目名称", r => r.ProjectTitle),
        ExportColumn<ChallengeRegisterRow>.Text("所属地区", r => RegionDirectory.Guangdong.PathName(r.RegionCode)),
        ExportColumn<ChallengeRegisterRow>.Text("质疑供应商", r => r.Supplier),
        ExportColumn<ChallengeRegisterRow>.Text("质疑环节", r => r.Subject),
        ExportColumn<ChallengeRegisterRow>.Date("质疑日期", r => r.FiledOn),
        ExportColumn<ChallengeRegisterRow>.Date("答复期限", r => r.AnswerDue),
        ExportColumn<ChallengeRegisterRow>.Date("答复日期", r => r.AnsweredOn),
        ExportColumn<ChallengeRegisterRow>.Text("质疑状态", r => r.ChallengeStatus),
        ExportColumn<ChallengeRegisterRow>.Text("答复结论", r => r.AnswerFinding),
        ExportColumn<ChallengeRegisterRow>.Text("答复是否逾期", r => r.AnswerLate ? "是" : "否"),
        ExportColumn<ChallengeRegisterRow>.Text("投诉编号", r => r.ComplaintNumber),
        ExportColumn<ChallengeRegisterRow>.Date("投诉日期", r => r.ComplaintFiledOn),
        ExportColumn<ChallengeRegisterRow>.Text("投诉状态", r => r.ComplaintStatus),
        ExportColumn<ChallengeRegisterRow>.Date("处理期限", r => r.DecisionDue),
        ExportColumn<ChallengeRegisterRow>.Date("处理决定日期", r => r.DecidedOn),
        ExportColumn<ChallengeRegisterRow>.Text("处理结论", r => r.Finding),
        ExportColumn<ChallengeRegisterRow>.Text("处理方式", r => r.Remedy),
        ExportColumn<ChallengeRegisterRow>.Integer("暂停计时工作日", r => r.PausedWorkingDays),
        ExportColumn<ChallengeRegisterRow>.Date("暂停采购至", r => r.SuspendedUntil),
        ExportColumn<ChallengeRegisterRow>.Text("处理是否逾期", r => r.ComplaintNumber is null ? null : r.DecisionLate ? "是" : "否"),
    ];

    private static readonly RawExportWriter<ChallengeRegisterRow> Raw = new(
    [
        .. Columns,
        ExportColumn<ChallengeRegisterRow>.Text("质疑事项", r => r.Points),
        ExportColumn<ChallengeRegisterRow>.Text("答复内容", r => r.Answer),
        ExportColumn<ChallengeRegisterRow>.Text("处理决定", r => r.Decision),
    ], "质疑投诉");

    /// <summary>The register's rows for the actor's jurisdiction, oldest first, at most the report's rows.</summary>
    public async Task<IReadOnlyList<ChallengeRegisterRow>> RowsAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var challenges = await db.Challenges.AsNoTracking().Where(c => scope.RegionCodes.Contains(c.RegionCode))
            .OrderBy(c => c.FiledUtc).Take(SupervisionReports.MaxRows).ToListAsync(ct);
        var ids = challenges.Select(c => c.Id).ToList();
        var complaints = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.ChallengeId)).ToDictionaryAsync(c => c.ChallengeId, ct);
        var set = await rules.CurrentAsync(ct);
        var today = time.TodayInChina();
        return challenges.Select(c => Row(c, complaints.GetValueOrDefault(c.Id), ChallengeRules.On(set, c.RegionCode, c.FiledOn), today)).ToList();
    }

    public async Task<long> WriteRegisterAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct) =>
        await ReportWorkbook.WriteAsync(output, Title, Columns, await RowsAsync(actor, ct), $"本辖区；全部质疑及投诉；最多 {SupervisionReports.MaxRows} 行", time.UtcNow(), progress, ct);

    public async Task<long> WriteRawAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct) =>
        await Raw.WriteAsync(output, Stream(await RowsAsync(actor, ct)), progress, ct);

    private static ChallengeRegisterRow Row(Challenge c, Complaint? complaint, ChallengeTerms terms, DateOnly today)
    {
        var calendar = WorkingDayCalendar.China;
        var answerDue = ChallengeDeadlines.AnswerDue(c, terms, calendar);
        DateOnly? answeredOn = c.AnsweredUtc is { } a ? BeijingTime.Day(a) : null;
        DateOnly? decisionDue = complaint is null ? null : ChallengeDeadlines.DecisionDue(complaint, terms, calendar, today);
        DateOnly? decidedOn = complaint?.DecidedUtc is { } d ? BeijingTime.Day(d) : null;
        return new ChallengeRegisterRow(c.Number, c.ProjectNumber, c.ProjectTitle, c.RegionCode, c.SupplierName, ChallengeTexts.Subject(c.Subject).Zh,
            c.FiledOn, answerDue, answeredOn, ChallengeTexts.Status(c.Status).Zh, c.Upheld is { } upheld ? ChallengeTexts.Answer(upheld).Zh : null, (answeredOn ?? today) > answerDue,
            complaint?.Number, complaint?.FiledOn, complaint is null ? null : ChallengeTexts.Status(complaint.Status).Zh, decisionDue, decidedOn,
            complaint?.Finding is { } f ? ChallengeTexts.Finding(f).Zh : null, complaint is null ? null : ChallengeTexts.Remedy(complaint.Remedy).Zh,
            complaint?.PausedWorkingDays, complaint?.SuspendedUntil,
            complaint is { IsPending: true } || decidedOn is not null ? (decidedOn ?? today) > decisionDue : false,
            c.Points, c.Answer, complaint?.Decision);
    }

    private static async IAsyncEnumerable<ChallengeRegisterRow> Stream(IReadOnlyList<ChallengeRegisterRow> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}

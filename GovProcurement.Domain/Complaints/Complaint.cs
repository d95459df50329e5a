using System.Text.Json;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Complaints;

/// <summary>One pause of the decision period for testing, inspection or expert review: from, to (null while it lasts), why.</summary>
public sealed record ComplaintPause(DateOnly From, DateOnly? To, string Reason);

/// <summary>
/// A complaint (投诉) to the finance department of the project's region, after a challenge (94号令第十七条).
/// The department checks it (accepts, or rejects it as inadmissible with the reason), may pause the decision
/// period for testing or expert review (the paused working days are not counted), may suspend the
/// procurement for at most the rule's days, and decides: dismissed, or upheld with the remedy it orders.
/// The status changes only through the table.
/// </summary>
public sealed class Complaint : VersionedEntity, IRaisedOnProject
{
    public const int TextMaxLength = 4000;

    private static readonly Dictionary<(ComplaintStatus From, ComplaintChange Change), ComplaintStatus> Transitions = new()
    {
        [(ComplaintStatus.Filed, ComplaintChange.Accept)] = ComplaintStatus.Accepted,
        [(ComplaintStatus.Filed, ComplaintChange.Reject)] = ComplaintStatus.Rejected,
        [(ComplaintStatus.Accepted, ComplaintChange.Pause)] = ComplaintStatus.Paused,
        [(ComplaintStatus.Paused, ComplaintChange.Resume)] = ComplaintStatus.Accepted,
        [(ComplaintStatus.Accepted, ComplaintChange.Suspend)] = ComplaintStatus.Accepted,
        [(ComplaintStatus.Paused, ComplaintChange.Suspend)] = ComplaintStatus.Paused,
        [(ComplaintStatus.Accepted, ComplaintChange.Decide)] = ComplaintStatus.Decided,
    };

    private Complaint()
    {
        Number = ProjectNumber = ProjectTitle = RegionCode = SupplierName = Matters = FiledBy = PausesJson = "";
    }

    public Complaint(Challenge challenge, string matters, string filedBy, DateTime nowUtc) : this()
    {
        Id = Guid.NewGuid();
        ChallengeId = challenge.Id;
        ProjectId = challenge.ProjectId;
        ProjectNumber = challenge.ProjectNumber;
        ProjectTitle = challenge.ProjectTitle;
        RegionCode = challenge.RegionCode;
        PurchaserId = challenge.PurchaserId;
        AgencyId = challenge.AgencyId;
        SupplierId = challenge.SupplierId;
        SupplierName = challenge.SupplierName;
        Subject = challenge.Subject;
        Number = $"TS-{RegionCode}-{BeijingTime.Day(nowUtc):yyyyMMdd}-{Id.ToString("N")[..6].ToUpperInvariant()}";
        Matters = Texts.Required(matters, TextMaxLength, "投诉事项和请求", "The matters and requests of the complaint");
        FiledBy = filedBy;
        FiledUtc = nowUtc;
        FiledOn = BeijingTime.Day(nowUtc);
        Status = ComplaintStatus.Filed;
        PausesJson = "[]";
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; }

    public Guid ChallengeId { get; private set; }

    public Guid ProjectId { get; private set; }

    public string ProjectNumber { get; private set; }

    public string ProjectTitle { get; private set; }

    public string RegionCode { get; private set; }

    public Guid PurchaserId { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid SupplierId { get; private set; }

    public string SupplierName { get; private set; }

    public ChallengeSubject Subject { get; private set; }

    public string Matters { get; private set; }

    public string FiledBy { get; private set; }

    public DateTime FiledUtc { get; private set; }

    /// <summary>The Beijing day of receipt: the check and decision periods run from it.</summary>
    public DateOnly FiledOn { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public DateOnly? CheckedOn { get; private set; }

    public string? CheckedBy { get; private set; }

    public string? RejectReason { get; private set; }

    public string PausesJson { get; private set; }

    public IReadOnlyList<ComplaintPause> Pauses => JsonSerializer.Deserialize<List<ComplaintPause>>(PausesJson) ?? [];

    /// <summary>Working days of the finished pauses, not counted in the decision period.</summary>
    public int PausedWorkingDays { get; private set; }

    public DateOnly? SuspendedFrom { get; private set; }

    public DateOnly? SuspendedUntil { get; private set; }

    public ComplaintFinding? Finding { get; private set; }

    public ComplaintRemedy Remedy { get; private set; }

    public string? Decision { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    /// <summary>The published 投诉处理结果公告.</summary>
    public Guid? NoticeId { get; private set; }

    /// <summary>Still before the finance department's final word (received, accepted or paused).</summary>
    public bool IsPending => Status is ComplaintStatus.Filed or ComplaintStatus.Accepted or ComplaintStatus.Paused;

    public bool Allows(ComplaintChange change) => Transitions.ContainsKey((Status, change));

    /// <summary>
    /// Whether the procurement stands suspended on <paramref name="day"/>: from the notice's day to its last day, both
    /// included, while the complaint is still being handled (a decision ends the suspension, <see cref="Decide"/>).
    /// </summary>
    public bool SuspendsOn(DateOnly day) => IsPending && SuspendedFrom <= day && day <= SuspendedUntil;

    public void Accept(string by, DateTime nowUtc)
    {
        Move(ComplaintChange.Accept);
        (CheckedOn, CheckedBy) = (BeijingTime.Day(nowUtc), by);
    }

    public void Reject(string reason, string by, DateTime nowUtc)
    {
        var text = Texts.RequireReason(reason);
        Move(ComplaintChange.Reject);
        (CheckedOn, CheckedBy, RejectReason) = (BeijingTime.Day(nowUtc), by, text);
    }

    /// <summary>Stops the decision clock from today for testing, inspection or expert review.</summary>
    public void Pause(string reason, DateOnly today)
    {
        var text = Texts.RequireReason(reason);
        Move(ComplaintChange.Pause);
        PausesJson = JsonSerializer.Serialize(Pauses.Append(new ComplaintPause(today, null, text)).ToList());
    }

    /// <summary>Restarts the clock; the working days after the pause's first day up to today are not counted.</summary>
    public void Resume(DateOnly today, WorkingDayCalendar calendar)
    {
        Move(ComplaintChange.Resume);
        var pauses = Pauses.ToList();
        var open = pauses[^1];
        pauses[^1] = open with { To = today };
        PausedWorkingDays += calendar.WorkingDaysBetween(open.From, today);
        PausesJson = JsonSerializer.Serialize(pauses);
    }

    /// <summary>Suspends the procurement from today to <paramref name="until"/>, at most the rule's days in all.</summary>
    public void Suspend(DateOnly until, DateOnly today, ChallengeRule maxDays)
    {
        var from = SuspendedFrom ?? today;
        if (until <= today)
        {
            throw new DomainException("暂停截止日期须晚于今天。", "The suspension must end after today.");
        }

        if (until.DayNumber - from.DayNumber > maxDays.Value)
        {
            throw new Refusal($"暂停采购活动最长 {maxDays.Value} 日（至 {from.AddDays(maxDays.Value):yyyy-MM-dd}）。",
                $"The procurement may be suspended for {maxDays.Value} days at most (until {from.AddDays(maxDays.Value):yyyy-MM-dd}).", maxDays.Citation).ToException();
        }

        Move(ComplaintChange.Suspend);
        (SuspendedFrom, SuspendedUntil) = (from, until);
    }

    public void Decide(ComplaintFinding finding, ComplaintRemedy remedy, string decision, string by, DateTime nowUtc)
    {
        var text = Texts.Required(decision, TextMaxLength, "处理决定", "The decision");
        if (finding == ComplaintFinding.Dismissed ? remedy != ComplaintRemedy.None : remedy == ComplaintRemedy.None)
        {
            throw new DomainException("投诉成立须选择处理方式；驳回投诉不选处理方式。", "An upheld complaint names its remedy; a dismissed one names none.");
        }

        Move(ComplaintChange.Decide);
        (Finding, Remedy, Decision, DecidedBy, DecidedUtc) = (finding, remedy, text, by, nowUtc);
        if (SuspendedUntil > BeijingTime.Day(nowUtc))
        {
            SuspendedUntil = BeijingTime.Day(nowUtc);
        }
    }

    public void Published(Guid noticeId) => NoticeId = noticeId;

    private void Move(ComplaintChange change)
    {
        if (!Transitions.TryGetValue((Status, change), out var next))
        {
            throw new DomainException("投诉当前状态不能执行此操作。", "The complaint cannot take this step now.");
        }

        Status = next;
    }
}

using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Intentions;

public enum IntentionStatus
{
    Draft = 1,
    Published = 2,
}

/// <summary>What the operator enters for an intention (财库〔2020〕10号 fields).</summary>
public sealed record IntentionForm(string ProjectName, string RequirementSummary, Money Budget, DateOnly ExpectedMonth, bool ReservedForSmes, string? Notes);

/// <summary>
/// A procurement intention (采购意向): drafted by the unit's operator and published by its reviewer,
/// in principle at least 30 days before the procurement starts.
/// </summary>
public sealed class ProcurementIntention : VersionedEntity
{
    public const int NameMaxLength = 200;
    public const int SummaryMaxLength = 2000;
    public const int NotesMaxLength = 500;

    /// <summary>The intention's transition table: the reviewer publishes a draft, once.</summary>
    private static readonly Dictionary<(IntentionStatus From, IntentionStep Step), IntentionStatus> Transitions = new()
    {
        [(IntentionStatus.Draft, IntentionStep.Publish)] = IntentionStatus.Published,
    };

    private ProcurementIntention()
    {
        RegionCode = ProjectName = RequirementSummary = CreatedBy = "";
    }

    public ProcurementIntention(Guid unitId, string regionCode, IntentionForm form, string operatorName, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        UnitId = unitId;
        RegionCode = regionCode;
        CreatedBy = operatorName;
        CreatedUtc = nowUtc;
        Status = IntentionStatus.Draft;
        ProjectName = RequirementSummary = "";
        Apply(form);
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public string RegionCode { get; private set; }

    public string ProjectName { get; private set; }

    public string RequirementSummary { get; private set; }

    public Money Budget { get; private set; }

    /// <summary>The first day of the month the procurement is expected to start.</summary>
    public DateOnly ExpectedMonth { get; private set; }

    public bool ReservedForSmes { get; private set; }

    public string? Notes { get; private set; }

    public IntentionStatus Status { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTime? PublishedUtc { get; private set; }

    public void Edit(IntentionForm form)
    {
        if (Status != IntentionStatus.Draft)
        {
            throw new DomainException("已公开的采购意向不能修改。", "A published intention cannot be edited.");
        }

        Apply(form);
    }

    /// <summary>Whether an intention in this status may take the step (by the transition table).</summary>
    public static bool Allows(IntentionStatus status, IntentionStep step) => Transitions.ContainsKey((status, step));

    public bool Allows(IntentionStep step) => Allows(Status, step);

    public void Publish(string reviewer, DateTime nowUtc)
    {
        if (!Allows(IntentionStep.Publish))
        {
            throw new DomainException("该采购意向已公开。", "The intention is already published.");
        }

        Status = Transitions[(Status, IntentionStep.Publish)];
        PublishedBy = reviewer;
        PublishedUtc = nowUtc;
    }

    private void Apply(IntentionForm form)
    {
        var name = form.ProjectName.Trim();
        var summary = form.RequirementSummary.Trim();
        if (name.Length == 0 || name.Length > NameMaxLength)
        {
            throw new DomainException($"项目名称不能为空且不超过 {NameMaxLength} 字。", $"The project name is required, at most {NameMaxLength} characters.");
        }

        if (summary.Length == 0 || summary.Length > SummaryMaxLength)
        {
            throw new DomainException($"采购需求概况不能为空且不超过 {SummaryMaxLength} 字。", $"The requirement summary is required, at most {SummaryMaxLength} characters.");
        }

        if (form.Budget <= Money.Zero)
        {
            throw new DomainException("预算金额必须大于零。", "The budget must be positive.");
        }

        if (form.Notes?.Length > NotesMaxLength)
        {
            throw new DomainException($"备注不超过 {NotesMaxLength} 字。", $"Notes are at most {NotesMaxLength} characters.");
        }

        ProjectName = name;
        RequirementSummary = summary;
        Budget = form.Budget;
        ExpectedMonth = new DateOnly(form.ExpectedMonth.Year, form.ExpectedMonth.Month, 1);
        ReservedForSmes = form.ReservedForSmes;
        Notes = string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes.Trim();
    }
}

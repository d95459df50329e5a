using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Projects;

/// <summary>
/// One attempt of a project under one method (采购轮次): its scoring, documents, announcement,
/// deadline, opening and evaluation. The project's first round starts when it is entrusted; a
/// method change the regulator approves ends the current round and starts the next one. An ended
/// round is history and refuses every change. The registrations, questions, bids, panel and
/// evaluation of a round are the rows that carry its number (<see cref="RoundRows"/>).
/// </summary>
public sealed class ProcurementRound
{
    private ProcurementRound()
    {
    }

    internal ProcurementRound(Guid projectId, int number, ProcurementMethod method, ScoringMethod scoring, DateTime startedUtc)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Number = number;
        Method = method;
        Scoring = scoring;
        StartedUtc = startedUtc;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>Starts at 1 and counts the project's method attempts.</summary>
    public int Number { get; private set; }

    public ProcurementMethod Method { get; private set; }

    public ScoringMethod Scoring { get; private set; }

    /// <summary>The procurement documents (招标/采购文件) registered suppliers download.</summary>
    public Guid? DocumentsFileId { get; private set; }

    public DateTime? AnnouncedUtc { get; private set; }

    public DateOnly? DocumentsUntil { get; private set; }

    /// <summary>Bid deadline; the opening is at the same moment.</summary>
    public DateTime? DeadlineUtc { get; private set; }

    public DateTime? OpenedUtc { get; private set; }

    public DateTime? EvaluatedUtc { get; private set; }

    /// <summary>When the round started: the entrustment for the first, the approved method change for the next.</summary>
    public DateTime StartedUtc { get; private set; }

    /// <summary>When the round ended because a method change started the next one; null while it is the current round.</summary>
    public DateTime? EndedUtc { get; private set; }

    public bool IsHistory => EndedUtc is not null;

    public bool DeadlinePassed(DateTime nowUtc) => DeadlineUtc is { } deadline && nowUtc >= deadline;

    internal void UseScoring(ScoringMethod scoring) => Change(() => Scoring = scoring);

    internal void AttachDocuments(Guid fileId) => Change(() => DocumentsFileId = fileId);

    internal void Announce(DateTime deadlineUtc, DateOnly? documentsUntil, DateTime nowUtc) => Change(() =>
    {
        AnnouncedUtc = nowUtc;
        DeadlineUtc = deadlineUtc;
        DocumentsUntil = documentsUntil;
    });

    internal void ExtendDeadline(DateTime deadlineUtc) => Change(() => DeadlineUtc = deadlineUtc);

    internal void Open(DateTime nowUtc) => Change(() => OpenedUtc = nowUtc);

    /// <summary>Offline, opening and evaluation are one recorded outcome.</summary>
    internal void RecordOffline(DateTime nowUtc) => Change(() => OpenedUtc = EvaluatedUtc = nowUtc);

    internal void FinishEvaluation(DateTime nowUtc) => Change(() => EvaluatedUtc = nowUtc);

    internal void End(DateTime nowUtc) => Change(() => EndedUtc = nowUtc);

    private void Change(Action change)
    {
        if (IsHistory)
        {
            throw new DomainException($"第 {Number} 轮已结束，只能查阅。", $"Round {Number} has ended; it is kept as history only.");
        }

        change();
    }
}

using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Projects;

/// <summary>What the agency enters for a lot.</summary>
public sealed record LotDraft(string Name, string CatalogueCode, Money Budget, Money MaxPrice, string Requirements);

/// <summary>A lot (采购包): its items, its budget and the highest price a bid may ask.</summary>
public sealed class ProjectLot
{
    public const int NameMaxLength = 100;
    public const int RequirementsMaxLength = 2000;

    private ProjectLot()
    {
        Name = CatalogueCode = Requirements = "";
    }

    internal ProjectLot(int number, LotDraft draft)
    {
        Id = Guid.NewGuid();
        Number = number;
        Name = draft.Name.Trim();
        CatalogueCode = draft.CatalogueCode;
        Budget = draft.Budget;
        MaxPrice = draft.MaxPrice;
        Requirements = draft.Requirements.Trim();
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public string Name { get; private set; }

    public string CatalogueCode { get; private set; }

    public Money Budget { get; private set; }

    /// <summary>最高限价: no bid may ask more.</summary>
    public Money MaxPrice { get; private set; }

    public string Requirements { get; private set; }
}

/// <summary>A step on the project's timeline: who did what, when, and why.</summary>
public sealed class ProjectEvent
{
    public const int NoteMaxLength = 1000;

    private ProjectEvent()
    {
        Actor = "";
    }

    internal ProjectEvent(ProjectAction action, ProjectStatus status, string actor, string? note, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        Action = action;
        Status = status;
        Actor = actor;
        Note = note is { Length: > NoteMaxLength } ? note[..NoteMaxLength] : note;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public ProjectAction Action { get; private set; }

    /// <summary>The status after the step.</summary>
    public ProjectStatus Status { get; private set; }

    public string Actor { get; private set; }

    public string? Note { get; private set; }

    public DateTime AtUtc { get; private set; }
}

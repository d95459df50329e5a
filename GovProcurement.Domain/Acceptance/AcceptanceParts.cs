using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Acceptance;

/// <summary>One line of a delivery: the contract item (numbered from 1, in the contract's order) and the quantity delivered.</summary>
public sealed record DeliveryLine(int Item, int Quantity);

/// <summary>What the purchaser's operator records of one delivery: the Beijing day, the lines and a note.</summary>
public sealed record DeliveryDraft(DateOnly On, IReadOnlyList<DeliveryLine> Lines, string? Note)
{
    public const int NoteMaxLength = 500;
}

/// <summary>A recorded delivery: of which acceptance round, the day, the lines, the note, who recorded it and when.</summary>
public sealed record Delivery(int Round, DateOnly On, IReadOnlyList<DeliveryLine> Lines, string Note, string By, DateTime AtUtc);

/// <summary>A member of the acceptance group: the name and the role.</summary>
public sealed record AcceptanceMember(string Name, AcceptanceMemberRole Role)
{
    public const int NameMaxLength = 50;
}

/// <summary>The acceptance plan: its day, its method, whether it is a public-service project (公共服务项目), and the group.</summary>
public sealed record AcceptancePlanDraft(DateOnly On, AcceptanceMethod Method, bool PublicService, IReadOnlyList<AcceptanceMember> Members)
{
    public const int MaxMembers = 20;
}

/// <summary>One contract item checked against the contract's technical, service and safety terms; a failed term needs a note.</summary>
public sealed record ItemCheck(int Item, bool Technical, bool Service, bool Safety, string? Note)
{
    public const int NoteMaxLength = 500;

    public bool Passed => Technical && Service && Safety;
}

/// <summary>The result the purchaser records: each item's check, passed or failed, and a note (required for a failed result).</summary>
public sealed record AcceptanceResultDraft(IReadOnlyList<ItemCheck> Checks, bool Passed, string? Note)
{
    public const int NoteMaxLength = 1000;
}

/// <summary>An earlier round that failed: its number, the acceptance day, and the record's digest both parties confirmed.</summary>
public sealed record PastRound(int Round, DateOnly HeldOn, DateOnly ConfirmedOn, string Digest, string Note);

/// <summary>One contract item's delivery in the current round: contracted and delivered so far.</summary>
public sealed record ItemProgress(int Item, string Name, string Unit, int Contracted, int Delivered)
{
    public int Outstanding => Contracted - Delivered;
}

/// <summary>One number of the acceptance rules as it applied, with its source.</summary>
public sealed record AcceptanceRule(int Value, string Citation);

/// <summary>The acceptance rules in force for a region on a day.</summary>
public sealed record AcceptanceTerms(AcceptanceRule MinimumMembers, AcceptanceRule ServiceRecipientMembers);

internal static class AcceptanceInput
{
    public static string Note(string? note, int max) => Texts.Optional(note, max, "说明", "The note");
}

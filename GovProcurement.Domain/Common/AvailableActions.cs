namespace GovProcurement.Domain.Common;

/// <summary>Why an action is not available now: the rule in both languages, and its citation where a rule applies.</summary>
public sealed record Refusal(Bilingual Why, string? Citation = null)
{
    public Refusal(string zh, string en, string? citation = null) : this(new Bilingual(zh, en), citation)
    {
    }

    /// <summary>The refusal as the exception a use case throws when it is asked to act anyway.</summary>
    public DomainException ToException() =>
        new(Citation is null ? Why : new Bilingual($"{Why.Zh}（{Citation}）", $"{Why.En} ({Citation})"));

    public override string ToString() => ToException().Message;
}

/// <summary>One action an actor could take on an aggregate, and, when they may not take it now, why not.</summary>
public sealed record AvailableAction<TAction>(TAction Action, Refusal? WhyNot) where TAction : struct, Enum
{
    public bool IsAvailable => WhyNot is null;
}

/// <summary>
/// The domain's answer to "what may this actor do with this aggregate now?": every action of the
/// aggregate, each available or refused with its reason. Pages render their buttons from it; the use
/// case calls <see cref="Require"/> on the same answer before it acts, so a page can never offer what
/// the domain refuses.
/// </summary>
public sealed class ActionSet<TAction>(IReadOnlyList<AvailableAction<TAction>> actions) where TAction : struct, Enum
{
    public IReadOnlyList<AvailableAction<TAction>> All { get; } = actions;

    public IEnumerable<TAction> Available => All.Where(a => a.IsAvailable).Select(a => a.Action);

    public bool Allows(TAction action) => All.Any(a => a.IsAvailable && EqualityComparer<TAction>.Default.Equals(a.Action, action));

    /// <summary>Why the action is refused, or null when it is available.</summary>
    public Refusal? WhyNot(TAction action) =>
        All.FirstOrDefault(a => EqualityComparer<TAction>.Default.Equals(a.Action, action))?.WhyNot
        ?? (Allows(action) ? null : NotOffered);

    /// <summary>Throws the refusal when the action is not available; use cases call this before they act.</summary>
    public void Require(TAction action)
    {
        if (WhyNot(action) is { } refusal)
        {
            throw refusal.ToException();
        }
    }

    private static readonly Refusal NotOffered = new("此操作不适用。", "This action does not apply.");
}

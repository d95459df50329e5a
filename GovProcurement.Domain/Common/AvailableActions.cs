namespace GovProcurement.Domain.Common;

/// <summary>What stands between an actor and an action.</summary>
public enum RefusalGround
{
    /// <summary>Where the aggregate stands, or a rule: not now.</summary>
    Rule = 0,

    /// <summary>The actor's role: the step is another kind of actor's.</summary>
    Role = 1,

    /// <summary>The actor has the role, but not over this aggregate: another unit's, another region's.</summary>
    Jurisdiction = 2,
}

/// <summary>Why an action is not available now: the rule in both languages, and its citation where a rule applies.</summary>
public sealed record Refusal(Bilingual Why, string? Citation = null, RefusalGround Ground = RefusalGround.Rule)
{
    public Refusal(string zh, string en, string? citation = null, RefusalGround ground = RefusalGround.Rule) : this(new Bilingual(zh, en), citation, ground)
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

    /// <summary>
    /// The distinct reasons worth telling this actor: steps their role takes, refused because the
    /// aggregate is not theirs (another unit's, another region's). A role refusal is someone else's
    /// step and a rule refusal only says "not now", so pages leave those unsaid.
    /// </summary>
    public IReadOnlyList<Refusal> Explanations =>
        All.Select(a => a.WhyNot).OfType<Refusal>().Where(r => r.Ground == RefusalGround.Jurisdiction).Distinct().ToList();

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

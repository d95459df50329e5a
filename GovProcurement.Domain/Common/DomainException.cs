namespace GovProcurement.Domain.Common;

/// <summary>
/// An expected failure the user can act on: a broken rule, an illegal transition,
/// bad input. Its message is shown to the user as it is.
/// </summary>
public class DomainException(Bilingual text) : Exception(text.Zh)
{
    public Bilingual Text { get; } = text;

    public override string Message => Text.ToString();

    public DomainException(string zh, string en) : this(new Bilingual(zh, en))
    {
    }
}

/// <summary>A second writer changed the same record since it was read.</summary>
public sealed class ConcurrencyConflictException() : DomainException(
    "该记录已被其他用户修改，请刷新后重试。",
    "This record was changed by someone else. Reload it and try again.");

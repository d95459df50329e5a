namespace GovProcurement.Domain.Common;

/// <summary>
/// A rule row in force from one day until (not including) another. Rows are never edited once in
/// force: a newer version ends the older one the day it starts.
/// </summary>
public abstract class DatedRule : VersionedEntity
{
    public DateOnly EffectiveFrom { get; protected set; }

    /// <summary>The first day the rule no longer applies; null while open-ended.</summary>
    public DateOnly? EffectiveTo { get; protected set; }

    public bool IsInForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day < EffectiveTo);

    /// <summary>Ends the rule the day a newer version takes over.</summary>
    public void Supersede(DateOnly from)
    {
        if (from <= EffectiveFrom)
        {
            throw new DomainException("新规则的生效日期必须晚于原规则。", "The new rule must start after the old one.");
        }

        EffectiveTo = from;
    }
}

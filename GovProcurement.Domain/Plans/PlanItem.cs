using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Plans;

/// <summary>One line of a plan: a catalogue item, how many, for how much, from which budget line.</summary>
public sealed class PlanItem
{
    public const int NameMaxLength = 100;
    public const int UnitMaxLength = 16;

    private PlanItem()
    {
        CatalogueCode = CatalogueName = "";
    }

    internal PlanItem(int lineNumber, string catalogueCode, string catalogueName, decimal quantity, string? unitOfMeasure, Money amount, Guid? budgetLineId)
    {
        Id = Guid.NewGuid();
        LineNumber = lineNumber;
        CatalogueCode = catalogueCode;
        CatalogueName = catalogueName;
        Quantity = quantity;
        UnitOfMeasure = unitOfMeasure;
        Amount = amount;
        BudgetLineId = budgetLineId;
    }

    public Guid Id { get; private set; }

    public int LineNumber { get; private set; }

    public string CatalogueCode { get; private set; }

    public string CatalogueName { get; private set; }

    public decimal Quantity { get; private set; }

    public string? UnitOfMeasure { get; private set; }

    public Money Amount { get; private set; }

    public Guid? BudgetLineId { get; private set; }
}

/// <summary>A step on the plan's timeline: who did what, when, and why.</summary>
public sealed class PlanEvent
{
    public const int ReasonMaxLength = Texts.ReasonMaxLength;

    private PlanEvent()
    {
        Actor = "";
    }

    internal PlanEvent(PlanAction action, PlanStatus from, PlanStatus to, string actor, string? reason, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        Action = action;
        FromStatus = from;
        ToStatus = to;
        Actor = actor;
        Reason = reason;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public PlanAction Action { get; private set; }

    public PlanStatus FromStatus { get; private set; }

    public PlanStatus ToStatus { get; private set; }

    public string Actor { get; private set; }

    public string? Reason { get; private set; }

    public DateTime AtUtc { get; private set; }
}

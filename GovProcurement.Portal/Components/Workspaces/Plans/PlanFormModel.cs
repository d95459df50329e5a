using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Portal.Components.Workspaces.Plans;

/// <summary>The plan form's editable state, converted to and from the domain's draft.</summary>
public sealed class PlanFormModel
{
    public string Title { get; set; } = "";

    public DateTime? ExpectedStart { get; set; }

    public Guid? IntentionId { get; set; }

    public List<Line> Lines { get; } = [];

    public ProcurementRoute? Route { get; set; }

    public ProcurementMethod? Method { get; set; }

    public static PlanFormModel From(ProcurementPlan plan)
    {
        var model = new PlanFormModel
        {
            Title = plan.Title,
            ExpectedStart = plan.ExpectedStart.ToDateTime(TimeOnly.MinValue),
            IntentionId = plan.IntentionId,
            Route = plan.Route,
            Method = plan.Method,
        };
        model.Lines.AddRange(plan.Items.OrderBy(i => i.LineNumber).Select(i => new Line
        {
            Item = CatalogueDirectory.Shipped.Find(i.CatalogueCode),
            Quantity = i.Quantity,
            UnitOfMeasure = i.UnitOfMeasure,
            Amount = i.Amount.Yuan,
            BudgetLineId = i.BudgetLineId,
        }));
        return model;
    }

    public PlanForm ToForm(DateOnly today) => new(
        Title,
        ExpectedStart is { } start ? DateOnly.FromDateTime(start) : today,
        IntentionId,
        Lines.Where(l => l.Item is not null)
            .Select(l => new PlanItemDraft(l.Item!.Code, l.Item.Name, l.Quantity, l.UnitOfMeasure, Money.FromYuan(decimal.Round(l.Amount, 2, MidpointRounding.AwayFromZero)), l.BudgetLineId))
            .ToList(),
        Route,
        PlanCompleteness.RouteTakesMethod(Route) ? Method : null);

    /// <summary>
    /// The path of a line's field in the form's content (<see cref="ToForm"/> sends only lines with an
    /// item), so that an error the domain names by path is shown at its field; null for a line not sent.
    /// </summary>
    public string? FieldOf(Line line, string member)
    {
        var index = Lines.Where(l => l.Item is not null).ToList().IndexOf(line);
        return index < 0 ? null : PlanCompleteness.ItemField(index, member);
    }

    public sealed class Line
    {
        public CatalogueItem? Item { get; set; }

        public decimal Quantity { get; set; } = 1;

        public string? UnitOfMeasure { get; set; }

        public decimal Amount { get; set; }

        public Guid? BudgetLineId { get; set; }
    }
}

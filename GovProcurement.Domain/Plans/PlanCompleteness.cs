using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Plans;

/// <summary>One thing a plan lacks before it can be submitted, and the field of the form it belongs to.</summary>
/// <param name="Field">The field's path in <see cref="PlanForm"/>, as FluentValidation names it: <c>Title</c>, <c>Items[0].Amount</c>.</param>
public sealed record PlanProblem(string Field, Bilingual Text);

/// <summary>What a plan needs before it leaves the operator: every problem, not just the first.</summary>
public static class PlanCompleteness
{
    /// <summary>The problems of a stored plan, as its submission reports them.</summary>
    public static IReadOnlyList<Bilingual> Check(ProcurementPlan plan, RoutingDecision decision) =>
        Check(FormOf(plan), decision).Select(p => p.Text).ToList();

    /// <summary>The problems of the form's content, each at its field; without a decision (no items yet) the rules' answer is not checked.</summary>
    public static IReadOnlyList<PlanProblem> Check(PlanForm form, RoutingDecision? decision)
    {
        var problems = new List<PlanProblem>();
        if (form.Title.Trim().Length == 0)
        {
            problems.Add(new(nameof(PlanForm.Title), new("请填写项目名称", "Give the project a title")));
        }

        if (LegacyChannel.ExplainNewPlanDate(form.ExpectedStart) is { } legacy)
        {
            problems.Add(new(nameof(PlanForm.ExpectedStart), legacy));
        }

        if (form.Items.Count == 0)
        {
            problems.Add(new(nameof(PlanForm.Items), new("请至少添加一个采购品目", "Add at least one item")));
        }

        for (var i = 0; i < form.Items.Count; i++)
        {
            var (item, line) = (form.Items[i], i + 1);
            if (item.Amount <= Money.Zero)
            {
                problems.Add(new(ItemField(i, nameof(PlanItemDraft.Amount)), new($"第 {line} 行金额必须大于零", $"Line {line}: the amount must be positive")));
            }

            if (item.Quantity <= 0)
            {
                problems.Add(new(ItemField(i, nameof(PlanItemDraft.Quantity)), new($"第 {line} 行数量必须大于零", $"Line {line}: the quantity must be positive")));
            }

            if (item.BudgetLineId is null)
            {
                problems.Add(new(ItemField(i, nameof(PlanItemDraft.BudgetLineId)), new($"第 {line} 行请选择预算项目", $"Line {line}: choose a budget line")));
            }
        }

        if (form.Route is not { } route)
        {
            problems.Add(new(nameof(PlanForm.Route), new("请选择实施途径", "Choose how the plan is carried out")));
        }
        else if (decision is not null && !decision.AllowedRoutes.Contains(route))
        {
            problems.Add(new(nameof(PlanForm.Route), new("所选实施途径不符合规则，请按右侧提示选择", "The chosen route is not allowed by the rules")));
        }
        else if (AsksForMethod(route, decision))
        {
            if (form.Method is not { } method)
            {
                problems.Add(new(nameof(PlanForm.Method), new("请选择采购方式", "Choose the procurement method")));
            }
            else if (!decision!.AllowedMethods.Contains(method))
            {
                problems.Add(new(nameof(PlanForm.Method), new("所选采购方式不符合规则，请按右侧提示选择", "The chosen method is not allowed by the rules")));
            }
        }

        return problems;
    }

    /// <summary>Whether a plan on this route names a procurement method: the e-mall and framework winners buy without one.</summary>
    public static bool RouteTakesMethod(ProcurementRoute? route) =>
        route is not (ProcurementRoute.EMallSimpleProcurement or ProcurementRoute.FrameworkWinners);

    /// <summary>Whether the form asks for a method: the rules list methods for the plan, and its route takes one.</summary>
    public static bool AsksForMethod(ProcurementRoute? route, RoutingDecision? decision) =>
        decision is { Methods.Count: > 0 } && RouteTakesMethod(route);

    /// <summary>The path of a line's field, as FluentValidation names it.</summary>
    public static string ItemField(int index, string member) => $"{nameof(PlanForm.Items)}[{index}].{member}";

    private static PlanForm FormOf(ProcurementPlan plan) => new(
        plan.Title,
        plan.ExpectedStart,
        plan.IntentionId,
        plan.Items.OrderBy(i => i.LineNumber).Select(i => new PlanItemDraft(i.CatalogueCode, i.CatalogueName, i.Quantity, i.UnitOfMeasure, i.Amount, i.BudgetLineId)).ToList(),
        plan.Route,
        plan.Method);
}

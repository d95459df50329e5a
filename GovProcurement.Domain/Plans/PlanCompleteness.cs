using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Plans;

/// <summary>What a plan needs before it leaves the operator: every problem, not just the first.</summary>
public static class PlanCompleteness
{
    public static IReadOnlyList<Bilingual> Check(ProcurementPlan plan, RoutingDecision decision)
    {
        var problems = new List<Bilingual>();
        if (plan.Title.Length == 0)
        {
            problems.Add(new("请填写项目名称", "Give the project a title"));
        }

        if (LegacyChannel.ExplainNewPlanDate(plan.ExpectedStart) is { } legacy)
        {
            problems.Add(legacy);
        }

        if (plan.Items.Count == 0)
        {
            problems.Add(new("请至少添加一个采购品目", "Add at least one item"));
        }

        foreach (var item in plan.Items)
        {
            if (item.Amount <= Money.Zero)
            {
                problems.Add(new($"第 {item.LineNumber} 行金额必须大于零", $"Line {item.LineNumber}: the amount must be positive"));
            }

            if (item.Quantity <= 0)
            {
                problems.Add(new($"第 {item.LineNumber} 行数量必须大于零", $"Line {item.LineNumber}: the quantity must be positive"));
            }

            if (item.BudgetLineId is null)
            {
                problems.Add(new($"第 {item.LineNumber} 行请选择预算项目", $"Line {item.LineNumber}: choose a budget line"));
            }
        }

        if (plan.Route is not { } route)
        {
            problems.Add(new("请选择实施途径", "Choose how the plan is carried out"));
        }
        else if (!decision.AllowedRoutes.Contains(route))
        {
            problems.Add(new("所选实施途径不符合规则，请按右侧提示选择", "The chosen route is not allowed by the rules"));
        }
        else if (decision.Methods.Count > 0 && route is not (ProcurementRoute.EMallSimpleProcurement or ProcurementRoute.FrameworkWinners))
        {
            if (plan.Method is not { } method)
            {
                problems.Add(new("请选择采购方式", "Choose the procurement method"));
            }
            else if (!decision.AllowedMethods.Contains(method))
            {
                problems.Add(new("所选采购方式不符合规则，请按右侧提示选择", "The chosen method is not allowed by the rules"));
            }
        }

        return problems;
    }
}

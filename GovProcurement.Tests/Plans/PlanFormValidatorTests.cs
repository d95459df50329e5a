using System.Globalization;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Tests.Plans;

/// <summary>The bounds of a plan's content (one validator for the form and the API) and what the domain says it lacks, each at its field.</summary>
public sealed class PlanFormValidatorTests
{
    private static readonly Guid Budget = Guid.NewGuid();

    private static PlanItemDraft Line(string code = "A02010104", decimal quantity = 1, decimal yuan = 300_000m, Guid? budget = null, string? unit = "台") =>
        new(code, "台式计算机", quantity, unit, Money.FromYuan(yuan), budget ?? Budget);

    private static PlanForm Form(string title = "办公设备采购", ProcurementRoute? route = ProcurementRoute.EMallSimpleProcurement, params PlanItemDraft[] items) =>
        new(title, new DateOnly(2027, 3, 1), null, items.Length == 0 ? [Line()] : items, route, null);

    private static RoutingDecision Decision(IReadOnlyList<RouteOption>? routes = null, IReadOnlyList<MethodOption>? methods = null) => new(
        Money.FromYuan(300_000m), null, true, false, new RuleReason(new Bilingual("政府采购", "Government procurement")),
        routes ?? [new(ProcurementRoute.EMallSimpleProcurement, true, new RuleReason(new Bilingual("限额以下", "Below the threshold")))],
        methods ?? [], null, []);

    [Fact]
    public void A_complete_draft_within_its_bounds_passes()
    {
        Assert.True(new PlanFormValidator().Validate(Form()).IsValid);
        Assert.Empty(PlanCompleteness.Check(Form(), Decision()));
    }

    [Fact]
    public void An_incomplete_draft_is_within_bounds_but_lacks_what_submission_needs()
    {
        var draft = Form("  ", null, Line(quantity: 0, yuan: 0) with { BudgetLineId = null });

        Assert.True(new PlanFormValidator().Validate(draft).IsValid);
        Assert.Equal(
            ["Title", "Items[0].Amount", "Items[0].Quantity", "Items[0].BudgetLineId", "Route"],
            PlanCompleteness.Check(draft, Decision()).Select(p => p.Field));
    }

    [Fact]
    public void Out_of_bounds_fields_are_named_by_their_path_with_Chinese_first_then_English()
    {
        var form = Form(new string('长', ProcurementPlan.TitleMaxLength + 1), ProcurementRoute.EMallSimpleProcurement,
            Line(), Line(code: "A02", quantity: -1, yuan: -5m, unit: new string('件', PlanItem.UnitMaxLength + 1)));

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var failures = new PlanFormValidator().Validate(form).Errors;

        Assert.Equal(
            ["Title", "Items[1].CatalogueCode", "Items[1].Quantity", "Items[1].UnitOfMeasure", "Items[1].Amount"],
            failures.Select(f => f.PropertyName));
        Assert.Equal($"项目名称不超过 {ProcurementPlan.TitleMaxLength} 字", failures[0].ErrorMessage);
        Assert.Equal(new Bilingual($"项目名称不超过 {ProcurementPlan.TitleMaxLength} 字", $"The title is at most {ProcurementPlan.TitleMaxLength} characters"), failures[0].CustomState);

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        Assert.Equal("The amount cannot be negative", new PlanFormValidator().Validate(form).Errors[^1].ErrorMessage);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
    }

    [Fact]
    public void A_route_outside_the_rules_and_a_missing_method_are_named_at_their_fields()
    {
        var tender = new RuleReason(new Bilingual("公开招标数额标准以上", "Above the open-tender threshold"));
        var decision = Decision(
            [new(ProcurementRoute.EMallSimpleProcurement, false, tender), new(ProcurementRoute.EntrustCentralizedAgency, true, tender)],
            [new(ProcurementMethod.OpenTender, true, tender)]);

        Assert.Equal("Route", Assert.Single(PlanCompleteness.Check(Form(), decision)).Field);
        var entrusted = Form(route: ProcurementRoute.EntrustCentralizedAgency);
        Assert.Equal("Method", Assert.Single(PlanCompleteness.Check(entrusted, decision)).Field);
        Assert.Empty(PlanCompleteness.Check(entrusted with { Method = ProcurementMethod.OpenTender }, decision));
    }

    [Theory]
    [InlineData(ProcurementRoute.EMallSimpleProcurement, false)]
    [InlineData(ProcurementRoute.FrameworkWinners, false)]
    [InlineData(ProcurementRoute.EntrustCentralizedAgency, true)]
    public void Only_routes_that_take_a_method_ask_for_one(ProcurementRoute route, bool asks)
    {
        var tender = new RuleReason(new Bilingual("公开招标", "Open tender"));
        Assert.Equal(asks, PlanCompleteness.AsksForMethod(route, Decision(methods: [new(ProcurementMethod.OpenTender, true, tender)])));
        Assert.False(PlanCompleteness.AsksForMethod(route, Decision()));
        Assert.False(PlanCompleteness.AsksForMethod(route, null));
    }
}

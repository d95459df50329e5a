using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Mall.Frameworks;

/// <summary>
/// 江门市公共资源交易中心 records a desktop-computer agreement for Jiangmen with the three demo suppliers
/// admitted and puts it in force; 江门市第一中学 files e-mall plans and calls off from it. Everything
/// through the use cases.
/// </summary>
public sealed class FrameworkScenario(IServiceProvider services, ProjectScenario scenario)
{
    public const string Desktops = "A02010104";
    public const string Masks = "A03209902";

    public static readonly string[] Suppliers = [ProjectScenario.SmallSupplier, ProjectScenario.MicroSupplier, ProjectScenario.MediumSupplier];

    public FrameworkAgreements Agreements => services.GetRequiredService<FrameworkAgreements>();

    public FrameworkCallOffs CallOffs => services.GetRequiredService<FrameworkCallOffs>();

    public Task<Actor> AgencyAsync() => scenario.ActorAsync(ProjectScenario.Agency);

    public Task<Actor> OperatorAsync() => scenario.ActorAsync(ProjectScenario.Operator);

    public Task<Actor> SupplierAsync(int i) => scenario.ActorAsync(Suppliers[i]);

    private DateOnly Today => services.GetRequiredService<TimeProvider>().TodayInChina();

    public FrameworkDraft Draft(FrameworkKind kind = FrameworkKind.Closed, string code = Desktops, string number = "JMKJXY-2026-001") =>
        new(code == Desktops ? "江门市台式计算机框架协议" : "江门市医用口罩框架协议", number, kind, "440700", Today, Today.AddYears(1).AddDays(-1),
            [new FrameworkItemDraft(code, code == Desktops ? "台式计算机" : "医用外科口罩", "国产品牌", code == Desktops ? "台" : "盒", code == Desktops ? 4_500m : 30m)]);

    /// <summary>An agreement recorded, the demo suppliers admitted in order (the second at its own price when given), put in force.</summary>
    public async Task<FrameworkAgreement> InForceAsync(FrameworkKind kind = FrameworkKind.Closed, string code = Desktops, decimal? secondsPrice = null, string number = "JMKJXY-2026-001")
    {
        var agency = await AgencyAsync();
        var agreement = await Agreements.RecordAsync(Draft(kind, code, number), agency);
        for (var i = 0; i < Suppliers.Length; i++)
        {
            var prices = i == 1 && secondsPrice is { } p ? new Dictionary<int, decimal> { [1] = p } : null;
            await Agreements.AdmitAsync(agreement.Id, new AdmissionForm((await SupplierAsync(i)).OrganizationId!.Value, prices), agency);
        }

        await Agreements.PutInForceAsync(agreement.Id, agency);
        return (await Agreements.GetAsync(agreement.Id, agency))!.Value.Agreement;
    }

    public async Task<ProcurementPlan> FiledPlanAsync(decimal yuan = 50_000m, string code = Desktops) =>
        await new PlanParties(services).LoadAsync(await scenario.FilePlanAsync(await OperatorAsync(), await scenario.ActorAsync(ProjectScenario.Reviewer),
            await scenario.ActorAsync(ProjectScenario.Regulator), "教研室电脑采购", code, "台式计算机", yuan, ProcurementRoute.EMallSimpleProcurement, null));

    /// <summary>A masks plan dated inside 江财采购〔2020〕28号's years, so it routes to the framework winners, filed.</summary>
    public async Task<ProcurementPlan> MasksPlanAsync(decimal yuan = 300_000m)
    {
        var op = await OperatorAsync();
        var start = new DateOnly(2021, 12, 31);
        var year = ProcurementPlan.FiscalYearOf(start);
        var lineCode = $"T-{year}-{Guid.NewGuid():N}"[..20];
        await services.GetRequiredService<BudgetLines>().LoadAsync(op.OrganizationId!.Value, [new BudgetLineInput(year, lineCode, "一般公共预算", Money.FromYuan(10_000_000m))]);
        var line = (await services.GetRequiredService<BudgetLines>().ForUnitAsync(op.OrganizationId!.Value, year)).Single(l => l.LineCode == lineCode);
        var workflow = services.GetRequiredService<PlanWorkflow>();
        var planId = await workflow.CreateDraftAsync(op);
        await workflow.SaveDraftAsync(planId, 0, new PlanForm("防疫口罩采购", start, null,
            [new PlanItemDraft(Masks, "医用外科口罩", 1, "项", Money.FromYuan(yuan), line.Id)], ProcurementRoute.FrameworkWinners, null), op);
        await workflow.SubmitForReviewAsync(planId, op);
        await workflow.ApproveAndSubmitAsync(planId, await scenario.ActorAsync(ProjectScenario.Reviewer));
        await workflow.FileAsync(planId, await scenario.ActorAsync(ProjectScenario.Regulator));
        return await new PlanParties(services).LoadAsync(planId);
    }

    public static CallOffForm Direct(ProcurementPlan plan, FrameworkAgreement agreement, Guid supplierId, int quantity = 5) =>
        new(plan.Id, plan.Items[0].Id, agreement.Id, agreement.Items[0].Id, CallOffMethod.DirectSelection, quantity, supplierId);

    public static CallOffForm Rotation(ProcurementPlan plan, FrameworkAgreement agreement, int quantity = 1) =>
        new(plan.Id, plan.Items[0].Id, agreement.Id, agreement.Items[0].Id, CallOffMethod.Rotation, quantity);

    public static CallOffForm Second(ProcurementPlan plan, FrameworkAgreement agreement, DateTime closesUtc, int quantity = 10) =>
        new(plan.Id, plan.Items[0].Id, agreement.Id, agreement.Items[0].Id, CallOffMethod.SecondCompetition, quantity, null, closesUtc);
}

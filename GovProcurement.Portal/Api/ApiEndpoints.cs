using FluentValidation;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Portal.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Portal.Api;

/// <summary>
/// The integration API under /api/v1, for the budget system and other platforms, authenticated by
/// per-organisation keys. Bad input fails the request contract's validator (ApiContractValidators), which
/// <see cref="ValidationProblems"/> answers with RFC 7807 field errors; nothing is stored.
/// </summary>
public static class ApiEndpoints
{
    public const string Policy = "ApiKey";

    public static void MapIntegrationApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policy).WithTags("Integration");
        api.MapPost("/routing/preview", PreviewAsync)
            .WithSummary("路由预判：给定单位、日期和品目金额，返回适用的实施途径、采购方式及规则依据 / Routing preview");
        api.MapPost("/plans", SubmitDraftAsync)
            .WithSummary("提交采购计划草稿（预算系统对接）/ Submit a plan draft for the key's unit");
        api.MapGet("/plans/{id:guid}", StatusAsync)
            .WithSummary("查询采购计划状态与办理记录 / Read a plan's status and timeline");
        api.MapPut("/budget-lines", LoadBudgetLinesAsync)
            .WithSummary("载入本单位已批复的部门预算项目 / Load the unit's approved budget lines");
    }

    private static async Task<IResult> PreviewAsync(RoutingPreviewRequest request, HttpContext context, IDbContextFactory<GovProcurementDbContext> store, PlanRouting routing, PlanQueries plans, Microsoft.Extensions.Options.IOptions<InputLimits> limits, TimeProvider time)
    {
        await using var db = await store.CreateDbContextAsync();
        var unit = await db.Organizations.OfType<BudgetUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.BudgetCode == (request.UnitBudgetCode ?? "").Trim());
        new RoutingPreviewRequestValidator(limits.Value.PlanItems, unitFound: unit is not null).ValidateAndThrow(request);

        var items = request.Items!.Select(i => new RoutingItem(CatalogueDirectory.Shipped.Find(i.CatalogueCode)!.Code, Money.FromYuan(i.Amount))).ToList();
        var date = request.Date ?? time.TodayInChina();
        // The splitting check reads the unit's earlier plans: only for the unit itself, its competent unit or its regulators.
        var seesHistory = await plans.CanSeeUnitAsync(CurrentActor.From(context.User), unit!.Id);
        var decision = seesHistory
            ? await routing.DecideOnAsync(unit.Id, unit.RegionCode, date, items, null)
            : await routing.DecideAsync(new RoutingRequest(unit.RegionCode, date, items));
        return Results.Ok(ApiMapping.ToResponse(decision));
    }

    private static async Task<IResult> SubmitDraftAsync(PlanDraftRequest request, HttpContext context, BudgetLines budgetLines, PlanWorkflow workflow)
    {
        var actor = CurrentActor.From(context.User);
        if (!actor.IsIn(GovProcurement.Domain.Accounts.Roles.PurchaserOperator))
        {
            return Results.Problem(title: "只有预算单位的密钥可以提交采购计划 / Only a budget unit's key submits plans", statusCode: StatusCodes.Status403Forbidden);
        }

        var year = request.ExpectedStart is { } start ? ProcurementPlan.FiscalYearOf(start) : 0;
        var lines = (await budgetLines.ForUnitAsync(actor.OrganizationId!.Value, year)).ToDictionary(b => b.LineCode);
        new PlanDraftRequestValidator(lines.Keys.ToHashSet(), year).ValidateAndThrow(request);

        var drafts = request.Items!.Select(line =>
        {
            var item = CatalogueDirectory.Shipped.Find(line.CatalogueCode)!;
            return new PlanItemDraft(item.Code, item.Name, line.Quantity, line.UnitOfMeasure, Money.FromYuan(line.Amount), lines[line.BudgetLineCode!.Trim()].Id);
        }).ToList();
        try
        {
            var plan = await workflow.CreateDraftAsync(actor, new PlanForm(request.Title!.Trim(), request.ExpectedStart!.Value, null, drafts,
                FieldRules.ParseEnum<ProcurementRoute>(request.Route), FieldRules.ParseEnum<ProcurementMethod>(request.Method)));
            // Kept as a draft, but what the rules already say against it is in the answer, as the form shows it.
            return Results.Created($"/api/v1/plans/{plan.Id}", new PlanCreatedResponse(plan.Id, plan.Number, plan.Status.ToString(), plan.Status.Ocds(),
                PlanDraftWarnings.For(plan).Select(ApiMapping.ToResponse).ToList()));
        }
        catch (DomainException e)
        {
            return NotStored(e);
        }
    }

    private static async Task<IResult> StatusAsync(Guid id, HttpContext context, PlanQueries plans)
    {
        var detail = await plans.GetAsync(CurrentActor.From(context.User), id);
        return detail is null
            ? Results.Problem(title: "计划不存在，或不属于本机构 / No such plan for this organisation", statusCode: StatusCodes.Status404NotFound)
            : Results.Ok(ApiMapping.ToResponse(detail.Plan));
    }

    private static async Task<IResult> LoadBudgetLinesAsync(BudgetLinesRequest request, HttpContext context, BudgetLines budgetLines)
    {
        var actor = CurrentActor.From(context.User);
        if (!actor.IsIn(GovProcurement.Domain.Accounts.Roles.PurchaserOperator))
        {
            return Results.Problem(title: "只有预算单位的密钥可以载入预算 / Only a budget unit's key loads budget lines", statusCode: StatusCodes.Status403Forbidden);
        }

        new BudgetLinesRequestValidator().ValidateAndThrow(request);

        try
        {
            await budgetLines.LoadAsync(actor.OrganizationId!.Value,
                request.Lines!.Select(l => new BudgetLineInput(l.FiscalYear, l.LineCode!, l.FundSource ?? "", Money.FromYuan(l.Amount))).ToList());
            return Results.NoContent();
        }
        catch (DomainException e)
        {
            return NotStored(e);
        }
    }

    /// <summary>A rule of the domain refused the call: its reason in both languages, as the field errors are written.</summary>
    private static IResult NotStored(DomainException e) =>
        Results.Problem(title: "未能保存 / Not stored", detail: $"{e.Text.Zh} / {e.Text.En}", statusCode: StatusCodes.Status422UnprocessableEntity);
}

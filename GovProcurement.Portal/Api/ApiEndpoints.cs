using FluentValidation;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Portal.Workspaces;

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
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policy).WithTags("Integration")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapPost("/routing/preview", PreviewAsync)
            .WithSummary("路由预判：给定单位、日期和品目金额，返回适用的实施途径、采购方式及规则依据 / Routing preview")
            .WithName("previewRouting")
            .WithDescription("按指定日期（缺省为北京时间今天）生效的规则判断实施途径与采购方式，并给出每项判断的依据；不保存任何内容。本单位、主管单位或监管部门的密钥还会计入该单位本年度已有计划（拆分检查）。 / Judges the routes and methods by the rules in force on the date (today in Beijing when omitted), each with its citation; stores nothing. A key of the unit, its competent unit or its regulator also counts the unit's earlier plans of the fiscal year (the splitting check).")
            .Produces<RoutingDecisionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapPost("/plans", SubmitDraftAsync)
            .WithSummary("提交采购计划草稿（预算系统对接）/ Submit a plan draft for the key's unit")
            .WithName("submitPlanDraft")
            .WithDescription("以密钥所属预算单位的名义保存采购计划草稿，返回计划编号、状态及规则已提示的问题（送审时会因这些问题被退回）。仅预算单位的密钥可用。 / Stores a plan draft of the key's own budget unit and answers its number, status and what the rules warn of already (a submission would be refused for these). Budget units' keys only.")
            .Produces<PlanCreatedResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/plans/{id:guid}", StatusAsync)
            .WithSummary("查询采购计划状态与办理记录 / Read a plan's status and timeline")
            .WithName("getPlanStatus")
            .WithDescription("返回计划的状态（含 OCDS 状态）、金额及办理记录；仅本单位、主管单位和有管辖权的监管部门可见，其他密钥得到 404。 / Answers the plan's status (with its OCDS status), total and timeline; seen by its unit, the competent unit and the regulators over it only, any other key gets 404.")
            .Produces<PlanStatusResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/budget-lines", LoadBudgetLinesAsync)
            .WithSummary("载入本单位已批复的部门预算项目 / Load the unit's approved budget lines")
            .WithName("loadBudgetLines")
            .WithDescription("载入密钥所属预算单位已批复的预算项目（按年度和项目编码新增或更新），全部成功或全部不保存。仅预算单位的密钥可用。 / Loads the approved budget lines of the key's own budget unit (added or updated by year and line code), all or nothing. Budget units' keys only.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapContractApi();
        app.MapComplaintApi();
    }

    private static async Task<IResult> PreviewAsync(RoutingPreviewRequest request, HttpContext context, OrganizationQueries organizations, PlanRouting routing, PlanQueries plans, Microsoft.Extensions.Options.IOptions<InputLimits> limits, TimeProvider time)
    {
        var unit = await organizations.BudgetUnitByCodeAsync(request.UnitBudgetCode, context.RequestAborted);
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

using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Portal.Workspaces;

namespace GovProcurement.Portal.Api;

/// <summary>
/// Online bidding (网上竞价) through the API: a budget unit's key lists its requirements and posts one
/// from a line of a filed plan, with the page's use case and validator; a supplier's key lists the
/// requirements open to it and submits its one sealed quote. Quotes are shown as the sealed view
/// allows: a supplier its own, the purchaser all of them once the bidding is decided.
/// </summary>
public static class MallBiddingEndpoints
{
    private static readonly Bilingual NoSuchRequirement = new("竞价不存在，或本机构不可见", "No such requirement for this organisation");
    private static readonly Bilingual NoSuchPlan = new("计划不存在，或不属于本单位", "No such plan for this unit");

    public static void MapMallBiddingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/requirements", ListAsync)
            .WithName("listRequirements")
            .WithSummary("网上竞价需求：本单位发布的，或本供应商可报价、已报价的 / Online bidding requirements of the key's organisation")
            .WithDescription("预算单位的密钥得到本单位发布的竞价需求（最新在前）；供应商的密钥得到正在报价期内、尚未报价的需求（截止早的在前）及已报价的需求。skip 0 至 100000、take 1 至 100 分页。其他机构的密钥得到 403。 / "
                + "A budget unit's key gets the requirements its unit posted (newest first); a supplier's key the requirements taking quotes that it has not quoted on yet (soonest closing first) and those it has quoted on. Paged by skip 0 to 100,000 and take 1 to 100. Other organisations' keys get 403.")
            .Produces<RequirementPageResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/requirements", PostAsync)
            .WithName("postRequirement")
            .WithSummary("从已备案计划的明细发布网上竞价需求 / Post an online bidding requirement from a line of a filed plan")
            .WithDescription("以密钥所属预算单位的名义，从其已备案、组织形式为电子卖场简易采购的计划明细发布竞价需求，校验与页面相同：标的品目为计划明细的品目，最高限价不超过明细剩余额度，报价时间不少于规则规定的时长，交货日期晚于报价截止日。仅预算单位的密钥可用；其他单位的计划得到 404。 / "
                + "Posts a requirement of the key's budget unit from a line of its filed plan routed to simple procurement in the e-mall, checked as the page checks it: items of the line's catalogue item, a ceiling not above the line's remaining amount, a quote window at least the rule's length, delivery after the close. Budget units' keys only; another unit's plan gets 404.")
            .Produces<RequirementResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/requirements/{id:guid}", GetAsync)
            .WithName("getRequirement")
            .WithSummary("竞价需求详情、可见的报价及可办理的操作 / A requirement, the quotes the key may see and its steps")
            .WithDescription("返回竞价需求的条件、标的、状态，密钥可见的报价（供应商只见本公司的报价；采购单位在竞价结束后见全部报价及排名），及当前可办理的操作（不可办理时附理由）。发布单位、报价期内的供应商和已报价的供应商可见，其他密钥得到 404。 / "
                + "Answers the requirement's terms, items and status, the quotes the key may see (a supplier its own; the purchaser all of them, ranked, once the bidding is decided) and the steps it may take now (with the reason when not). Seen by the posting unit, by suppliers while quotes are taken and by those who quoted; any other key gets 404.")
            .Produces<RequirementResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/requirements/{id:guid}/quotes", QuotesAsync)
            .WithName("listQuotes")
            .WithSummary("密钥可见的报价 / The quotes the key may see")
            .WithDescription("报价密封：供应商只见本公司的报价；采购单位在竞价结束（报价截止并经平台判定）后才见全部报价、排名及无效理由，此前为空列表。 / Quotes are sealed: a supplier sees its own only; the purchaser sees every quote, its rank and any invalid reason once the bidding is decided after the close, and an empty list before.")
            .Produces<List<QuoteResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/requirements/{id:guid}/quotes", QuoteAsync)
            .WithName("submitQuote")
            .WithSummary("提交密封报价（每家供应商一次）/ Submit the supplier's one sealed quote")
            .WithDescription("以密钥所属供应商的名义对整个需求报价（元，精确到分，不高于最高限价）。报价期外、已报价、禁止参加政府采购活动期间或对需求品目没有在售商品的供应商不能报价，得到 409 及规则依据。仅供应商的密钥可用。 / "
                + "Quotes for the whole requirement in the name of the key's supplier (yuan, to the fen, not above the ceiling). Outside the window, a second quote, a debarred supplier or one without a listing on sale for each item gets 409 with the rule. Suppliers' keys only.")
            .Produces<QuoteResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> ListAsync(int? skip, int? take, HttpContext context, BiddingQueries biddings)
    {
        var actor = CurrentActor.From(context.User);
        PageQueryValidator.Instance.ValidateAndThrow(new PageQuery(skip, take));
        if (!actor.IsIn(Roles.PurchaserOperator) && !actor.IsIn(Roles.Supplier))
        {
            return ApiProblems.Forbidden(ApiProblems.PartyKeysOnly);
        }

        var (from, count) = (skip ?? 0, take ?? PageQuery.DefaultTake);
        var page = await biddings.PageAsync(actor, asSupplier: actor.IsIn(Roles.Supplier), from, count, context.RequestAborted);
        return Results.Ok(new RequirementPageResponse(page.Items.Select(MallMapping.ToResponse).ToList(), page.TotalCount, from, count));
    }

    private static async Task<IResult> PostAsync(RequirementRequest request, HttpContext context, OnlineBiddings biddings, BiddingQueries queries, PlanExecution execution)
    {
        var actor = CurrentActor.From(context.User);
        if (!actor.IsIn(Roles.PurchaserOperator))
        {
            return ApiProblems.Forbidden(ApiProblems.PurchaserKeysOnly);
        }

        RequirementRequestValidator.Instance.ValidateAndThrow(request);
        var plan = await execution.ViewAsync(actor, request.PlanId!.Value, context.RequestAborted);
        if (plan is null)
        {
            return ApiProblems.NotFound(NoSuchPlan);
        }

        if (plan.Steps.WhyNot(EMallStep.PostBidding) is { } refusal)
        {
            return ApiProblems.Refused(refusal);
        }

        try
        {
            var bidding = await biddings.PostAsync(RequirementRequestValidator.ToRequirement(request), actor, context.RequestAborted);
            var view = await queries.GetAsync(actor, bidding.Id, context.RequestAborted);
            return Results.Created($"/api/v1/requirements/{bidding.Id}", MallMapping.ToResponse(view!));
        }
        catch (DomainException e)
        {
            return ApiProblems.NotStored(e);
        }
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, BiddingQueries queries) =>
        await queries.GetAsync(CurrentActor.From(context.User), id, context.RequestAborted) is { } view
            ? Results.Ok(MallMapping.ToResponse(view))
            : ApiProblems.NotFound(NoSuchRequirement);

    private static async Task<IResult> QuotesAsync(Guid id, HttpContext context, BiddingQueries queries) =>
        await queries.GetAsync(CurrentActor.From(context.User), id, context.RequestAborted) is { } view
            ? Results.Ok(view.Quotes.Select(MallMapping.ToResponse).ToList())
            : ApiProblems.NotFound(NoSuchRequirement);

    private static async Task<IResult> QuoteAsync(Guid id, QuoteRequest request, HttpContext context, BiddingQueries queries, OnlineBiddings biddings)
    {
        var actor = CurrentActor.From(context.User);
        if (!actor.IsIn(Roles.Supplier))
        {
            return ApiProblems.Forbidden(ApiProblems.SupplierKeysOnly);
        }

        var view = await queries.GetAsync(actor, id, context.RequestAborted);
        if (view is null)
        {
            return ApiProblems.NotFound(NoSuchRequirement);
        }

        if (view.Steps.WhyNot(BiddingAction.Quote) is { } refusal)
        {
            return ApiProblems.Refused(refusal);
        }

        try
        {
            var quote = await biddings.QuoteAsync(id, new QuoteForm(request.PriceYuan), actor, context.RequestAborted);
            return Results.Created($"/api/v1/requirements/{id}/quotes", MallMapping.ToResponse(quote));
        }
        catch (DomainException e)
        {
            return ApiProblems.NotStored(e);
        }
    }
}

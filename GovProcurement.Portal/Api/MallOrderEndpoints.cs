using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Portal.Workspaces;

namespace GovProcurement.Portal.Api;

/// <summary>
/// E-mall orders through the API, for either party: the key's organisation reads its orders, and takes
/// the steps <see cref="OrderSteps"/> offers it — the supplier confirms, declines or delivers, the
/// purchaser receives or cancels — each through <see cref="MallOrders"/>, which requires the same answer.
/// </summary>
public static class MallOrderEndpoints
{
    private static readonly Bilingual NoSuchOrder = new("订单不存在，或不属于本机构", "No such order for this organisation");

    private sealed record Step(OrderAction Action, string Path, string Name, string SummaryZh, string SummaryEn, bool NeedsReason);

    private static readonly Step[] Steps =
    [
        new(OrderAction.Confirm, "confirm", "confirmOrder", "供应商确认网上直购订单（确认期内）", "The supplier confirms a direct purchase within its period", false),
        new(OrderAction.Decline, "decline", "declineOrder", "供应商拒绝网上直购订单（须填写理由，额度退回计划明细）", "The supplier declines a direct purchase (with a reason; the amount goes back to the plan line)", true),
        new(OrderAction.Deliver, "deliver", "deliverOrder", "供应商登记发货", "The supplier records delivery", false),
        new(OrderAction.Receive, "receive", "receiveOrder", "采购单位确认收货", "The purchaser records receipt", false),
        new(OrderAction.Cancel, "cancel", "cancelOrder", "采购单位在供应商确认前取消订单（须填写理由，额度退回计划明细）", "The purchaser cancels before the supplier confirms (with a reason; the amount goes back to the plan line)", true),
    ];

    public static void MapMallOrderApi(this RouteGroupBuilder api)
    {
        api.MapGet("/orders", ListAsync)
            .WithName("listOrders")
            .WithSummary("本机构的电子卖场订单（作为采购单位或供应商）/ The e-mall orders of the key's organisation")
            .WithDescription("密钥所属机构作为采购单位或供应商的订单，最新在前，skip 0 至 100000、take 1 至 100 分页。仅预算单位和供应商的密钥可用。 / The orders of the key's organisation as purchaser or supplier, newest first, paged by skip 0 to 100,000 and take 1 to 100. Budget units' and suppliers' keys only.")
            .Produces<OrderPageResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/orders/{id:guid}", GetAsync)
            .WithName("getOrder")
            .WithSummary("订单详情及本机构当前可办理的操作 / An order and the steps the key's organisation may take")
            .WithDescription("返回订单的双方、明细、金额、各环节时间，及本机构当前可办理的操作（不可办理时附理由及依据）。仅订单双方可见，其他密钥得到 404。 / Answers the order's parties, lines, total and dates, and the steps the key's organisation may take now (with the reason and its citation when not). Seen by the order's two parties only; any other key gets 404.")
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var step in Steps)
        {
            var endpoint = (step.NeedsReason
                    ? api.MapPost($"/orders/{{id:guid}}/{step.Path}", (Guid id, StepReasonRequest request, HttpContext context, MallOrders orders) => TakeAsync(step, id, request, context, orders))
                    : api.MapPost($"/orders/{{id:guid}}/{step.Path}", (Guid id, HttpContext context, MallOrders orders) => TakeAsync(step, id, null, context, orders)))
                .WithName(step.Name)
                .WithSummary($"{step.SummaryZh} / {step.SummaryEn}")
                .WithDescription($"{step.SummaryZh}。本机构不可办理时：另一方的步骤得到 403，订单当前环节或规则不允许得到 409，均附中英文理由及依据；办理后返回订单。 / {step.SummaryEn}. When the key's organisation may not: the other party's step gets 403, a stage or rule that does not allow it 409, each with the reason in Chinese and English and its citation; answers the order once done.")
                .Produces<OrderResponse>()
                .ProducesProblem(StatusCodes.Status403Forbidden)
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict)
                .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
            if (step.NeedsReason)
            {
                endpoint.ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
            }
        }
    }

    private static async Task<IResult> ListAsync(int? skip, int? take, HttpContext context, MallOrders orders)
    {
        var actor = CurrentActor.From(context.User);
        if (!actor.IsIn(Roles.PurchaserOperator) && !actor.IsIn(Roles.Supplier))
        {
            return ApiProblems.Forbidden(ApiProblems.PartyKeysOnly);
        }

        PageQueryValidator.Instance.ValidateAndThrow(new PageQuery(skip, take));
        var (from, count) = (skip ?? 0, take ?? PageQuery.DefaultTake);
        var page = await orders.PageAsync(actor, from, count, context.RequestAborted);
        return Results.Ok(new OrderPageResponse(page.Items.Select(MallMapping.ToRow).ToList(), page.TotalCount, from, count));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, MallOrders orders) =>
        await orders.GetAsync(id, CurrentActor.From(context.User), context.RequestAborted) is { } found
            ? Results.Ok(MallMapping.ToResponse(found.Order, found.Steps))
            : ApiProblems.NotFound(NoSuchOrder);

    private static async Task<IResult> TakeAsync(Step step, Guid id, StepReasonRequest? request, HttpContext context, MallOrders orders)
    {
        var actor = CurrentActor.From(context.User);
        if (await orders.GetAsync(id, actor, context.RequestAborted) is not { } found)
        {
            return ApiProblems.NotFound(NoSuchOrder);
        }

        if (found.Steps.WhyNot(step.Action) is { } refusal)
        {
            return ApiProblems.Refused(refusal);
        }

        var reason = step.NeedsReason ? ReasonInputValidator.Require(request?.Reason) : "";
        try
        {
            await (step.Action switch
            {
                OrderAction.Confirm => orders.ConfirmAsync(id, actor, context.RequestAborted),
                OrderAction.Decline => orders.DeclineAsync(id, reason, actor, context.RequestAborted),
                OrderAction.Deliver => orders.DeliverAsync(id, actor, context.RequestAborted),
                OrderAction.Receive => orders.ReceiveAsync(id, actor, context.RequestAborted),
                _ => orders.CancelAsync(id, reason, actor, context.RequestAborted),
            });
        }
        catch (DomainException e)
        {
            return ApiProblems.NotStored(e);
        }

        var after = (await orders.GetAsync(id, actor, context.RequestAborted))!.Value;
        return Results.Ok(MallMapping.ToResponse(after.Order, after.Steps));
    }
}

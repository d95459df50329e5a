using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Payments;
using GovProcurement.Portal.Workspaces;

namespace GovProcurement.Portal.Api;

/// <summary>
/// Government procurement contracts through the API (tag Contracts), read-only: a budget unit's key lists
/// its unit's contracts, a supplier's key its own, a finance department's key its region's
/// (<see cref="ContractQueries"/>, paged in the database); one contract and its deadlines are shown to its
/// two parties and the region's finance department (<see cref="GovContracts.GetAsync"/>), with the steps
/// <see cref="ContractSteps"/> offers the key's organisation, why signing waits (<see cref="ContractView.SigningHold"/>) and where its acceptance
/// stands (<see cref="ContractAcceptances.StateAsync"/>); its payments to the same readers (<see cref="ContractPayments.GetAsync"/>).
/// </summary>
public static class ContractEndpoints
{
    private static readonly Bilingual NoSuchContract = new("合同不存在，或不属于本机构", "No such contract for this organisation");

    private static readonly Bilingual ListingKeysOnly = new("只有预算单位、供应商或财政部门的密钥可以查询合同", "Only a budget unit's, a supplier's or a finance department's key reads contracts");

    public static void MapContractApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/contracts").RequireAuthorization(ApiEndpoints.Policy).WithTags("Contracts")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("", ListAsync)
            .WithName("listContracts")
            .WithSummary("本机构的政府采购合同（采购人、供应商或本地区财政部门）/ The contracts of the key's organisation")
            .WithDescription($"预算单位的密钥得到本单位作为采购人的合同，供应商的密钥得到本公司的合同，财政部门的密钥得到本地区的合同；最新在前，可按状态（status：{string.Join("、", Enum.GetNames<ContractStatus>())}）筛选，skip 0 至 100000、take 1 至 100 在数据库中分页。代理机构的密钥得到 403。 / "
                + $"A budget unit's key gets its unit's contracts as purchaser, a supplier's key its own, a finance department's key its region's; newest first, filtered by status ({string.Join(", ", Enum.GetNames<ContractStatus>())}) when given, paged in the database by skip 0 to 100,000 and take 1 to 100. An agency's key gets 403.")
            .Produces<ContractPageResponse>()
            .WithStatusesOf<ContractStatus>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("getContract")
            .WithSummary("合同详情：双方、金额、标的、付款分期、日期、状态及双方确认的摘要 / A contract: parties, amount, items, instalments, dates, status and the confirmations")
            .WithDescription("返回合同的双方及账户、金额（含大写）、标的明细、付款分期、履约期限与地点、各环节日期、状态、当前文本的 SHA-256 摘要及双方对当前文本的确认（确认人、时间、摘要），及本机构当前可办理的操作（不可办理时附理由及依据）；补充合同附原合同及签订理由，原合同列出其补充合同；待签订的合同因质疑或投诉暂停签订时附暂停理由及依据（signingHold），已开始履约验收的附验收状态及最近一次经双方确认的验收结论（acceptance）。仅合同双方和合同所在地区的财政部门可见，其他密钥得到 404。 / "
                + "Answers the contract's parties and accounts, amount (with its Chinese capitals), items, instalments, performance period and place, the dates of each step, the status, the SHA-256 digest of the current text and each party's confirmation of it (who, when, digest), and the steps the key's organisation may take now (with the reason and its citation when not); an add-on names its original contract and its reason, an original lists its add-ons; while signing is suspended by a pending challenge or complaint, the reason and its citation (signingHold), and once acceptance started, its status and the result of the latest round both parties confirmed (acceptance). Seen by the two parties and the finance department of the contract's region only; any other key gets 404.")
            .Produces<ContractResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/deadlines", DeadlinesAsync)
            .WithName("listContractDeadlines")
            .WithSummary("合同的期限及其规则依据 / The contract's deadlines and their rules")
            .WithDescription("签订合同（自中标、成交通知之日起，末日为休息日的顺延至下一个工作日）、发布合同公告和合同备案（自签订之日起的工作日）的期限，各附完成日期、按北京时间今天是否逾期及规则依据。仅合同双方和合同所在地区的财政部门可见，其他密钥得到 404。 / "
                + "The deadlines to sign (from the award notice; a last day on a rest day moves to the next working day), to publish the announcement and to file (working days from signing), each with the day it was met, whether it is late today in Beijing and the rule's citation. Seen by the two parties and the finance department of the contract's region only; any other key gets 404.")
            .Produces<ContractDeadlinesResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/payments", PaymentsAsync)
            .WithName("listContractPayments")
            .WithSummary("合同付款计划、已付款项及逾期情况 / The contract's instalments, payments and what is overdue")
            .WithDescription("按北京时间今天返回合同的各期付款：支付条件、比例及金额、付款期限的起算日（合同签订、交付完毕或验收合格之日）及到期日、已付及未付金额、状态，逾期的附逾期天数及逾期利息；付款期限和逾期利息的规则及依据；已登记的付款（期次、金额、付款日期、凭证号或备注），及本机构当前可办理的操作（不可办理时附理由及依据）。仅合同双方和合同所在地区的财政部门可见，其他密钥得到 404。 / "
                + "Answers, on today in Beijing, each instalment of the contract: what it pays for, its share and amount, the day its term runs from (signing, complete delivery or passed acceptance) and its due date, what is paid and outstanding, its state and, once overdue, the days overdue and the late-payment interest; the rules of the payment term and the interest with their citations; the payments recorded (instalment, amount, day paid, voucher or note), and the steps the key's organisation may take now (with the reason and its citation when not). Seen by the two parties and the finance department of the contract's region only; any other key gets 404.")
            .Produces<ContractPaymentsResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(string? status, int? skip, int? take, HttpContext context, ContractQueries contracts)
    {
        var (wanted, from, count) = StatusPageQueryValidator<ContractStatus>.Read(new StatusPageQuery(status, skip, take));
        var page = await contracts.PageAsync(CurrentActor.From(context.User), wanted, from, count, context.RequestAborted);
        return page is null
            ? ApiProblems.Forbidden(ListingKeysOnly)
            : Results.Ok(new ContractPageResponse(page.Items.Select(RecordMapping.ToRow).ToList(), page.TotalCount, from, count));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, GovContracts contracts, ContractAcceptances acceptances) =>
        await contracts.GetAsync(id, CurrentActor.From(context.User), context.RequestAborted) is { } view
            ? Results.Ok(RecordMapping.ToResponse(view, await acceptances.StateAsync(view, context.RequestAborted)))
            : ApiProblems.NotFound(NoSuchContract);

    private static async Task<IResult> PaymentsAsync(Guid id, HttpContext context, ContractPayments payments) =>
        await payments.GetAsync(id, CurrentActor.From(context.User), context.RequestAborted) is { } view
            ? Results.Ok(PaymentMapping.ToResponse(view))
            : ApiProblems.NotFound(NoSuchContract);

    private static async Task<IResult> DeadlinesAsync(Guid id, HttpContext context, GovContracts contracts, TimeProvider time) =>
        await contracts.GetAsync(id, CurrentActor.From(context.User), context.RequestAborted) is { } view
            ? Results.Ok(RecordMapping.Deadlines(view, time.TodayInChina()))
            : ApiProblems.NotFound(NoSuchContract);
}

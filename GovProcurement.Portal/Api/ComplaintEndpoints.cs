using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Portal.Workspaces;

namespace GovProcurement.Portal.Api;

/// <summary>
/// Where inquiries (询问), challenges (质疑) and complaints (投诉) stand, through the API (tag Complaints),
/// read-only: each list is scoped by the one visibility rule (<see cref="ChallengeQueries"/>): a supplier's
/// key those it raised, a budget unit's or agency's key those on its projects, a finance department's key
/// its region's; each row with its periods and their rules. One challenge is shown to those same parties.
/// </summary>
public static class ComplaintEndpoints
{
    private static readonly Bilingual NoSuchChallenge = new("质疑不存在，或本机构无权查看", "No such challenge for this organisation");

    private const string WhoSeesZh = "供应商的密钥得到本公司提出的，预算单位和代理机构的密钥得到本单位（本机构）项目上的，财政部门的密钥得到本地区的";
    private const string WhoSeesEn = "A supplier's key gets those it raised, a budget unit's or agency's key those on its projects, a finance department's key its region's";

    public static void MapComplaintApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiEndpoints.Policy).WithTags("Complaints")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/inquiries", InquiriesAsync)
            .WithName("listInquiries")
            .WithSummary("询问及其答复期限 / Inquiries and their answer period")
            .WithDescription($"{WhoSeesZh}询问，各附状态及答复期限（工作日，附规则依据）；最新在前，可按状态（status：{Names<InquiryStatus>("、")}）筛选，skip 0 至 100000、take 1 至 100 在数据库中分页。 / "
                + $"{WhoSeesEn} inquiries, each with its status and answer period (working days, with the rule's citation); newest first, filtered by status ({Names<InquiryStatus>(", ")}) when given, paged in the database by skip 0 to 100,000 and take 1 to 100.")
            .Produces<InquiryPageResponse>()
            .WithStatusesOf<InquiryStatus>()
            .ProducesValidationProblem();
        api.MapGet("/challenges", ChallengesAsync)
            .WithName("listChallenges")
            .WithSummary("质疑、答复情况及其期限 / Challenges, their answers and periods")
            .WithDescription($"{WhoSeesZh}质疑，各附状态、答复结论、已提起的投诉及提出、答复、投诉的期限（附规则依据）；最新在前，可按状态（status：{Names<ChallengeStatus>("、")}）筛选，skip 0 至 100000、take 1 至 100 在数据库中分页。 / "
                + $"{WhoSeesEn} challenges, each with its status, the answer's finding, the complaint filed on it and the periods to file, answer and complain (with the rules' citations); newest first, filtered by status ({Names<ChallengeStatus>(", ")}) when given, paged in the database by skip 0 to 100,000 and take 1 to 100.")
            .Produces<ChallengePageResponse>()
            .WithStatusesOf<ChallengeStatus>()
            .ProducesValidationProblem();
        api.MapGet("/challenges/{id:guid}", ChallengeAsync)
            .WithName("getChallenge")
            .WithSummary("质疑详情：质疑事项、书面答复及其摘要、投诉及期限 / A challenge: its points, the written answer and its digest, the complaint and the periods")
            .WithDescription("返回质疑事项、书面答复（含答复函的 SHA-256 摘要）、各期限及规则依据、已提起的投诉及其审查和处理期限，及本机构当前可办理的操作（不可办理时附理由及依据）。仅提出质疑的供应商、项目的采购人和代理机构及项目所在地区的财政部门可见，其他密钥得到 404。 / "
                + "Answers the points, the written answer (with the answer letter's SHA-256 digest), the periods with their rules, the complaint filed on it with its check and decision periods, and the steps the key's organisation may take now (with the reason and its citation when not). Seen by the challenging supplier, the project's purchaser and agency and the finance department of the project's region only; any other key gets 404.")
            .Produces<ChallengeResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/complaints", ComplaintsAsync)
            .WithName("listComplaints")
            .WithSummary("投诉办理状态及其期限 / Complaints, where they stand and their periods")
            .WithDescription($"{WhoSeesZh}投诉，各附状态、受理日期、暂停计时的工作日、暂停采购至、处理结论及审查和处理决定的期限（检验、鉴定、专家评审时间不计，附规则依据）；最新在前，可按状态（status：{Names<ComplaintStatus>("、")}）筛选，skip 0 至 100000、take 1 至 100 在数据库中分页。 / "
                + $"{WhoSeesEn} complaints, each with its status, the check's day, the working days paused, the procurement's suspension, the finding and the periods to check and to decide (testing and expert review not counted, with the rules' citations); newest first, filtered by status ({Names<ComplaintStatus>(", ")}) when given, paged in the database by skip 0 to 100,000 and take 1 to 100.")
            .Produces<ComplaintPageResponse>()
            .WithStatusesOf<ComplaintStatus>()
            .ProducesValidationProblem();
    }

    private static string Names<TStatus>(string separator) where TStatus : struct, Enum => string.Join(separator, Enum.GetNames<TStatus>());

    private static async Task<IResult> InquiriesAsync(string? status, int? skip, int? take, HttpContext context, ChallengeQueries queries, TimeProvider time)
    {
        var (wanted, from, count) = StatusPageQueryValidator<InquiryStatus>.Read(new StatusPageQuery(status, skip, take));
        var page = await queries.InquiriesAsync(CurrentActor.From(context.User), wanted, from, count, context.RequestAborted);
        var today = time.TodayInChina();
        return Results.Ok(new InquiryPageResponse(page.Items.Select(r => RecordMapping.ToRow(r, today)).ToList(), page.TotalCount, from, count));
    }

    private static async Task<IResult> ChallengesAsync(string? status, int? skip, int? take, HttpContext context, ChallengeQueries queries, TimeProvider time)
    {
        var (wanted, from, count) = StatusPageQueryValidator<ChallengeStatus>.Read(new StatusPageQuery(status, skip, take));
        var page = await queries.ChallengesAsync(CurrentActor.From(context.User), wanted, from, count, context.RequestAborted);
        var today = time.TodayInChina();
        return Results.Ok(new ChallengePageResponse(page.Items.Select(r => RecordMapping.ToRow(r, today)).ToList(), page.TotalCount, from, count));
    }

    private static async Task<IResult> ComplaintsAsync(string? status, int? skip, int? take, HttpContext context, ChallengeQueries queries, TimeProvider time)
    {
        var (wanted, from, count) = StatusPageQueryValidator<ComplaintStatus>.Read(new StatusPageQuery(status, skip, take));
        var page = await queries.ComplaintsAsync(CurrentActor.From(context.User), wanted, from, count, context.RequestAborted);
        var today = time.TodayInChina();
        return Results.Ok(new ComplaintPageResponse(page.Items.Select(r => RecordMapping.ToRow(r.Complaint, r.Deadlines, today)).ToList(), page.TotalCount, from, count));
    }

    private static async Task<IResult> ChallengeAsync(Guid id, HttpContext context, ChallengeDesk challenges, ComplaintDesk complaints, TimeProvider time)
    {
        var actor = CurrentActor.From(context.User);
        if (await challenges.GetAsync(id, actor, context.RequestAborted) is not { } view)
        {
            return ApiProblems.NotFound(NoSuchChallenge);
        }

        var complaint = view.Complaint is { } filed ? await complaints.GetAsync(filed.Id, actor, context.RequestAborted) : null;
        return Results.Ok(RecordMapping.ToResponse(view, complaint, time.TodayInChina()));
    }
}

using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Portal.Workspaces;

namespace GovProcurement.Portal.Api;

/// <summary>
/// The commodity library through the API: any key searches the listings on sale (paged on the server);
/// a supplier's key reads its own listings and lists or changes one, which goes to the reviewer as the
/// listing form's does. The form's validator answers each field; the use cases' refusals are problem details.
/// </summary>
public static class MallListingEndpoints
{
    private static readonly Bilingual InReview = new("已提交审核，审核通过后上架或生效。", "Submitted for review; on sale, or in force, once approved.");
    private static readonly Bilingual AppliedDirectly = new("已保存并直接生效（库存、供货期、服务地区无需审核）。", "Saved and in force at once (stock, delivery time and regions need no review).");

    public static void MapMallListingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/listings", SearchAsync)
            .WithName("searchListings")
            .WithSummary("检索电子卖场商品库（品目编码、名称、品牌、型号、拼音首字母，价格区间、地区、中小企业）/ Search the commodity library")
            .WithDescription("检索在售商品（已审核上架、供应商不在禁止参加政府采购活动期间），按品目编码、价格排序，服务器端分页：skip 0 至 100000，take 1 至 100（缺省 20）。term 匹配品目编码或拼音首字母的开头、名称、品牌或型号的一部分；region 为地区编码，含服务其上级地区的商品；sme=true 只含中小企业的商品。任何机构的密钥可用。 / "
                + "Searches the listings on sale (approved, their supplier not debarred), ordered by catalogue code and price, paged on the server: skip 0 to 100,000, take 1 to 100 (20 when omitted). term matches the start of a catalogue code or of the pinyin initials, or part of a name, brand or model; region is a region code and includes listings serving a region above it; sme=true keeps SMEs' listings only. Any organisation's key.")
            .Produces<ListingPageResponse>()
            .ProducesValidationProblem();
        api.MapGet("/listings/mine", MineAsync)
            .WithName("listMyListings")
            .WithSummary("本供应商的商品及其审核状态 / The supplier's own listings and their review")
            .WithDescription("密钥所属供应商的商品，最近修改的在前，含送审版本、已上架版本、审核状态、退回理由及当前可办理的操作（不可办理时附理由）。仅供应商的密钥可用。 / The key's supplier's own listings, latest change first, with the proposed and the approved version, the review status, the return reason and the steps it may take now (with the reason when not). Suppliers' keys only.")
            .Produces<OwnListingPageResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/listings", CreateAsync)
            .WithName("createListing")
            .WithSummary("发布商品并提交上架审核 / List a good or service and submit it for review")
            .WithDescription("以密钥所属供应商的名义发布商品并提交审核，字段与商品表单相同（价格单位为元）；审核通过后上架。字段错误按字段返回；禁止参加政府采购活动期间不能发布。仅供应商的密钥可用。 / "
                + "Lists a good or service of the key's supplier and submits it for review, with the listing form's fields (the price in yuan); on sale once approved. Field errors come per field; a debarred supplier cannot list. Suppliers' keys only.")
            .Produces<ListingSavedResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPut("/listings/{id:guid}", UpdateAsync)
            .WithName("updateListing")
            .WithSummary("修改本供应商的商品；价格或规格的修改提交审核 / Change an own listing; a change of price or specification goes to review")
            .WithDescription("修改密钥所属供应商的商品：库存、供货期和服务地区直接生效；名称、品牌、型号、规格、单位或价格的修改提交审核，审核通过前买方仍看到已上架版本。审核中的商品不能修改；其他供应商的商品不能修改。仅供应商的密钥可用。 / "
                + "Changes a listing of the key's supplier: stock, delivery time and regions take effect at once; a change of name, brand, model, specification, unit or price goes to review, and buyers see the approved version until it is approved. A listing in review cannot be changed, nor another supplier's. Suppliers' keys only.")
            .Produces<ListingSavedResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> SearchAsync(string? term, decimal? minPrice, decimal? maxPrice, string? region, bool? sme, int? skip, int? take,
        HttpContext context, ListingQueries listings)
    {
        var query = new ListingSearchQuery(term, minPrice, maxPrice, region, sme, skip, take);
        ListingSearchQueryValidator.Instance.ValidateAndThrow(query);
        var (from, count) = (skip ?? 0, take ?? PageQuery.DefaultTake);
        var page = await listings.SearchAsync(new ListingSearch(term, minPrice, maxPrice, region, sme ?? false, from, count), context.RequestAborted);
        return Results.Ok(new ListingPageResponse(page.Items.Select(MallMapping.ToResponse).ToList(), page.TotalCount, from, count));
    }

    private static async Task<IResult> MineAsync(int? skip, int? take, HttpContext context, ListingDesk desk)
    {
        var actor = CurrentActor.From(context.User);
        if (!actor.IsIn(Roles.Supplier))
        {
            return ApiProblems.Forbidden(ApiProblems.SupplierKeysOnly);
        }

        PageQueryValidator.Instance.ValidateAndThrow(new PageQuery(skip, take));
        var (from, count) = (skip ?? 0, take ?? PageQuery.DefaultTake);
        var mine = await desk.MineAsync(actor, from, count, context.RequestAborted);
        return Results.Ok(new OwnListingPageResponse(mine.Rows.Select(r => MallMapping.ToResponse(r, mine.For(r))).ToList(), mine.TotalCount, from, count));
    }

    private static async Task<IResult> CreateAsync(ListingRequest request, HttpContext context, ListingDesk desk)
    {
        var actor = CurrentActor.From(context.User);
        if (!actor.IsIn(Roles.Supplier))
        {
            return ApiProblems.Forbidden(ApiProblems.SupplierKeysOnly);
        }

        var form = ListingRequests.ToForm(request);
        ListingFormValidator.Instance.ValidateAndThrow(form);
        try
        {
            var id = await desk.CreateAsync(form, actor, context.RequestAborted);
            await desk.SubmitAsync(id, actor, context.RequestAborted);
            return Results.Created((string?)null, new ListingSavedResponse(id, true, MallMapping.Label(InReview)));
        }
        catch (DomainException e)
        {
            return ApiProblems.NotStored(e);
        }
    }

    private static async Task<IResult> UpdateAsync(Guid id, ListingRequest request, HttpContext context, ListingDesk desk)
    {
        var actor = CurrentActor.From(context.User);
        if (!actor.IsIn(Roles.Supplier))
        {
            return ApiProblems.Forbidden(ApiProblems.SupplierKeysOnly);
        }

        var form = ListingRequests.ToForm(request);
        ListingFormValidator.Instance.ValidateAndThrow(form);
        try
        {
            await desk.EditAsync(id, form, actor, context.RequestAborted);
        }
        catch (DomainException e)
        {
            return ApiProblems.NotStored(e);
        }

        try
        {
            await desk.SubmitAsync(id, actor, context.RequestAborted);
            return Results.Ok(new ListingSavedResponse(id, true, MallMapping.Label(InReview)));
        }
        catch (DomainException e) when (e.Text == ListingSteps.StatusRefusal(ListingStep.Submit).ToException().Text)
        {
            // Only what needs no review changed: the listing stays on sale as it was approved.
            return Results.Ok(new ListingSavedResponse(id, false, MallMapping.Label(AppliedDirectly)));
        }
        catch (DomainException e)
        {
            return Results.Problem(title: ApiProblems.NotStoredTitle,
                detail: $"修改已保存，但未能提交审核：{e.Text.Zh} / The change is saved but was not submitted for review: {e.Text.En}",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }
}

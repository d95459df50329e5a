namespace GovProcurement.Portal.Api;

/// <summary>The e-mall under /api/v1 (tag Mall): listings, online bidding requirements and their quotes, orders.</summary>
public static class MallApi
{
    public static void MapMallApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiEndpoints.Policy).WithTags("Mall")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapMallListingApi();
        api.MapMallBiddingApi();
        api.MapMallOrderApi();
    }
}

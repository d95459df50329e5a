using GovProcurement.Domain.Regions;
using GovProcurement.Tests.ApiClient.Models;
using GovProcurement.Tests.Mall;

namespace GovProcurement.Tests.Web.Mall;

/// <summary>The commodity library through /api/v1 and the generated client: the search for any key, a supplier's own listings.</summary>
public class MallListingApiTests(MallApiPortal portal) : IClassFixture<MallApiPortal>
{
    private const string Specification = "i5/16G/512G SSD";

    private static ListingRequest Listing(string name = "台式电脑（接口）", decimal price = 4_800m, int? stock = 20, List<string>? regions = null, int days = 7) => new()
    {
        CatalogueCode = ListingScenario.Desktop,
        Name = name,
        Brand = "联想",
        Model = "启天M437",
        Specification = Specification,
        Unit = "台",
        Price = price,
        Stock = stock,
        ServiceRegions = regions ?? [RegionDirectory.ProvinceCode],
        DeliveryDays = days,
    };

    [Fact]
    public async Task The_search_finds_by_pinyin_initials_within_a_price_range_and_pages_on_the_server()
    {
        foreach (var (supplier, price) in new[] { (0, 1_200m), (1, 1_500m), (2, 1_800m), (0, 2_600m) })
        {
            await portal.ListedAsync(supplier, ListingScenario.Form(name: "高拍仪", price: price));
        }

        var api = await portal.ApiAsync(MallApiPortal.School);
        var first = await api.Listings.GetAsync(c => { c.QueryParameters.Term = "GPY"; c.QueryParameters.MinPrice = 1_200m; c.QueryParameters.MaxPrice = 1_800m; c.QueryParameters.Take = 2; });
        var second = await api.Listings.GetAsync(c => { c.QueryParameters.Term = "gpy"; c.QueryParameters.MinPrice = 1_200m; c.QueryParameters.MaxPrice = 1_800m; c.QueryParameters.Skip = 2; c.QueryParameters.Take = 2; });

        Assert.Equal(3, first!.TotalCount);
        Assert.Equal([1_200m, 1_500m], first.Items!.Select(i => i.PriceYuan!.Value));
        Assert.Equal([1_800m], second!.Items!.Select(i => i.PriceYuan!.Value));
        Assert.All(first.Items!, i => Assert.Equal("高拍仪", i.Name));
        Assert.True(first.Items![0].SupplierIsSme);
    }

    [Fact]
    public async Task The_search_keeps_small_suppliers_and_the_region_served()
    {
        await portal.ListedAsync(1, ListingScenario.Form(name: "碎纸机", price: 900m, regions: ["440784"]));
        await portal.ListedAsync(0, ListingScenario.Form(name: "碎纸机", price: 950m, regions: ["440703"]));
        var api = await portal.ApiAsync(MallApiPortal.Small);

        var heshan = await api.Listings.GetAsync(c => { c.QueryParameters.Term = "碎纸"; c.QueryParameters.Region = "440784"; c.QueryParameters.Sme = true; });

        Assert.Equal(MallApiPortal.Micro, Assert.Single(heshan!.Items!).SupplierName);
    }

    [Theory]
    [InlineData(null, 0, "take")]
    [InlineData(null, 101, "take")]
    [InlineData(-1, null, "skip")]
    [InlineData(100_001, null, "skip")]
    public async Task The_search_refuses_a_page_out_of_bounds_at_its_field(int? skip, int? take, string field)
    {
        var api = await portal.ApiAsync(MallApiPortal.School);

        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => api.Listings.GetAsync(c => { c.QueryParameters.Skip = skip; c.QueryParameters.Take = take; }));

        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.Equal([field], problem.FieldErrors().Keys);
    }

    [Fact]
    public async Task The_largest_page_and_a_bounded_filter_are_answered()
    {
        var api = await portal.ApiAsync(MallApiPortal.School);

        var page = await api.Listings.GetAsync(c => { c.QueryParameters.Skip = 100_000; c.QueryParameters.Take = 100; });
        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => api.Listings.GetAsync(c =>
        {
            c.QueryParameters.Term = new string('电', 51);
            c.QueryParameters.MinPrice = 500m;
            c.QueryParameters.MaxPrice = 100.001m;
            c.QueryParameters.Region = "999999";
        }));

        Assert.Empty(page!.Items!);
        Assert.Equal(100, page.Take);
        Assert.Equal(["maxPrice", "region", "term"], problem.FieldErrors().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_supplier_lists_a_good_which_waits_for_review_among_its_own()
    {
        var api = await portal.ApiAsync(MallApiPortal.Medium);

        var saved = await api.Listings.PostAsync(Listing(name: "会议平板（接口）"));
        var mine = await api.Listings.Mine.GetAsync(c => c.QueryParameters.Take = 100);

        Assert.True(saved!.InReview);
        var row = Assert.Single(mine!.Items!, r => r.Id == saved.Id);
        Assert.Equal("InReview", row.Status);
        Assert.Null(row.Approved);
        Assert.Equal("会议平板（接口）", row.Proposed!.Name);
        var edit = Assert.Single(row.Actions!, a => a.Action == "Edit");
        Assert.False(edit.Available);
        Assert.Equal("审核中的商品不能修改。", edit.Reason!.Zh);
        Assert.True(Assert.Single(row.Actions!, a => a.Action == "Withdraw").Available);
    }

    [Fact]
    public async Task A_listing_form_error_is_answered_at_each_field_and_nothing_is_listed()
    {
        var api = await portal.ApiAsync(MallApiPortal.Micro);
        var before = (await api.Listings.Mine.GetAsync())!.TotalCount;

        var bad = Listing(name: " ", price: 10.005m, stock: null, days: 0);
        bad.ServiceRegions = null;
        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => api.Listings.PostAsync(bad));

        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.Equal(["deliveryDays", "name", "price", "serviceRegions", "stock"], problem.FieldErrors().Keys.Order(StringComparer.Ordinal));
        Assert.Contains("精确到分", problem.FieldErrors()["price"][0]);
        Assert.Equal(before, (await api.Listings.Mine.GetAsync())!.TotalCount);
    }

    [Fact]
    public async Task A_budget_units_key_neither_lists_nor_reads_listings_of_its_own()
    {
        var api = await portal.ApiAsync(MallApiPortal.School);

        var create = await Assert.ThrowsAsync<ProblemDetails>(() => api.Listings.PostAsync(Listing()));
        var mine = await Assert.ThrowsAsync<ProblemDetails>(() => api.Listings.Mine.GetAsync());

        Assert.Equal((403, 403), (create.ResponseStatusCode, mine.ResponseStatusCode));
        Assert.Contains("只有供应商的密钥", create.Title);
    }

    [Fact]
    public async Task A_change_of_stock_takes_effect_at_once_and_a_change_of_price_goes_to_review()
    {
        var id = await portal.ListedAsync(0, ListingScenario.Form(name: "投影仪（接口）", price: 3_000m, specification: Specification));
        var api = await portal.ApiAsync(MallApiPortal.Small);

        var stock = await api.Listings[id].PutAsync(Listing(name: "投影仪（接口）", price: 3_000m, stock: 5));
        var price = await api.Listings[id].PutAsync(Listing(name: "投影仪（接口）", price: 2_800m, stock: 5));

        Assert.False(stock!.InReview);
        Assert.True(price!.InReview);
        var row = Assert.Single((await api.Listings.Mine.GetAsync(c => c.QueryParameters.Take = 100))!.Items!, r => r.Id == id);
        Assert.Equal(("InReview", 3_000m, 2_800m, 5), (row.Status, row.Approved!.PriceYuan!.Value, row.Proposed!.PriceYuan!.Value, row.Stock!.Value));
    }

    [Fact]
    public async Task A_supplier_cannot_change_another_suppliers_listing()
    {
        var id = await portal.ListedAsync(0, ListingScenario.Form(name: "打印机（接口）", price: 2_000m));
        var api = await portal.ApiAsync(MallApiPortal.Micro);

        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => api.Listings[id].PutAsync(Listing(name: "打印机（接口）", price: 1.00m)));
        var search = await api.Listings.GetAsync(c => c.QueryParameters.Term = "打印机（接口）");

        Assert.Equal(422, problem.ResponseStatusCode);
        Assert.Contains("只能处理本供应商的商品", problem.Detail);
        Assert.Equal(2_000m, Assert.Single(search!.Items!).PriceYuan);
    }
}

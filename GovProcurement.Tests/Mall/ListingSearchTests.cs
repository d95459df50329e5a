using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Mall;

/// <summary>The buyers' search of approved listings: term, filters and server paging.</summary>
public sealed class ListingSearchTests : ListingScenario
{
    protected override async Task ArrangeAsync()
    {
        await base.ArrangeAsync();
        await ListedAsync(Small, Form(name: "电脑机箱", price: 300m, brand: "航嘉", model: "H-600", regions: ["440703"]));
        await ListedAsync(Micro, Form(name: "台式电脑", price: 4_800m, brand: "联想", model: "启天M437"));
        await ListedAsync(Large, Form(name: "便携式电脑", price: 6_500m, code: Laptop, brand: "华为", model: "MateBook 14", regions: ["440100"]));
        await Desk.CreateAsync(Form(name: "电脑桌"), Small);
    }

    [Theory]
    [InlineData("DNJ", "电脑机箱")]
    [InlineData("dnj", "电脑机箱")]
    [InlineData("TSDN", "台式电脑")]
    [InlineData("A02010105", "便携式电脑")]
    [InlineData("航嘉", "电脑机箱")]
    [InlineData("MateBook", "便携式电脑")]
    [InlineData("启天", "台式电脑")]
    public async Task A_term_finds_by_catalogue_code_name_brand_model_or_pinyin_initials(string term, string expected)
    {
        var found = await FindAsync(term);

        Assert.Equal([expected], found.Select(c => c.Name));
    }

    [Fact]
    public async Task The_name_finds_every_approved_listing_that_contains_it_and_never_a_draft()
    {
        var found = await FindAsync("电脑");

        Assert.Equal(["电脑机箱", "台式电脑", "便携式电脑"], found.Select(c => c.Name));
    }

    [Fact]
    public async Task Price_range_region_served_and_sme_filters_narrow_the_result()
    {
        var priced = await Queries.SearchAsync(new ListingSearch(MinPrice: 300m, MaxPrice: 4_800m));
        var jiangmen = await Queries.SearchAsync(new ListingSearch(RegionCode: "440703"));
        var smes = await Queries.SearchAsync(new ListingSearch(SmeOnly: true));

        Assert.Equal(["电脑机箱", "台式电脑"], priced.Items.Select(c => c.Name));
        Assert.Equal(["电脑机箱", "台式电脑"], jiangmen.Items.Select(c => c.Name));
        Assert.Equal(["电脑机箱", "台式电脑"], smes.Items.Select(c => c.Name));
        Assert.All(smes.Items, c => Assert.True(c.SupplierIsSme));
    }

    [Fact]
    public async Task Pages_come_from_the_server_with_the_total()
    {
        var first = await Queries.SearchAsync(new ListingSearch(Take: 2));
        var second = await Queries.SearchAsync(new ListingSearch(Skip: 2, Take: 2));

        Assert.Equal((3, 2), (first.TotalCount, first.Items.Count));
        Assert.Equal((3, 1), (second.TotalCount, second.Items.Count));
        Assert.Empty(first.Items.Select(c => c.Id).Intersect(second.Items.Select(c => c.Id)));
    }

    [Fact]
    public async Task A_bidding_asks_whether_a_supplier_lists_every_item()
    {
        await using var db = Store.Db();
        var today = Time.TodayInChina();

        Assert.Empty(await ListingQueries.UnlistedAsync(db, Small.OrganizationId!.Value, [Desktop], today));
        Assert.Equal([Laptop], await ListingQueries.UnlistedAsync(db, Small.OrganizationId!.Value, [Desktop, Laptop], today));
        Assert.Empty(await ListingQueries.UnlistedAsync(db, Large.OrganizationId!.Value, [Laptop], today));
        Assert.Equal([Desktop], await ListingQueries.UnlistedAsync(db, Large.OrganizationId!.Value, [Desktop], today));
    }
}

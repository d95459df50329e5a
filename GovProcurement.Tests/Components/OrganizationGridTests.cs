using Bunit;
using GovProcurement.Domain.Organizations;
using GovProcurement.Portal.Components.Shared;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The organisation list of a jurisdiction over the demo organisations: only the jurisdiction's, narrowed by the search, with the filtered empty state.</summary>
public sealed class OrganizationGridTests : StoreComponentTest
{
    private static readonly EmptyList Empty = new("本辖区还没有机构。");

    protected override Task ArrangeAsync()
    {
        Services.AddSingleton(Store.Get<OrganizationQueries>());
        return Task.CompletedTask;
    }

    private IRenderedComponent<OrganizationGrid> Grid(string region)
    {
        Render<MudPopoverProvider>();
        var grid = Render<OrganizationGrid>(p => p.Add(x => x.JurisdictionRegionCode, region).Add(x => x.Empty, Empty));
        grid.WaitForAssertion(() => Assert.NotEmpty(Names(grid)));
        return grid;
    }

    private static IReadOnlyList<string> Names(IRenderedComponent<OrganizationGrid> grid) =>
        grid.FindAll("[data-testid=organization-grid] tbody tr.mud-table-row").Select(r => r.QuerySelectorAll("td")[0].TextContent.Trim()).ToList();

    private static AngleSharp.Dom.IElement Search(IRenderedComponent<OrganizationGrid> grid) =>
        grid.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == "按名称或编码搜索").QuerySelector("input")!;

    /// <summary>Types into the search and leaves it, as a person does: leaving takes the text without waiting for the debounce.</summary>
    private static async Task TypeAsync(IRenderedComponent<OrganizationGrid> grid, string text)
    {
        await Search(grid).InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = text });
        await Search(grid).BlurAsync(new Microsoft.AspNetCore.Components.Web.FocusEventArgs());
    }

    [Fact]
    public void Heshan_lists_its_own_organisations_with_their_kind_and_region_and_no_other_region_s()
    {
        var grid = Grid("440784");

        Assert.Contains("鹤山市第一中学", Names(grid));
        Assert.Contains("鹤山市财政局", Names(grid));
        Assert.DoesNotContain("江门市第一中学", Names(grid));
        Assert.DoesNotContain("广东粤联物业管理有限公司", Names(grid));
        var school = grid.FindAll("[data-testid=organization-grid] tbody tr.mud-table-row").Single(r => r.TextContent.Contains("鹤山市第一中学"));
        Assert.Contains("预算单位", school.TextContent, StringComparison.Ordinal);
        Assert.Contains("鹤山市", school.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_narrows_the_list_and_a_search_matching_nothing_says_the_filters_hide_everything()
    {
        var grid = Grid("440700");
        Assert.Contains("江门市第一中学", Names(grid));
        Assert.Contains("鹤山市第一中学", Names(grid));

        await TypeAsync(grid, "第一中学");

        grid.WaitForAssertion(() => Assert.Equal(["江门市第一中学", "鹤山市第一中学"], Names(grid).Order()));

        await TypeAsync(grid, "没有这样的机构");

        grid.WaitForAssertion(() => Assert.Contains("没有符合筛选条件的记录。", grid.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("本辖区还没有机构。", grid.Markup, StringComparison.Ordinal);
    }
}

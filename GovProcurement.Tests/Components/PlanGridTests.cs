using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Plans;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Shared;
using GovProcurement.Portal.Components.Workspaces.Plans;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The plan list: the school's operator sees its plans a page at a time (the next page continues where the
/// last ended), the status and the search text go to the query, and a filter that finds nothing says so.
/// </summary>
public sealed class PlanGridTests : StoreComponentTest
{
    private static readonly EmptyList Empty = new("还没有采购计划。");

    private PlanParties parties = default!;

    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<PlanQueries>());
        Services.AddScoped<CurrentActor>();
        parties = new PlanParties(Store.Services);
        var op = await parties.ActorAsync(PlanParty.OwnOperator);
        AddAuthorization().SetAuthorized(op.UserName).SetRoles([.. op.Roles])
            .SetClaims(new System.Security.Claims.Claim(PortalClaims.OrganizationId, op.OrganizationId!.Value.ToString()));
    }

    private async Task<Guid> DraftAsync(string title)
    {
        var op = await parties.ActorAsync(PlanParty.OwnOperator);
        var workflow = Store.Get<PlanWorkflow>();
        var id = await workflow.CreateDraftAsync(op);
        await workflow.SaveDraftAsync(id, 0, (await parties.FormAsync()) with { Title = title }, op);
        return id;
    }

    private static IReadOnlyList<string> Titles(IRenderedComponent<PlanGrid> grid) =>
        grid.FindAll("[data-testid=plan-grid] tbody tr.mud-table-row").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();

    [Fact]
    public void Without_plans_the_list_says_what_brings_one()
    {
        var grid = Render<PlanGrid>(p => p.Add(g => g.Empty, Empty));

        grid.WaitForAssertion(() => Assert.Contains("还没有采购计划。", grid.Find("[data-testid=plan-grid]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("没有符合筛选条件的记录", grid.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_page_continues_where_the_first_ended()
    {
        for (var i = 1; i <= 22; i++)
        {
            await DraftAsync($"第{i:00}号计划");
        }

        var grid = Render<PlanGrid>(p => p.Add(g => g.Empty, Empty));
        grid.WaitForAssertion(() => Assert.Equal(20, Titles(grid).Count));
        var first = Titles(grid);

        grid.Find("[data-testid=plan-grid] .mud-table-pagination-actions button:nth-last-child(2)").Click();

        grid.WaitForAssertion(() => Assert.Equal(2, Titles(grid).Count));
        var all = first.Concat(Titles(grid)).ToList();
        Assert.Equal(Enumerable.Range(1, 22).Select(i => $"第{i:00}号计划").Order(), all.Order());
    }

    [Fact]
    public async Task The_search_text_goes_to_the_query_and_a_search_finding_nothing_says_the_filter_is_why()
    {
        await DraftAsync("教学楼空调维保");
        await DraftAsync("图书馆电脑采购");
        var grid = Render<PlanGrid>(p => p.Add(g => g.Empty, Empty));
        grid.WaitForAssertion(() => Assert.Equal(2, Titles(grid).Count));

        var search = grid.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == "按计划编号或项目名称搜索").QuerySelector("input")!;
        search.Input("空调");
        grid.WaitForAssertion(() => Assert.Equal(["教学楼空调维保"], Titles(grid)), TimeSpan.FromSeconds(5));

        grid.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == "按计划编号或项目名称搜索").QuerySelector("input")!.Input("没有这样的计划");
        grid.WaitForAssertion(() => Assert.Contains("没有符合筛选条件的记录", grid.Find("[data-testid=plan-grid]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Empty(Titles(grid));
    }

    [Fact]
    public async Task A_chosen_status_goes_to_the_query()
    {
        await DraftAsync("草稿中的计划");
        await parties.PlanAsync(PlanStatus.PendingReview);
        var popovers = Render<MudPopoverProvider>();
        var grid = Render<PlanGrid>(p => p.Add(g => g.Empty, Empty));
        grid.WaitForAssertion(() => Assert.Equal(2, Titles(grid).Count));

        grid.FindAll(".mud-select").First(s => s.QuerySelector("label")?.TextContent.Trim() == "状态").QuerySelector(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == "待审核").Click();

        grid.WaitForAssertion(() => Assert.Equal(["教研室电脑采购"], Titles(grid)));
        Assert.Contains("待审核", grid.Find("[data-testid=plan-grid] tbody tr.mud-table-row").TextContent, StringComparison.Ordinal);
    }
}

using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Supervision;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Supervision;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using GovProcurement.Tests.Supervision;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Components;

/// <summary>The e-mall section of the regulator's dashboard over the <see cref="EMallStory"/>, for 2026.</summary>
public sealed class EMallSectionTests : StoreComponentTest
{
    private readonly FakeTimeProvider clock;
    private EMallStory story = default!;

    public EMallSectionTests()
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    private EMallSectionTests(FakeTimeProvider clock)
        : base(clock) => this.clock = clock;

    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(Store.Get<SupervisionQueries>());
        Services.AddSingleton(Store.Get<EMallQueries>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        story = new EMallStory(Store.Services, new ProjectScenario(Store.Services), clock);
        await story.TellAsync();
    }

    private async Task<IRenderedComponent<SupervisionDashboardPage>> RenderAsync(string userName)
    {
        var actor = await story.Supervision.Projects.ActorAsync(userName);
        AddAuthorization().SetAuthorized(userName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/regulator/dashboard?from=2026-01-01&to=2026-12-31");
        var page = Render<SupervisionDashboardPage>();
        page.WaitForElement("[data-testid=emall-section]");
        return page;
    }

    private static string Kpi(IRenderedComponent<SupervisionDashboardPage> page, string label) =>
        page.Find($"[data-testid=emall-section] [role=group][aria-label='{label}'] h6").TextContent.Trim();

    private static string[] Rows(IRenderedComponent<SupervisionDashboardPage> page, string chart) =>
        page.FindAll($"[data-testid=chart-{chart}] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToArray();

    [Fact]
    public async Task Jiangmen_sees_the_e_mall_figures_of_its_counties_by_method_region_and_class()
    {
        var page = await RenderAsync(ProjectScenario.Regulator);

        Assert.Equal("4 · ¥1,246,100.00", Kpi(page, "期间内成交订单（个 · 金额）"));
        Assert.Equal("¥3,500.00 · 8.75%", Kpi(page, "竞价较最高限价节约（金额 · 节约率）"));
        Assert.Equal("¥213,900.00 · 14.65%", Kpi(page, "较计划行预算节约（金额 · 节约率）"));
        Assert.Equal("83.95%（小微 3.70%）", Kpi(page, "中小企业成交金额比例（其中小微企业）"));
        Assert.Equal("1 / 2 · 50.00%", Kpi(page, "竞价失败（场 · 占已结束竞价）"));
        Assert.Equal("1", Kpi(page, "价格监测预警商品（当前）"));
        Assert.Equal("1 · ¥400.00", Kpi(page, "旧平台执行记录（条 · 金额）"));
        Assert.Equal(["电子反拍", "框架协议采购", "网上竞价", "网上直购"], Rows(page, "emall-method"));
        Assert.Equal(["江门市（本级）", "台山市", "鹤山市"], Rows(page, "emall-region"));
        Assert.Equal(["通用设备（A02）", "家具用具（A06）"], Rows(page, "emall-class"));
        Assert.Empty(page.FindAll("[data-testid=emall-section] a[data-testid=drill-link]"));
        Assert.Contains("教研室台式计算机竞价", page.Find("[data-testid=emall-failed] tbody").TextContent, StringComparison.Ordinal);
        Assert.Contains("高配台式电脑", page.Find("[data-testid=emall-flags] tbody").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heshan_sees_its_reverse_auction_alone_and_no_failed_bidding()
    {
        var page = await RenderAsync("440784cz");

        Assert.Equal("1 · ¥1,000,000.00", Kpi(page, "期间内成交订单（个 · 金额）"));
        Assert.Equal(["电子反拍"], Rows(page, "emall-method"));
        Assert.Equal(["鹤山市（本级）"], Rows(page, "emall-region"));
        Assert.Equal("0 / 0 · —", Kpi(page, "竞价失败（场 · 占已结束竞价）"));
        Assert.Contains("本期间没有竞价失败。", page.Find("[data-testid=emall-failed]").TextContent, StringComparison.Ordinal);
    }
}

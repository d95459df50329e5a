using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Portal.Components.Workspaces.Mall;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The e-mall step of a filed plan, on 27 Nov 2026: each line's balance and the steps the domain offers this
/// actor; the old-platform record shows the validator's messages at its fields and, once valid, is listed and
/// taken off the line's balance.
/// </summary>
public sealed class EMallPanelTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddEMallPanel(Store);
    }

    private MallScenario Mall => new(Store.Services, new ProjectScenario(Store.Services));

    private static string[] Line(IRenderedComponent<EMallPanel> panel) =>
        panel.Find("[data-testid=emall-panel] tbody tr").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();

    [Fact]
    public async Task The_unit_operator_sees_the_lines_balance_and_is_offered_both_ways_of_carrying_it_out()
    {
        var plan = await Mall.FiledPlanAsync(50_000m);
        var op = await Mall.OperatorAsync();

        var panel = Render<EMallPanel>(p => p.Add(x => x.PlanId, plan.Id).Add(x => x.Actor, op));

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=emall-panel]")));
        Assert.Equal(["1. 台式计算机（A02010104）", "¥50,000.00", "¥0.00", "¥50,000.00"], Line(panel)[..4]);
        var post = panel.FindAll("a").Single(a => a.TextContent.Trim() == "发起网上竞价");
        Assert.Equal($"/mall/biddings/new/{plan.Id}/{plan.Items[0].Id}", post.GetAttribute("href"));
        Assert.Equal($"/mall/auctions/new/{plan.Id}/{plan.Items[0].Id}", panel.FindAll("a").Single(a => a.TextContent.Trim() == "发起电子反拍").GetAttribute("href"));
        Assert.Contains(panel.FindAll("button"), b => b.TextContent.Trim() == "登记旧平台执行");
        Assert.Empty(panel.FindAll("[data-testid=old-platform-form]"));
    }

    [Fact]
    public async Task Another_units_operator_is_shown_no_panel()
    {
        var plan = await Mall.FiledPlanAsync(50_000m);
        var other = await new ProjectScenario(Store.Services).ActorAsync("440700101001002");

        var panel = Render<EMallPanel>(p => p.Add(x => x.PlanId, plan.Id).Add(x => x.Actor, other));

        Assert.Empty(panel.FindAll("[data-testid=emall-panel]"));
    }

    [Fact]
    public async Task An_old_platform_record_without_a_reference_is_told_so_at_the_field_and_a_valid_one_is_taken_off_the_balance()
    {
        var plan = await Mall.FiledPlanAsync(50_000m);
        var op = await Mall.OperatorAsync();
        Render<MudSnackbarProvider>();
        var panel = Render<EMallPanel>(p => p.Add(x => x.PlanId, plan.Id).Add(x => x.Actor, op));
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=emall-panel]")));
        panel.FindAll("button").Single(b => b.TextContent.Trim() == "登记旧平台执行").Click();
        AngleSharp.Dom.IElement Control(string label) => panel.FindAll("[data-testid=old-platform-form] .mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);
        Assert.Equal("2026-11-27", Control("执行日期").QuerySelector("input")!.GetAttribute("value"));

        Control("成交金额（元）").QuerySelector("input")!.Change("12000");
        panel.FindAll("[data-testid=old-platform-form] button").Single(b => b.TextContent.Trim() == "登记").Click();

        panel.WaitForAssertion(() => Assert.Contains("请填写旧平台的项目编号", Control("旧平台项目编号").TextContent, StringComparison.Ordinal));
        Assert.Null(Control("成交金额（元）").QuerySelector(".mud-input-error"));
        await using (var db = Store.Db())
        {
            Assert.False(await db.OldPlatformRecords.AnyAsync());
        }

        Control("旧平台项目编号").QuerySelector("input")!.Change("JM-OLD-2026-001");
        panel.FindAll("[data-testid=old-platform-form] button").Single(b => b.TextContent.Trim() == "登记").Click();

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=old-platform-form]")));
        Assert.Equal(["¥50,000.00", "¥12,000.00", "¥38,000.00"], Line(panel)[1..4]);
        Assert.Contains($"JM-OLD-2026-001 · ¥12,000.00 · 2026-11-27 · {op.UserName}", panel.Markup, StringComparison.Ordinal);
    }
}

using AngleSharp.Dom;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Supervision;
using GovProcurement.Portal.Components.Workspaces.Supervision;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The dashboard's period picker (a bad period is said beside it and not applied; a good one is handed on as
/// picked) and its charts (an empty slice list says so; each slice's link and a click on the slice drill into it).
/// </summary>
public sealed class SupervisionChartTests : BunitContext, IAsyncLifetime
{
    private static readonly SupervisionPeriod Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 27));

    public SupervisionChartTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private static IElement DateInput(IRenderedComponent<PeriodPicker> picker, string label) =>
        picker.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input")!;

    private static IElement Button(IRenderedComponent<PeriodPicker> picker, string text) =>
        picker.FindAll("button").Single(b => b.TextContent.Trim() == text);

    [Fact]
    public void The_picker_hands_on_the_period_as_picked()
    {
        var picked = new List<SupervisionPeriod>();
        var picker = Render<PeriodPicker>(p => p.Add(x => x.Period, Year).Add(x => x.PeriodChanged, (SupervisionPeriod v) => picked.Add(v)));
        Assert.Equal("2026-01-01", DateInput(picker, "统计期间自").GetAttribute("value"));

        DateInput(picker, "统计期间自").Change("2026-03-01");
        DateInput(picker, "至").Change("2026-06-30");
        Button(picker, "查询").Click();

        Assert.Equal([new SupervisionPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30))], picked);
        Assert.Empty(picker.FindAll(".mud-alert"));
    }

    [Fact]
    public void An_end_before_the_start_is_said_beside_the_picker_and_not_applied()
    {
        var picked = new List<SupervisionPeriod>();
        var picker = Render<PeriodPicker>(p => p.Add(x => x.Period, Year).Add(x => x.PeriodChanged, (SupervisionPeriod v) => picked.Add(v)));

        DateInput(picker, "统计期间自").Change("2026-07-01");
        DateInput(picker, "至").Change("2026-06-30");
        Button(picker, "查询").Click();

        Assert.Equal("请选择有效的统计期间（结束日期不早于开始日期，最长十年）。", picker.Find("[role=alert]").TextContent.Trim());
        Assert.Empty(picked);
    }

    [Fact]
    public void A_cleared_date_asks_for_both_dates()
    {
        var picked = new List<SupervisionPeriod>();
        var picker = Render<PeriodPicker>(p => p.Add(x => x.Period, Year).Add(x => x.PeriodChanged, (SupervisionPeriod v) => picked.Add(v)));

        DateInput(picker, "至").Change("");
        Button(picker, "查询").Click();

        Assert.Equal("请选择开始和结束日期。", picker.Find("[role=alert]").TextContent.Trim());
        Assert.Empty(picked);
    }

    private IRenderedComponent<SliceChart> Chart(params Slice[] slices) => Render<SliceChart>(p => p
        .Add(x => x.Title, "按地区")
        .Add(x => x.Dimension, PlanDimension.Region)
        .Add(x => x.Slices, slices)
        .Add(x => x.Period, Year)
        .Add(x => x.LabelOf, k => k == "440784" ? "鹤山市" : "江门市（本级）"));

    [Fact]
    public void A_chart_without_slices_says_there_is_no_data_and_offers_no_drill()
    {
        var chart = Chart();

        Assert.Contains("本期间没有数据。", chart.Find("[role=region]").TextContent, StringComparison.Ordinal);
        Assert.Empty(chart.FindAll("a"));
    }

    [Fact]
    public void Each_slice_is_listed_with_its_label_count_and_amount_and_links_to_its_plans()
    {
        var chart = Chart(new Slice("440700", 1, Money.FromYuan(1_200_000m)), new Slice("440784", 2, Money.FromYuan(2_150_000m)));

        var rows = chart.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["江门市（本级）", "1", "¥1,200,000.00"], rows[0]);
        Assert.Equal(["鹤山市", "2", "¥2,150,000.00"], rows[1]);
        var link = chart.FindAll("a").Single(a => a.TextContent.Trim() == "鹤山市");
        Assert.Equal("/regulator/dashboard/plans?dimension=Region&key=440784&from=2026-01-01&to=2026-11-27", link.GetAttribute("href"));
        Assert.Equal("按地区", chart.Find("[role=region] h2").TextContent.Trim());
        Assert.Equal(chart.Find("[role=region] h2").Id, chart.Find("[role=region]").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Clicking_a_slice_of_the_chart_drills_into_its_region()
    {
        var chart = Chart(new Slice("440700", 1, Money.FromYuan(1_200_000m)), new Slice("440784", 2, Money.FromYuan(2_150_000m)));
        var navigation = Services.GetRequiredService<NavigationManager>();

        var slices = chart.FindAll("svg path.mud-chart-serie");
        Assert.Equal(2, slices.Count);
        slices[1].Click();

        Assert.Equal("http://localhost/regulator/dashboard/plans?dimension=Region&key=440784&from=2026-01-01&to=2026-11-27", navigation.Uri);
    }
}

using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Portal.Components.Workspaces.Plans;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>A plan at its maximum item count opens with one page of lines rendered, not all of them.</summary>
public class PagedListTests : BunitContext, IAsyncLifetime
{
    private static readonly InputLimits Limits = new();

    public PagedListTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddOptions<InputLimits>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    private static PlanDetail PlanOf(int items)
    {
        var plan = new ProcurementPlan(Guid.NewGuid(), "440700", "边界测试", new DateOnly(2027, 3, 1), "op", DateTime.UtcNow);
        plan.Edit("边界测试", new DateOnly(2027, 3, 1), null,
            Enumerable.Range(1, items).Select(i => new PlanItemDraft("A02010104", $"品目{i}", 1, "台", Money.FromYuan(1000m), null)).ToList(), null, null, DateTime.UtcNow);
        return new PlanDetail(plan, "江门市第一中学", []);
    }

    [Fact]
    public void A_plan_at_the_maximum_item_count_renders_one_page_of_lines_and_pages_through_the_rest()
    {
        var summary = Render<PlanSummary>(p => p.Add(s => s.Detail, PlanOf(Limits.PlanItems)));

        Assert.Equal(Limits.PageSize, summary.FindAll("tbody tr").Count - 4); // the first table's 4 fact rows
        Assert.Contains("品目1", summary.Markup);
        Assert.DoesNotContain($"品目{Limits.PageSize + 1}<", summary.Markup);

        var pages = summary.FindAll(".mud-pagination-item button");
        pages.First(b => b.TextContent.Trim() == "2").Click();

        Assert.Contains($"品目{Limits.PageSize + 1}<", summary.Markup);
        Assert.DoesNotContain("品目1<", summary.Markup);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

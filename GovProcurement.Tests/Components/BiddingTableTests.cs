using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Portal.Components.Workspaces.Mall.Biddings;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>The list of a plan's or a supplier's biddings: each linked by its number, its status in words, its window in Beijing time.</summary>
public sealed class BiddingTableTests : BunitContext, IAsyncLifetime
{
    public BiddingTableTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Each_bidding_is_linked_with_its_status_ceiling_and_beijing_window()
    {
        var id = Guid.NewGuid();
        var row = new BiddingRow(id, "JJ-2026-0007", "台式计算机 20 台", BiddingStatus.Offered, Money.FromYuan(48_000m),
            new DateTime(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc));

        var table = Render<BiddingTable>(p => p.Add(x => x.Rows, [row]));

        var cells = table.Find("[data-testid=bidding-table] tbody tr").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["JJ-2026-0007", "台式计算机 20 台", "待成交确认", "¥48,000.00"], cells[..4]);
        Assert.Equal("2026-11-27 09:00 – 2026-11-30 17:00", cells[4].Split(" / ")[0]);
        Assert.Equal($"/mall/biddings/{id}", table.Find("[data-testid=bidding-table] tbody a").GetAttribute("href"));
    }

    [Fact]
    public void Without_biddings_the_table_says_there_are_none()
    {
        var table = Render<BiddingTable>(p => p.Add(x => x.Rows, []));

        Assert.Equal("暂无竞价。", table.Find("[data-testid=bidding-table] tbody td").TextContent.Trim());
        Assert.Empty(table.FindAll("[data-testid=bidding-table] tbody a"));
    }
}

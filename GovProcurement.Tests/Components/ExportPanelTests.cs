using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Persistence;
using GovProcurement.Portal.Components.Shared;
using GovProcurement.Portal.Exports;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Exports;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The export button of a page and the user's export list, over a real export queue whose writer
/// blocks until the test releases it (an export in progress), so each state can be seen.
/// </summary>
public sealed class ExportPanelTests : StoreComponentTest
{
    private const string Owner = "jm.regulator";
    private const string Label = "导出原始数据";

    private readonly BlockingExportWriter writer = new();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "gp-export-panel-tests", Guid.NewGuid().ToString("N"));
    private ExportQueue queue = default!;
    private ExportJobStore jobs = default!;

    protected override async Task ArrangeAsync()
    {
        var options = Options.Create(new ExportOptions { Folder = folder, MaxActivePerUser = 1 });
        jobs = new ExportJobStore(Store.Get<IDbContextFactory<GovProcurementDbContext>>(), TimeProvider.System, options);
        queue = new ExportQueue(jobs, writer, new ExportFolder(options), options, Options.Create(new HostOptions()), TimeProvider.System, NullLogger<ExportQueue>.Instance, new InProcessLiveSignals());
        await queue.StartAsync(CancellationToken.None);
        Services.AddSingleton(queue);
        Services.AddSingleton(jobs);
        Services.AddSingleton<CurrentActor>();
        AddAuthorization().SetAuthorized(Owner);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        writer.Release.TrySetResult();
        await queue.StopAsync(CancellationToken.None);
        queue.Dispose();
        await base.DisposeAsyncCore();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_panel_shows_the_owners_latest_export_of_its_kind_from_the_store()
    {
        var mine = await FinishedAsync(Owner, ExportKind.RawPlans, rows: 1_234);
        await FinishedAsync(Owner, ExportKind.RawProjects, rows: 7);
        await FinishedAsync("someone.else", ExportKind.RawPlans, rows: 99);

        var panel = Panel(ExportKind.RawPlans);

        panel.WaitForAssertion(() =>
        {
            var link = panel.Find("a[href]");
            Assert.Equal($"/exports/{mine.Id}", link.GetAttribute("href"));
            Assert.Equal("下载 计划.xlsx（1,234 行）", link.TextContent.Trim());
        });
        Assert.False(Button(panel).HasAttribute("disabled"));
    }

    [Fact]
    public void Starting_an_export_shows_its_progress_and_offers_no_second_start_until_it_is_done()
    {
        var panel = Panel(ExportKind.RawPlans);

        Button(panel).Click();

        // The rows shown are those written when the page last heard of the export (0 or the 500 written).
        panel.WaitForAssertion(() => Assert.Matches("已写入 (0|500) 行…", panel.Markup));
        Assert.True(Button(panel).HasAttribute("disabled"));
        Assert.Contains(panel.FindAll("button"), b => b.TextContent.Trim() == "取消");

        writer.Release.SetResult();

        panel.WaitForAssertion(() => Assert.Equal("下载 计划.xlsx（500 行）", panel.Find("a[href]").TextContent.Trim()));
        Assert.False(Button(panel).HasAttribute("disabled"));
        Assert.DoesNotContain(panel.FindAll("button"), b => b.TextContent.Trim() == "取消");
    }

    [Fact]
    public async Task Cancelling_a_running_export_says_it_was_cancelled_and_offers_it_again()
    {
        var panel = Panel(ExportKind.RawPlans);
        Button(panel).Click();
        await writer.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        panel.WaitForAssertion(() => Assert.Contains(panel.FindAll("button"), b => b.TextContent.Trim() == "取消"));

        panel.FindAll("button").Single(b => b.TextContent.Trim() == "取消").Click();

        panel.WaitForAssertion(() => Assert.Contains("已取消导出。", panel.Markup));
        Assert.False(Button(panel).HasAttribute("disabled"));
        Assert.Empty(panel.FindAll("a[href]"));
        var job = Assert.Single(await jobs.ListAsync(Owner));
        Assert.Equal(ExportJobStatus.Cancelled, job.Status);
    }

    [Fact]
    public async Task An_export_beyond_the_owners_limit_is_refused_with_the_reason_and_nothing_is_queued()
    {
        var plans = Panel(ExportKind.RawPlans);
        Button(plans).Click();
        await writer.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var projects = Panel(ExportKind.RawProjects);
        projects.WaitForAssertion(() => Assert.False(Button(projects).HasAttribute("disabled")));
        Button(projects).Click();

        projects.WaitForAssertion(() => Assert.Contains("您已有 1 个导出正在排队或进行", projects.Markup));
        Assert.Empty(projects.FindAll("a[href]"));
        var job = Assert.Single(await jobs.ListAsync(Owner));
        Assert.Equal(ExportKind.RawPlans, job.Kind);
    }

    [Fact]
    public async Task The_export_list_shows_the_owners_exports_newest_first_and_a_new_one_at_once()
    {
        await FinishedAsync(Owner, ExportKind.RawProjects, rows: 7);
        await FinishedAsync("someone.else", ExportKind.RawIntentions, rows: 3);
        var list = Render<ExportJobList>();
        list.WaitForAssertion(() => Assert.Single(list.FindAll("tbody tr")));
        Assert.Contains("采购项目原始数据", list.Find("tbody tr").TextContent);

        await queue.EnqueueAsync(Owner, ExportKind.RawPlans, Label, "计划.xlsx", ExportFilters.None);

        list.WaitForAssertion(() =>
        {
            var rows = list.FindAll("tbody tr");
            Assert.Equal(2, rows.Count);
            Assert.Contains("采购计划原始数据", rows[0].TextContent);
            // Queued or already running (the list may not re-render the start within its 250 ms throttle): cancellable either way.
            Assert.Contains(rows[0].QuerySelectorAll("button"), b => b.TextContent.Trim() == "取消");
        });
    }

    [Fact]
    public void An_empty_export_list_says_how_exports_arrive()
    {
        var list = Render<ExportJobList>();

        list.WaitForAssertion(() => Assert.Contains("还没有导出文件", list.Markup));
        Assert.Empty(list.FindAll("a[href]"));
    }

    private IRenderedComponent<ExportPanel> Panel(ExportKind kind) => Render<ExportPanel>(p => p
        .Add(c => c.Kind, kind)
        .Add(c => c.Label, Label)
        .Add(c => c.FileName, "计划.xlsx"));

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<ExportPanel> panel) =>
        panel.FindAll("button").Single(b => b.TextContent.Trim() == Label);

    private async Task<ExportJob> FinishedAsync(string owner, ExportKind kind, long rows)
    {
        var job = await jobs.AddAsync(owner, kind, Label, "计划.xlsx", ExportFilters.None);
        await jobs.StartAsync(job.Id);
        await jobs.FinishAsync(job.Id, rows);
        return (await jobs.FindAsync(job.Id, owner))!;
    }
}

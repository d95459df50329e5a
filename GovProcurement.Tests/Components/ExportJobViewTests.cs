using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Exports;
using GovProcurement.Portal.Components.Shared;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Components;

/// <summary>One stored export as its owner reads it: waiting, running, ready, failed, cancelled or expired.</summary>
public sealed class ExportJobViewTests : StoreComponentTest
{
    private const string Owner = "jm.regulator";

    [Fact]
    public async Task A_queued_export_says_it_waits_and_its_cancel_button_asks_the_page_to_cancel()
    {
        var job = await AddAsync();
        var cancelled = 0;

        var view = Render<ExportJobView>(p => p.Add(c => c.Job, job).Add(c => c.OnCancel, () => cancelled++));
        Assert.Contains("排队中，等待导出…", view.Markup);
        view.FindAll("button").Single(b => b.TextContent.Trim() == "取消").Click();

        Assert.Equal(1, cancelled);
    }

    [Fact]
    public async Task A_running_export_shows_the_live_rows_rather_than_the_stored_ones()
    {
        var job = await StartedAsync();

        var view = Render<ExportJobView>(p => p.Add(c => c.Job, job).Add(c => c.LiveRows, 12_345L));

        Assert.Contains("已写入 12,345 行…", view.Markup);
        Assert.Contains(view.FindAll("button"), b => b.TextContent.Trim() == "取消");
        Assert.Empty(view.FindAll("a[href]"));
    }

    [Fact]
    public async Task A_finished_export_links_its_file_and_says_until_when_it_is_kept_in_Beijing_time()
    {
        var job = await StartedAsync();
        await Jobs.FinishAsync(job.Id, 42);
        job = (await Jobs.FindAsync(job.Id, Owner))!;

        var view = Render<ExportJobView>(p => p.Add(c => c.Job, job));

        var link = view.Find("a[href]");
        Assert.Equal($"/exports/{job.Id}", link.GetAttribute("href"));
        Assert.Equal("下载 原始数据.xlsx（42 行）", link.TextContent.Trim());
        Assert.Contains($"保留至 {BeijingTime.Minutes(job.ExpiresUtc!.Value)}（北京时间）", view.Markup);
        Assert.Empty(view.FindAll("button"));
    }

    [Fact]
    public async Task A_failed_export_says_why_in_the_readers_words_and_offers_no_file()
    {
        var job = await StartedAsync();
        await Jobs.FailAsync(job.Id, ExportTexts.InterruptedByRestart, 10);
        job = (await Jobs.FindAsync(job.Id, Owner))!;

        var view = Render<ExportJobView>(p => p.Add(c => c.Job, job));

        Assert.Contains(ExportTexts.InterruptedByRestart.Zh, view.Markup);
        Assert.Empty(view.FindAll("a[href]"));
        Assert.Empty(view.FindAll("button"));
    }

    [Fact]
    public async Task A_cancelled_export_says_so_and_offers_nothing()
    {
        var job = await AddAsync();
        Assert.True(await Jobs.CancelQueuedAsync(job.Id, Owner));
        job = (await Jobs.FindAsync(job.Id, Owner))!;

        var view = Render<ExportJobView>(p => p.Add(c => c.Job, job));

        Assert.Contains("已取消导出。", view.Markup);
        Assert.Empty(view.FindAll("a[href]"));
        Assert.Empty(view.FindAll("button"));
    }

    private ExportJobStore Jobs => Store.Get<ExportJobStore>();

    private Task<ExportJob> AddAsync() => Jobs.AddAsync(Owner, ExportKind.RawPlans, "采购计划原始数据", "原始数据.xlsx", ExportFilters.None);

    private async Task<ExportJob> StartedAsync()
    {
        var job = await AddAsync();
        return (await Jobs.StartAsync(job.Id))!;
    }
}

using System.Net;
using ClosedXML.Excel;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Reporting;
using GovProcurement.Portal.Exports;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Exports;

/// <summary>Background exports as stored jobs: restarts, interruptions, retention, queue limits and ownership.</summary>
public class ExportJobTests
{
    private const string Owner = "440700cz";
    private const string Other = "440784cz";

    private static Task<ExportJob> EnqueueAsync(PortalHost host, ExportKind kind, string owner = Owner, string title = "测试导出") =>
        host.Get<ExportQueue>().EnqueueAsync(owner, kind, title, "测试.xlsx", ExportFilters.None);

    private static Task<ExportJob> DoneAsync(PortalHost host, ExportJob job) =>
        ExportHosts.WaitForAsync(host, job.Id, job.Owner, j => !j.IsActive);

    [Fact]
    public async Task A_report_runs_as_a_background_job_and_its_finished_file_survives_a_restart()
    {
        await using var hosts = new ExportHosts();
        Guid id;
        await using (var first = hosts.Start())
        {
            var job = await EnqueueAsync(first, ExportKind.FilingRegister);
            Assert.Equal(ExportJobStatus.Queued, job.Status);
            var done = await DoneAsync(first, job);
            Assert.Equal(ExportJobStatus.Done, done.Status);
            id = job.Id;
        }

        await using var second = hosts.Start();
        var queue = second.Get<ExportQueue>();
        Assert.Equal(ExportDownloadState.NotFound, (await queue.OpenAsync(id, Other, DateTime.UtcNow)).State);
        var download = await queue.OpenAsync(id, Owner, DateTime.UtcNow);
        Assert.Equal(ExportDownloadState.Ready, download.State);
        await using var file = download.File!;
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheet(PlanFilingRegister.Title);
        Assert.Equal("计划编号", sheet.Cell(ReportWorkbook.HeaderRow, 1).GetString());
        Assert.Equal(ReportWorkbook.TotalLabel, sheet.Column(1).LastCellUsed().GetString());
    }

    [Fact]
    public async Task An_export_running_at_shutdown_is_interrupted_failed_and_its_partial_file_removed()
    {
        await using var hosts = new ExportHosts();
        var writer = new BlockingExportWriter();
        ExportJob job;
        await using (var first = hosts.Start(writer: writer))
        {
            job = await EnqueueAsync(first, ExportKind.RawPlans);
            await writer.Started.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal([job.PartialName], hosts.Files);
        }

        Assert.Empty(hosts.Files);
        await using var second = hosts.Start();
        var failed = await second.Get<ExportJobStore>().FindAsync(job.Id, Owner);
        Assert.Equal(ExportJobStatus.Failed, failed!.Status);
        Assert.Equal(ExportTexts.InterruptedByShutdown, failed.Failure);
        Assert.Equal(ExportDownloadState.NotFound, (await second.Get<ExportQueue>().OpenAsync(job.Id, Owner, DateTime.UtcNow)).State);
    }

    [Fact]
    public async Task Stopping_a_queue_already_disposed_by_a_torn_down_host_does_not_throw()
    {
        await using var hosts = new ExportHosts();
        await using var host = hosts.Start();
        var queue = host.Get<ExportQueue>();
        queue.Dispose();

        var stop = await Record.ExceptionAsync(() => queue.StopAsync(CancellationToken.None));

        Assert.Null(stop);
    }

    [Fact]
    public async Task A_job_left_running_by_a_killed_process_is_failed_at_start_and_leftover_files_are_deleted()
    {
        await using var hosts = new ExportHosts();
        await using (hosts.Start())
        {
            // Creates and migrates the store.
        }

        // What a killed process leaves: a job still marked running, its partial file, and an old broken file.
        var job = new ExportJob(Owner, ExportKind.RawPlans, "原始数据", "原始数据.xlsx", ExportFilters.None, DateTime.UtcNow);
        job.Start(DateTime.UtcNow);
        await using (var db = hosts.Database.CreateContext())
        {
            db.ExportJobs.Add(job);
            await db.SaveChangesAsync();
        }

        Directory.CreateDirectory(hosts.Folder);
        await File.WriteAllBytesAsync(Path.Combine(hosts.Folder, job.PartialName), new byte[1 << 20]);
        var orphan = $"{Guid.NewGuid():N}.xlsx";
        await File.WriteAllBytesAsync(Path.Combine(hosts.Folder, orphan), new byte[1 << 20]);

        await using var host = hosts.Start();
        var stored = await host.Get<ExportJobStore>().FindAsync(job.Id, Owner);
        Assert.Equal(ExportJobStatus.Failed, stored!.Status);
        Assert.Equal(ExportTexts.InterruptedByRestart, stored.Failure);
        Assert.Empty(hosts.Files);
    }

    [Fact]
    public async Task After_the_retention_period_the_download_is_refused_and_the_sweep_deletes_the_file()
    {
        await using var hosts = new ExportHosts();
        var time = new ShiftedTimeProvider();
        await using var host = hosts.Start(new() { ["Exports:Retention"] = "7.00:00:00" }, time: time);
        var queue = host.Get<ExportQueue>();
        var job = await DoneAsync(host, await EnqueueAsync(host, ExportKind.SmeReport));
        Assert.Equal(job.FinishedUtc!.Value.AddDays(7), job.ExpiresUtc);
        var fresh = await queue.OpenAsync(job.Id, Owner, time.UtcNow());
        Assert.Equal(ExportDownloadState.Ready, fresh.State);
        await fresh.File!.DisposeAsync();

        time.Offset = TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1);
        Assert.Equal(ExportDownloadState.Expired, (await queue.OpenAsync(job.Id, Owner, time.UtcNow())).State);
        Assert.Equal([job.FinalName], hosts.Files);

        await queue.SweepAsync();
        Assert.Empty(hosts.Files);
        Assert.Equal(ExportJobStatus.Expired, (await host.Get<ExportJobStore>().FindAsync(job.Id, Owner))!.Status);
        Assert.Equal(ExportDownloadState.Expired, (await queue.OpenAsync(job.Id, Owner, time.UtcNow())).State);
    }

    [Fact]
    public async Task The_queue_refuses_past_the_limit_per_user_and_in_total_with_a_message()
    {
        await using var hosts = new ExportHosts();
        var writer = new BlockingExportWriter();
        await using var host = hosts.Start(new() { ["Exports:MaxActivePerUser"] = "2", ["Exports:MaxActiveTotal"] = "3", ["Exports:Workers"] = "1" }, writer);
        await EnqueueAsync(host, ExportKind.RawPlans);
        await EnqueueAsync(host, ExportKind.RawProjects);

        var perUser = await Assert.ThrowsAsync<DomainException>(() => EnqueueAsync(host, ExportKind.RawIntentions));
        Assert.Equal(ExportTexts.TooManyForUser(2), perUser.Text);
        Assert.Contains("2 个导出", perUser.Text.Zh);

        await EnqueueAsync(host, ExportKind.RawPlans, owner: Other);
        var total = await Assert.ThrowsAsync<DomainException>(() => EnqueueAsync(host, ExportKind.RawPlans, owner: "440000cz"));
        Assert.Equal(ExportTexts.QueueFull, total.Text);
        writer.Release.TrySetResult();
    }

    [Fact]
    public async Task A_cancelled_export_stops_and_leaves_no_file_and_another_user_cannot_cancel_or_download()
    {
        await using var hosts = new ExportHosts();
        var writer = new BlockingExportWriter();
        await using var host = hosts.Start(writer: writer);
        var queue = host.Get<ExportQueue>();
        var job = await EnqueueAsync(host, ExportKind.RawPlans);
        await writer.Started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(500, queue.LiveRows(job.Id));

        await queue.CancelAsync(job.Id, Other);
        Assert.Null(await host.Get<ExportJobStore>().FindAsync(job.Id, Other));
        Assert.Equal(ExportJobStatus.Running, (await host.Get<ExportJobStore>().FindAsync(job.Id, Owner))!.Status);

        await queue.CancelAsync(job.Id, Owner);
        var cancelled = await DoneAsync(host, job);
        Assert.Equal(ExportJobStatus.Cancelled, cancelled.Status);
        Assert.Empty(hosts.Files);
        var anonymous = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress }.GetAsync($"/exports/{job.Id}");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }
}

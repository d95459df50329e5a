using Bunit;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Portal.Components.Workspaces.Mall;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The form that records a plan line carried out on the old execution platform: the use case's refusals at their fields, a valid record stored.</summary>
public sealed class OldPlatformRecordFormTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<PlanExecution>());
    }

    private MallScenario Mall => new(Store.Services, new ProjectScenario(Store.Services));

    private async Task<(IRenderedComponent<OldPlatformRecordForm> Form, Func<int> Recorded)> FormAsync()
    {
        var plan = await Mall.FiledPlanAsync(50_000m);
        var op = await Mall.OperatorAsync();
        var recorded = 0;
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var form = Render<OldPlatformRecordForm>(p => p.Add(x => x.PlanId, plan.Id).Add(x => x.PlanItemId, plan.Items[0].Id).Add(x => x.Actor, op).Add(x => x.OnRecorded, () => recorded++));
        return (form, () => recorded);
    }

    private static AngleSharp.Dom.IElement Control(IRenderedComponent<OldPlatformRecordForm> form, string label) =>
        form.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    private static string Helper(IRenderedComponent<OldPlatformRecordForm> form, string label) =>
        Control(form, label).QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";

    private static Task SaveAsync(IRenderedComponent<OldPlatformRecordForm> form) =>
        form.InvokeAsync(() => form.FindAll("button").Single(b => b.TextContent.Trim() == "登记").Click());

    [Fact]
    public async Task A_missing_reference_and_a_day_in_the_future_are_shown_at_their_fields_and_nothing_is_recorded()
    {
        var (form, recorded) = await FormAsync();
        Assert.Equal("2026-11-27", Control(form, "执行日期").QuerySelector("input")!.GetAttribute("value"));
        Control(form, "成交金额（元）").QuerySelector("input")!.Change("30000");
        Control(form, "执行日期").QuerySelector("input")!.Change("2026-11-28");

        await SaveAsync(form);

        form.WaitForAssertion(() => Assert.Contains("请填写旧平台的项目编号", Helper(form, "旧平台项目编号"), StringComparison.Ordinal));
        Assert.Contains("执行日期不能晚于今天。", Helper(form, "执行日期"), StringComparison.Ordinal);
        Assert.Equal("", Helper(form, "成交金额（元）"));
        Assert.Equal(0, recorded());
        await using var db = Store.Db();
        Assert.False(await db.OldPlatformRecords.AnyAsync());
    }

    [Fact]
    public async Task A_valid_record_is_stored_against_the_line_and_the_panel_told()
    {
        var (form, recorded) = await FormAsync();
        Control(form, "旧平台项目编号").QuerySelector("input")!.Change("GDZC-2026-0188");
        Control(form, "成交金额（元）").QuerySelector("input")!.Change("30000");

        await SaveAsync(form);

        form.WaitForAssertion(() => Assert.Equal(1, recorded()));
        Assert.Empty(form.FindAll(".mud-input-error"));
        await using var db = Store.Db();
        var record = await db.OldPlatformRecords.SingleAsync();
        Assert.Equal(("GDZC-2026-0188", 30_000m, new DateOnly(2026, 11, 27)), (record.Reference, record.Amount.Yuan, record.CarriedOutOn));
    }
}

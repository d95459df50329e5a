using System.Globalization;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>The shared timeline: who did what and when, newest first, with reasons marked.</summary>
public sealed class TimelineTests : BunitContext, IAsyncLifetime
{
    private static readonly DateTime Morning = new(2026, 11, 30, 1, 0, 0, DateTimeKind.Utc);

    public TimelineTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddOptions<InputLimits>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
    }

    [Fact]
    public void Steps_read_newest_first_with_their_label_actor_and_beijing_time()
    {
        IEnumerable<PlanEvent> events =
        [
            new(PlanAction.Created, PlanStatus.Draft, PlanStatus.Draft, "经办甲", null, Morning),
            new(PlanAction.SubmittedForReview, PlanStatus.Draft, PlanStatus.PendingReview, "经办甲", null, Morning.AddHours(2)),
        ];

        var timeline = Render<Timeline>(p => p.Add(t => t.Entries, events.AsTimeline()).Add(t => t.TestId, "plan-timeline"));

        var steps = timeline.FindAll(".mud-timeline-item").Select(i => i.TextContent.Trim()).ToList();
        Assert.Equal(["经办提交审核 · 经办甲 · 2026-11-30 11:00:00", "创建草稿 · 经办甲 · 2026-11-30 09:00:00"], steps);
        Assert.Contains("办理记录", timeline.Find("[data-testid=plan-timeline] h2").TextContent);
    }

    [Fact]
    public void A_step_with_a_reason_shows_the_reason_and_is_marked()
    {
        IEnumerable<PlanEvent> events =
        [
            new(PlanAction.ReturnedByRegulator, PlanStatus.PendingFiling, PlanStatus.Returned, "财政乙", "请补充采购需求论证", Morning),
            new(PlanAction.Created, PlanStatus.Draft, PlanStatus.Draft, "经办甲", null, Morning.AddHours(-1)),
        ];

        var timeline = Render<Timeline>(p => p.Add(t => t.Entries, events.AsTimeline()));

        Assert.Equal("理由：请补充采购需求论证", timeline.Find("[data-testid=timeline-reason]").TextContent);
        var colours = timeline.FindComponents<MudTimelineItem>().Select(i => i.Instance.Color).ToList();
        Assert.Equal([Color.Warning, Color.Primary], colours);
    }

    [Fact]
    public void A_project_step_shows_its_note_plainly()
    {
        var entries = new[] { new TimelineEntry($"ProjectAction.{ProjectAction.Clarified}", "代理丙", Morning, Note: "更正开标时间") };

        var timeline = Render<Timeline>(p => p.Add(t => t.Entries, entries));

        Assert.Equal("更正开标时间", timeline.Find("[data-testid=timeline-note]").TextContent);
        Assert.Empty(timeline.FindAll("[data-testid=timeline-reason]"));
        Assert.Contains("澄清修改", timeline.Markup);
        Assert.Equal(Color.Primary, timeline.FindComponent<MudTimelineItem>().Instance.Color);
    }

    [Fact]
    public void An_empty_timeline_says_that_nothing_was_recorded_yet()
    {
        var timeline = Render<Timeline>(p => p.Add(t => t.Entries, Array.Empty<TimelineEntry>()));

        Assert.Contains("还没有办理记录", timeline.Find("[data-testid=empty-state]").TextContent);
        Assert.Empty(timeline.FindAll(".mud-timeline-item"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

using Bunit;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Components.Workspaces.Projects;
using GovProcurement.Portal.Components.Workspaces.Rules;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The facts of a project as its parties read them (parties, method, scoring with its price weight, SME deduction,
/// deadline in Beijing time, lots), the statutory dates with their sources, and the working-day calendar card.
/// </summary>
public sealed class ProjectFactsTests : ProjectComponentTest
{
    protected override void ArrangeServices() => Services.AddSingleton<TimeProvider>(Time);

    private static string Fact(IRenderedComponent<ProjectFacts> facts, string label) =>
        facts.FindAll(".mud-grid-item").Single(i => i.QuerySelector(".mud-typography-caption")?.TextContent.Trim() == label).QuerySelectorAll(".mud-typography")[1].TextContent.Trim();

    [Fact]
    public async Task A_prepared_project_shows_its_parties_scoring_deduction_and_lot_and_no_deadline_before_the_announcement()
    {
        var scenario = new ProjectScenario(Store.Services);
        var projectId = await scenario.PreparedProjectAsync();
        var agency = await scenario.ActorAsync(ProjectScenario.Agency);
        var detail = (await Store.Get<ProjectQueries>().GetAsync(projectId, agency))!;

        var facts = Render<ProjectFacts>(p => p.Add(x => x.Detail, detail));

        Assert.Equal("江门市第一中学", Fact(facts, "采购人"));
        Assert.Equal("江门市公共资源交易中心", Fact(facts, "采购代理机构"));
        Assert.Equal("竞争性磋商", Fact(facts, "采购方式"));
        Assert.Equal("综合评分法（价格分比重 30%）", Fact(facts, "评审方法"));
        Assert.Equal("10%", Fact(facts, "小微企业价格扣除"));
        Assert.Equal("—", facts.Find("[data-testid=project-deadline]").TextContent.Trim());
        var lot = facts.Find("[data-testid=lot-table] tbody tr").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["1", "校园物业管理"], lot[..2]);
        Assert.StartsWith("C1204", lot[2], StringComparison.Ordinal);
        Assert.Equal("¥1,550,000.00", lot[4]);
        Assert.Contains("具有物业服务相关经验", facts.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("开标、评审在线下进行", facts.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_announced_project_shows_its_deadline_in_beijing_time()
    {
        var scenario = new ProjectScenario(Store.Services);
        var projectId = await scenario.PreparedProjectAsync();
        var deadlineUtc = await scenario.AnnounceAsync(projectId);
        var detail = (await Store.Get<ProjectQueries>().GetAsync(projectId, await scenario.ActorAsync(ProjectScenario.Agency)))!;

        var facts = Render<ProjectFacts>(p => p.Add(x => x.Detail, detail));

        Assert.Equal(deadlineUtc.Add(Clock.ChinaOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), facts.Find("[data-testid=project-deadline]").TextContent.Trim()[..16]);
        Assert.EndsWith("09:30", facts.Find("[data-testid=project-deadline]").TextContent.Trim()[..16], StringComparison.Ordinal);
    }

    [Fact]
    public void The_statutory_dates_are_listed_with_their_reason_day_and_source()
    {
        var dates = Render<StatutoryDates>(p => p.Add(x => x.Dates, [
            new StatutoryDate(default, new DateOnly(2026, 12, 11), new Bilingual("磋商文件发出之日起至提交响应文件截止之日止不得少于10日", "At least 10 days"), "《政府采购竞争性磋商采购方式管理暂行办法》第十条"),
        ]));

        Assert.Equal(["磋商文件发出之日起至提交响应文件截止之日止不得少于10日", "2026-12-11", "《政府采购竞争性磋商采购方式管理暂行办法》第十条"],
            dates.Find("[data-testid=statutory-dates] tbody tr").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Select(t => t.Split(" / ")[0]));
    }

    [Fact]
    public void The_calendar_card_lists_every_loaded_year_with_its_holidays_make_up_days_and_source()
    {
        var calendar = WorkingDayCalendar.China;

        var card = Render<WorkingDayCalendarCard>();

        var rows = card.FindAll("[data-testid=calendar] tbody tr");
        Assert.Equal(calendar.LastYear - calendar.FirstYear + 1, rows.Count);
        var first = calendar.Year(calendar.FirstYear)!;
        var cells = rows[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.StartsWith(calendar.FirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0], StringComparison.Ordinal);
        Assert.Equal(first.Provisional, cells[0].Contains("暂定", StringComparison.Ordinal));
        Assert.Contains($"{first.Holidays[0].Name} {first.Holidays[0].From:MM-dd}–{first.Holidays[0].To:MM-dd}", cells[1], StringComparison.Ordinal);
        Assert.Equal(first.Citation, cells[3]);
    }
}

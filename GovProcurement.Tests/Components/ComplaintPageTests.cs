using Bunit;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Complaints;
using GovProcurement.Portal.Components.Workspaces.Challenges;
using GovProcurement.Tests.Projects;

namespace GovProcurement.Tests.Components;

/// <summary>
/// A complaint's page (投诉): the check, the pause and resumption of the clock, the suspension and the decision offered only
/// to the finance department of the project's region, each step done on the page changing what is shown; the complainant,
/// the purchaser and the agency reading without steps; and the "not found" text for whoever may not see the complaint.
/// </summary>
public sealed class ComplaintPageTests : ChallengeComponentTest
{
    private const string Pause = "暂停计时（检验、鉴定、专家评审）";

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;

    /// <summary>The loser's complaint on its answered result challenge, not yet checked: (challenge, complaint).</summary>
    private async Task<(Guid Challenge, Complaint Complaint)> FiledAsync()
    {
        var (_, _, challenge, complaint) = await Scenario.ComplainedAsync();
        return (challenge, (await Scenario.Complaints.GetAsync(complaint, await Scenario.RegulatorAsync()))!.Complaint);
    }

    private IRenderedComponent<ComplaintPage> Page(Guid id)
    {
        var page = Open<ComplaintPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.True(page.FindAll("h1").Count + page.FindAll("[role=status]").Count > 0), Patience);
        return page;
    }

    private static string StatusOf(IRenderedComponent<ComplaintPage> page) => Status(page.Find("[data-testid=complaint-status]"));

    private static IReadOnlyList<string[]> Deadlines(IRenderedComponent<ComplaintPage> page) => Rows(page.Find("[data-testid=complaint-deadlines]"));

    private static string Timeline(IRenderedComponent<ComplaintPage> page) => page.Find("[data-testid=complaint-timeline]").TextContent;

    [Fact]
    public async Task The_regions_finance_department_is_offered_the_check_and_accepting_on_the_page_offers_the_pause_the_suspension_and_the_decision()
    {
        var (challengeId, complaint) = await FiledAsync();
        SignIn(await Scenario.RegulatorAsync());

        var page = Page(complaint.Id);

        Assert.Equal($"投诉 {complaint.Number}", page.Find("h1").TextContent.Trim());
        Assert.Equal("待审查", StatusOf(page));
        Assert.Equal(["受理", "不予受理"], Buttons(page));
        Assert.Contains("请求认定中标结果无效并重新评审。", page.Markup, StringComparison.Ordinal);
        var challenge = await Scenario.Challenges.GetAsync(challengeId, await Scenario.RegulatorAsync());
        Assert.Equal($"/challenges/{challengeId}", page.FindAll("a").Single(a => a.TextContent.Trim() == challenge!.Challenge.Number).GetAttribute("href"));
        var deadlines = Deadlines(page);
        Assert.Equal(2, deadlines.Count);
        Assert.Equal(["审查投诉（受理或不予受理）", Day(Calendar.AddWorkingDays(complaint.FiledOn, 5)), "未完成"], deadlines[0][..3]);
        Assert.Contains("第二十一条", deadlines[0][3], StringComparison.Ordinal);
        Assert.Equal(["作出处理决定（检验、鉴定、专家评审时间不计）", Day(Calendar.AddWorkingDays(complaint.FiledOn, 30)), "未完成"], deadlines[1][..3]);
        Assert.Empty(page.FindAll("[data-testid=complaint-suspension]"));

        Click(page, "受理");

        page.WaitForAssertion(() => Assert.Equal("已受理，处理中", StatusOf(page)), Patience);
        Assert.Equal([Pause, "暂停采购活动", "作出处理决定"], Buttons(page));
        Assert.Equal($"{Day(Today)} 完成", Deadlines(page)[0][2]);
        Assert.Contains("受理投诉", Timeline(page), StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Accepted, (await Scenario.Complaints.GetAsync(complaint.Id, await Scenario.RegulatorAsync()))!.Complaint.Status);
    }

    [Fact]
    public async Task Rejecting_on_the_page_asks_for_the_reason_shows_it_and_leaves_no_step_and_no_decision_deadline()
    {
        var (_, complaint) = await FiledAsync();
        SignIn(await Scenario.RegulatorAsync());
        var page = Page(complaint.Id);

        Click(page, "不予受理");
        GiveReason("投诉人未依法先行提出质疑的事项，不予受理。");

        page.WaitForAssertion(() => Assert.Equal("不予受理", StatusOf(page)), Patience);
        Assert.Equal("不予受理理由：投诉人未依法先行提出质疑的事项，不予受理。", page.Find(".mud-alert[role=status]").TextContent.Trim());
        Assert.Empty(Buttons(page));
        Assert.Equal(["审查投诉（受理或不予受理）"], Deadlines(page).Select(r => r[0]));
        Assert.Contains("投诉人未依法先行提出质疑的事项", Timeline(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pausing_on_the_page_offers_only_the_resumption_and_the_suspension_and_suspending_shows_its_days()
    {
        var (_, complaint) = await FiledAsync();
        var regulator = await Scenario.RegulatorAsync();
        await Scenario.Complaints.AcceptAsync(complaint.Id, regulator);
        SignIn(regulator);
        var page = Page(complaint.Id);

        Click(page, Pause);
        GiveReason("委托检测机构对中标供应商的业绩证明进行鉴定。");

        page.WaitForAssertion(() => Assert.Equal("暂停计时", StatusOf(page)), Patience);
        Assert.Equal(["恢复计时", "暂停采购活动"], Buttons(page));
        Assert.Empty(page.FindAll("textarea"));
        Assert.Contains("委托检测机构对中标供应商的业绩证明进行鉴定。", Timeline(page), StringComparison.Ordinal);

        Click(page, "暂停采购活动");

        page.WaitForAssertion(() => Assert.Equal($"暂停采购活动：{Day(Today)} 至 {Day(Today.AddDays(10))}", page.Find("[data-testid=complaint-suspension]").TextContent.Trim()), Patience);
        Assert.Equal("暂停计时", StatusOf(page));

        Click(page, "恢复计时");

        page.WaitForAssertion(() => Assert.Equal("已受理，处理中", StatusOf(page)), Patience);
        Assert.Equal([Pause, "暂停采购活动", "作出处理决定"], Buttons(page));
        Assert.Contains("恢复计时", Timeline(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upheld_decision_without_a_remedy_is_refused_on_the_page_and_the_decision_with_one_is_shown_with_its_notice()
    {
        var (_, complaint) = await FiledAsync();
        var regulator = await Scenario.RegulatorAsync();
        await Scenario.Complaints.AcceptAsync(complaint.Id, regulator);
        SignIn(regulator);
        var page = Page(complaint.Id);

        Choose(page, "处理结论", "投诉事项成立");
        Field(page, "处理决定").Change("经调查，采购文件的评分标准设置不当，责令修改。");
        Click(page, "作出处理决定");

        Messages.WaitForAssertion(() => Assert.Contains("投诉成立须选择处理方式；驳回投诉不选处理方式。", Messages.Markup, StringComparison.Ordinal), Patience);
        Assert.Equal("已受理，处理中", StatusOf(page));
        Assert.Empty(page.FindAll("[data-testid=complaint-outcome]"));

        Choose(page, "处理方式（投诉成立时）", "责令修改采购文件");
        Click(page, "作出处理决定");

        page.WaitForAssertion(() => Assert.Equal("已作出处理决定", StatusOf(page)), Patience);
        Assert.Equal("处理结论：投诉事项成立；处理方式：责令修改采购文件", page.Find("[data-testid=complaint-outcome]").TextContent.Trim());
        Assert.Contains("经调查，采购文件的评分标准设置不当，责令修改。", page.Markup, StringComparison.Ordinal);
        Assert.Contains("处理决定", Headings(page));
        var decided = (await Scenario.Complaints.GetAsync(complaint.Id, regulator))!.Complaint;
        Assert.Equal($"/notices/{decided.NoticeId}", page.FindAll("a").Single(a => a.TextContent.Trim() == "查看投诉处理结果公告").GetAttribute("href"));
        Assert.Empty(Buttons(page));
        Assert.Equal($"{Day(Today)} 完成", Deadlines(page)[1][2]);
        Assert.Contains("作出处理决定", Timeline(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_complainant_the_purchaser_and_the_agency_only_read_and_an_outsider_another_region_or_an_unknown_complaint_get_the_not_found_text()
    {
        var (_, complaint) = await FiledAsync();

        foreach (var party in new[] { await Scenario.LoserAsync(), await Scenario.PurchaserAsync(), await Scenario.AgencyAsync() })
        {
            SignIn(party);
            var page = Page(complaint.Id);
            Assert.Equal($"投诉 {complaint.Number}", page.Find("h1").TextContent.Trim());
            Assert.Equal("待审查", StatusOf(page));
            Assert.Empty(Buttons(page));
            Assert.Empty(page.FindAll("textarea"));
            Assert.Equal(2, Deadlines(page).Count);
        }

        foreach (var stranger in new[] { await Scenario.WinnerAsync(), await Scenario.OutsiderAsync(), await Scenario.OtherRegulatorAsync(), await Stages.ActorAsync(Relation.OtherPurchaser) })
        {
            SignIn(stranger);
            var page = Page(complaint.Id);
            Assert.Equal("投诉不存在或无权查看。", page.Find("[role=status]").TextContent.Trim());
            Assert.Empty(page.FindAll("h1"));
            Assert.DoesNotContain(complaint.Matters, page.Markup, StringComparison.Ordinal);
        }

        SignIn(await Scenario.RegulatorAsync());
        Assert.Equal("投诉不存在或无权查看。", Page(Guid.NewGuid()).Find("[role=status]").TextContent.Trim());
    }
}

using Bunit;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Complaints;
using GovProcurement.Portal.Components.Workspaces.Challenges;
using GovProcurement.Tests.Projects;

namespace GovProcurement.Tests.Components;

/// <summary>
/// A challenge's page (质疑): its deadlines with their rules, the written answer offered only to the purchaser and the agency,
/// the complaint offered only to the challenger once answered, each step done on the page changing what is shown, and
/// the "not found" text for whoever may not see the challenge.
/// </summary>
public sealed class ChallengePageTests : ChallengeComponentTest
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;

    /// <summary>The loser's result challenge on an awarded project, not yet answered.</summary>
    private async Task<Challenge> FiledAsync()
    {
        var s = Scenario;
        var (project, _) = await s.AwardedWithContractAsync();
        return await s.Challenges.FileAsync(project, ChallengeSubject.Result, "中标供应商的业绩证明与事实不符，评分有误。", await s.LoserAsync());
    }

    private IRenderedComponent<ChallengePage> Page(Guid id)
    {
        var page = Open<ChallengePage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.True(page.FindAll("h1").Count + page.FindAll("[role=status]").Count > 0));
        return page;
    }

    private static IReadOnlyList<string[]> Deadlines(IRenderedComponent<ChallengePage> page) => Rows(page.Find("[data-testid=challenge-deadlines]"));

    [Fact]
    public async Task The_agency_is_offered_only_the_written_answer_with_the_three_deadlines_and_answering_on_the_page_shows_the_answer()
    {
        var challenge = await FiledAsync();
        var filedOn = Today;
        SignIn(await Scenario.AgencyAsync());

        var page = Page(challenge.Id);

        Assert.Equal($"质疑 {challenge.Number}", page.Find("h1").TextContent.Trim());
        Assert.Equal("待书面答复", Status(page.Find("[data-testid=challenge-status]")));
        Assert.Equal(["书面答复"], Buttons(page));
        Assert.Equal("中标供应商的业绩证明与事实不符，评分有误。", page.Find("[data-testid=challenge-points]").TextContent.Trim());
        var answerDue = Calendar.AddWorkingDays(filedOn, 7);
        var deadlines = Deadlines(page);
        Assert.Equal(3, deadlines.Count);
        Assert.Equal(["提出质疑", Day(Calendar.AddWorkingDays(challenge.WindowStart, 7)), $"{Day(filedOn)} 完成"], deadlines[0][..3]);
        Assert.Contains("第十、十一条", deadlines[0][3], StringComparison.Ordinal);
        Assert.Equal(["书面答复质疑", Day(answerDue), "未完成"], deadlines[1][..3]);
        Assert.Contains("第十三条：收到质疑函后7个工作日内作出书面答复", deadlines[1][3], StringComparison.Ordinal);
        Assert.Equal(["提起投诉（如不满意或未获答复）", Day(Calendar.AddWorkingDays(answerDue, 15)), "未完成"], deadlines[2][..3]);
        Assert.Contains("第十七条", deadlines[2][3], StringComparison.Ordinal);
        Assert.DoesNotContain("答复", Headings(page));

        page.Find("input[type=checkbox]").Change(true);
        Field(page, "答复内容").Change("经复核，中标供应商一项业绩证明不实，质疑成立。");
        Click(page, "书面答复");

        page.WaitForAssertion(() => Assert.Equal("已书面答复", Status(page.Find("[data-testid=challenge-status]"))));
        Assert.Empty(Buttons(page));
        Assert.Contains("答复", Headings(page));
        Assert.Equal("经复核，中标供应商一项业绩证明不实，质疑成立。", page.Find("[data-testid=challenge-answer]").TextContent.Trim());
        Assert.Contains("答复结论：质疑成立", page.Markup, StringComparison.Ordinal);
        Assert.Equal(64, page.Find("[data-testid=answer-digest]").TextContent.Trim().Length);
        Assert.Equal($"/challenges/{challenge.Id}/answer.pdf", page.FindAll("a").Single(a => a.TextContent.Trim() == "下载质疑答复函（PDF）").GetAttribute("href"));
        Assert.Equal($"{Day(Today)} 完成", Deadlines(page)[1][2]);
        Assert.Contains("书面答复", page.Find("[data-testid=challenge-timeline]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_challenger_is_offered_no_step_before_the_answer_and_the_complaint_after_it_and_complaining_on_the_page_links_the_complaint()
    {
        var challenge = await FiledAsync();
        var loser = await Scenario.LoserAsync();
        SignIn(loser);
        var before = Page(challenge.Id);
        Assert.Empty(Buttons(before));
        Assert.Empty(before.FindAll("textarea"));

        await Scenario.Challenges.AnswerAsync(challenge.Id, false, "经复核，业绩证明真实，评分无误，质疑不成立。", await Scenario.AgencyAsync());
        var page = Page(challenge.Id);
        Assert.Equal(["提起投诉"], Buttons(page));
        Assert.Contains("答复结论：质疑不成立", page.Markup, StringComparison.Ordinal);

        Field(page, "投诉事项和请求").Change("请求认定中标结果无效并重新评审。");
        Click(page, "提起投诉");

        var complaint = (await Scenario.Complaints.ListAsync(loser)).Single();
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("a"), a => a.TextContent.Trim() == $"投诉 {complaint.Number}"));
        Assert.Equal($"/complaints/{complaint.Id}", page.FindAll("a").Single(a => a.TextContent.Trim() == $"投诉 {complaint.Number}").GetAttribute("href"));
        Assert.Contains("待审查", page.Markup, StringComparison.Ordinal);
        Assert.Empty(Buttons(page));
        Assert.Equal($"{Day(Today)} 完成", Deadlines(page)[2][2]);
        Assert.Contains("提起投诉", page.Find("[data-testid=challenge-timeline]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_purchaser_may_answer_the_finance_department_only_reads_and_a_stranger_or_an_unknown_challenge_gets_the_not_found_text()
    {
        var challenge = await FiledAsync();

        SignIn(await Scenario.PurchaserAsync());
        Assert.Equal(["书面答复"], Buttons(Page(challenge.Id)));

        SignIn(await Scenario.RegulatorAsync());
        var regulator = Page(challenge.Id);
        Assert.Equal($"质疑 {challenge.Number}", regulator.Find("h1").TextContent.Trim());
        Assert.Empty(Buttons(regulator));

        foreach (var stranger in new[] { await Scenario.WinnerAsync(), await Scenario.OtherRegulatorAsync(), await Stages.ActorAsync(Relation.OtherPurchaser) })
        {
            SignIn(stranger);
            var page = Page(challenge.Id);
            Assert.Equal("质疑不存在或无权查看。", page.Find("[role=status]").TextContent.Trim());
            Assert.Empty(page.FindAll("h1"));
            Assert.DoesNotContain(challenge.Points, page.Markup, StringComparison.Ordinal);
        }

        Assert.Equal("质疑不存在或无权查看。", Page(Guid.NewGuid()).Find("[role=status]").TextContent.Trim());
    }
}

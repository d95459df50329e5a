using Bunit;
using GovProcurement.Domain.Complaints;
using GovProcurement.Portal.Components.Workspaces.Challenges;

namespace GovProcurement.Tests.Components;

/// <summary>
/// A project's inquiries and challenges (询问与质疑): a bidder is shown each subject's period and files a challenge or asks on the
/// page; the purchaser or agency answers an inquiry on the page; the region's finance department only reads; a supplier that
/// did not take part sees only the inquiry form and none of the others' records; an empty challenge is refused.
/// </summary>
public sealed class ProjectChallengesPageTests : ChallengeComponentTest
{
    private const string Points = "质疑事项（同一环节的全部事项）";

    private IRenderedComponent<ProjectChallengesPage> Page(Guid project)
    {
        var page = Open<ProjectChallengesPage>(p => p.Add(x => x.Id, project));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=challenge-list]")), Patience);
        return page;
    }

    private static string[] ResultWindow(IRenderedComponent<ProjectChallengesPage> page) =>
        Rows(page.Find("[data-testid=challenge-windows]")).Single(r => r[0] == "中标（成交）结果");

    [Fact]
    public async Task A_bidder_sees_the_result_period_open_and_filing_on_the_page_lists_the_challenge_and_closes_that_subject()
    {
        var (project, _) = await Scenario.AwardedWithContractAsync();
        var loser = await Scenario.LoserAsync();
        var opening = (await Scenario.Challenges.ChoicesAsync(project, loser)).Challenges.Single(o => o.Subject == ChallengeSubject.Result);
        SignIn(loser);
        var page = Page(project);

        Assert.Equal(["中标（成交）结果", Day(opening.Start!.Value), Day(opening.Due!.Value), "可以提出"], ResultWindow(page));
        Assert.Contains("提交质疑函", Buttons(page));
        Assert.Contains("提出询问", Buttons(page));
        Assert.Equal("还没有质疑。参与采购活动的供应商在法定期限内提出的质疑会列在这里。", page.Find("[data-testid=challenge-list] [data-testid=empty-state]").TextContent.Trim());

        Field(page, Points).Change("中标供应商的业绩证明与事实不符，评分有误。");
        Click(page, "提交质疑函");

        var challenge = (await Scenario.Challenges.ListAsync(loser)).Single();
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("a"), a => a.TextContent.Trim() == challenge.Number), Patience);
        Assert.Equal($"/challenges/{challenge.Id}", page.FindAll("a").Single(a => a.TextContent.Trim() == challenge.Number).GetAttribute("href"));
        Assert.Equal(ChallengeSubject.Result, challenge.Subject);
        Assert.Equal("待书面答复", Status(page.Find("[data-testid=challenge-list] [data-testid=challenge-status]")));
        Assert.StartsWith("贵公司已就本环节提出质疑", ResultWindow(page)[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_challenge_is_refused_on_the_page_and_nothing_is_listed()
    {
        var (project, _) = await Scenario.AwardedWithContractAsync();
        var loser = await Scenario.LoserAsync();
        SignIn(loser);
        var page = Page(project);

        Click(page, "提交质疑函");

        Messages.WaitForAssertion(() => Assert.Contains("请填写", Messages.Markup, StringComparison.Ordinal), Patience);
        Assert.Empty(await Scenario.Challenges.ListAsync(loser));
        Assert.Single(page.FindAll("[data-testid=challenge-list] [data-testid=empty-state]"));
        Assert.Equal("可以提出", ResultWindow(page)[3]);
    }

    [Fact]
    public async Task A_question_asked_on_the_page_is_answered_on_the_page_by_the_agency_and_the_region_only_reads_it()
    {
        var (project, _) = await Scenario.AwardedWithContractAsync();
        SignIn(await Scenario.LoserAsync());
        var asking = Page(project);
        Field(asking, "询问内容").Change("评分细则中的业绩分如何计算？");
        Click(asking, "提出询问");
        asking.WaitForAssertion(() => Assert.Single(asking.FindAll("[data-testid=inquiry]")), Patience);
        Assert.Contains("评分细则中的业绩分如何计算？", asking.Find("[data-testid=inquiry]").TextContent, StringComparison.Ordinal);
        Assert.Contains("答复：待答复", asking.Find("[data-testid=inquiry]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("答复询问", Buttons(asking));

        SignIn(await Scenario.RegulatorAsync());
        var regulator = Page(project);
        Assert.Single(regulator.FindAll("[data-testid=inquiry]"));
        Assert.Empty(Buttons(regulator));

        SignIn(await Scenario.AgencyAsync());
        var agency = Page(project);
        Assert.Equal(["答复询问"], Buttons(agency));
        Assert.Empty(agency.FindAll("[data-testid=challenge-windows]"));
        Field(agency, "答复内容").Change("业绩分按近三年同类项目数量计算。");
        Click(agency, "答复询问");

        agency.WaitForAssertion(() => Assert.Contains("答复：业绩分按近三年同类项目数量计算。", agency.Find("[data-testid=inquiry]").TextContent, StringComparison.Ordinal), Patience);
        Assert.Contains("已答复", agency.Find("[data-testid=inquiry]").TextContent, StringComparison.Ordinal);
        Assert.Contains($"{Day(Today)} 完成", Rows(agency.Find("[data-testid=inquiry-deadlines]")).Single()[2], StringComparison.Ordinal);
        Assert.Empty(Buttons(agency));
    }

    [Fact]
    public async Task A_supplier_that_did_not_take_part_is_offered_only_the_inquiry_and_sees_none_of_the_others_records()
    {
        var (project, _) = await Scenario.AwardedWithContractAsync();
        var loser = await Scenario.LoserAsync();
        await Scenario.Challenges.FileAsync(project, ChallengeSubject.Result, "中标供应商的业绩证明与事实不符，评分有误。", loser);
        await Scenario.Challenges.AskAsync(project, ChallengeSubject.Documents, "服务期是否含寒暑假？", loser);
        SignIn(await Scenario.OutsiderAsync());

        var page = Page(project);

        Assert.Equal(["提出询问"], Buttons(page));
        Assert.Empty(page.FindAll("[data-testid=challenge-windows]"));
        Assert.Empty(page.FindAll("[data-testid=inquiry]"));
        Assert.Single(page.FindAll("[data-testid=challenge-list] [data-testid=empty-state]"));
        Assert.DoesNotContain("评分有误", page.Markup, StringComparison.Ordinal);
    }
}

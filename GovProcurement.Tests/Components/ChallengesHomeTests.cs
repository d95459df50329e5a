using Bunit;
using GovProcurement.Portal.Components.Workspaces.Challenges;
using GovProcurement.Tests.Projects;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The challenges and complaints list (质疑与投诉): the challenger, the respondents and the region's finance department each see
/// the challenge and its complaint with links to their pages; another supplier and another region see the empty states, which
/// show only once both lists have been read.
/// </summary>
public sealed class ChallengesHomeTests : ChallengeComponentTest
{
    private const string NoChallenges = "还没有质疑。参与采购活动的供应商在法定期限内提出的质疑会列在这里。";

    private const string NoComplaints = "还没有投诉。对质疑答复不满意或未获答复的供应商提起的投诉会列在这里。";

    /// <summary>The page once both lists are read: the loading bar gone and both tables shown.</summary>
    private IRenderedComponent<ChallengesHome> Loaded()
    {
        var page = Open<ChallengesHome>();
        page.WaitForAssertion(() =>
        {
            Assert.Empty(page.FindAll("[aria-label=正在读取质疑和投诉]"));
            Assert.Single(page.FindAll("[data-testid=complaint-list]"));
        }, Patience);
        return page;
    }

    private static IReadOnlyList<string[]> Table(IRenderedComponent<ChallengesHome> page, string testId) => Rows(page.Find($"[data-testid={testId}]"));

    [Fact]
    public async Task The_challenger_the_respondents_and_the_regions_finance_department_see_the_challenge_and_its_complaint_with_links()
    {
        var (_, _, challengeId, complaintId) = await Scenario.ComplainedAsync();
        var regulator = await Scenario.RegulatorAsync();
        var challenge = (await Scenario.Challenges.GetAsync(challengeId, regulator))!.Challenge;
        var complaint = (await Scenario.Complaints.GetAsync(complaintId, regulator))!.Complaint;

        foreach (var actor in new[] { regulator, await Scenario.LoserAsync(), await Scenario.PurchaserAsync(), await Scenario.AgencyAsync() })
        {
            SignIn(actor);
            var page = Loaded();

            Assert.Equal("质疑与投诉", page.Find("h1").TextContent.Trim());
            var challenges = Table(page, "challenge-list");
            Assert.Equal([challenge.Number, $"{challenge.ProjectNumber} {challenge.ProjectTitle}", challenge.SupplierName, "中标（成交）结果", Day(Today)],
                Assert.Single(challenges)[..5]);
            Assert.Equal("已书面答复", Status(page.Find("[data-testid=challenge-list] [data-testid=challenge-status]")));
            Assert.Equal($"/challenges/{challengeId}", page.FindAll("a").Single(a => a.TextContent.Trim() == challenge.Number).GetAttribute("href"));
            Assert.Equal([complaint.Number, $"{complaint.ProjectNumber} {complaint.ProjectTitle}", complaint.SupplierName, Day(Today)], Assert.Single(Table(page, "complaint-list"))[..4]);
            Assert.Equal("待审查", Status(page.Find("[data-testid=complaint-list] [data-testid=complaint-status]")));
            Assert.Equal($"/complaints/{complaintId}", page.FindAll("a").Single(a => a.TextContent.Trim() == complaint.Number).GetAttribute("href"));
            Assert.Empty(page.FindAll("[data-testid=empty-state]"));
        }
    }

    [Fact]
    public async Task Another_supplier_another_unit_and_another_region_see_both_empty_states_once_the_lists_are_read()
    {
        var (_, _, challengeId, complaintId) = await Scenario.ComplainedAsync();

        foreach (var stranger in new[] { await Scenario.WinnerAsync(), await Scenario.OtherRegulatorAsync(), await Stages.ActorAsync(Relation.OtherPurchaser) })
        {
            SignIn(stranger);
            var page = Loaded();

            Assert.Equal([NoChallenges, NoComplaints], page.FindAll("[data-testid=empty-state]").Select(e => e.TextContent.Trim()));
            Assert.DoesNotContain(page.FindAll("a"), a => a.GetAttribute("href") == $"/challenges/{challengeId}" || a.GetAttribute("href") == $"/complaints/{complaintId}");
            Assert.Equal([1, 1], new[] { Table(page, "challenge-list").Count, Table(page, "complaint-list").Count });
        }
    }

    [Fact]
    public async Task With_nothing_filed_the_region_sees_the_loading_bar_give_way_to_both_empty_states()
    {
        SignIn(await Scenario.RegulatorAsync());

        var page = Loaded();

        Assert.Equal(["质疑", "投诉"], Headings(page));
        Assert.Equal([NoChallenges, NoComplaints], page.FindAll("[data-testid=empty-state]").Select(e => e.TextContent.Trim()));
        Assert.Empty(page.FindAll("tbody a"));
    }
}

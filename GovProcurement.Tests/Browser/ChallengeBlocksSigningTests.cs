using System.Text.RegularExpressions;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Tests.Complaints;
using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal whose clock moves past the bid deadline, holding a project with its result published and the winner's contract sent.</summary>
public sealed class ChallengeBlocksSigningFixture : BrowserFixture
{
    public ShiftedTimeProvider Clock { get; } = new();

    protected override TimeProvider? Time => Clock;

    /// <summary>
    /// Through the domain, as <see cref="ChallengeScenario.AwardedWithContractAsync"/> does over a store: the small supplier
    /// wins at 1,450,000 yuan, the micro supplier loses at 1,480,000, the result is announced and the contract sent: (project, contract).
    /// </summary>
    public async Task<(Guid Project, Guid Contract)> AwardedWithContractAsync()
    {
        var scenario = new ProjectScenario(Host.Services);
        var agency = await scenario.ActorAsync(ProjectScenario.Agency);
        var project = await scenario.PreparedProjectAsync();
        var deadline = await scenario.AnnounceAsync(project);
        await scenario.BidAsync(project, ProjectScenario.SmallSupplier, 1_450_000m, "small offer");
        await scenario.BidAsync(project, ProjectScenario.MicroSupplier, 1_480_000m, "micro offer");
        Clock.Offset = deadline - DateTime.UtcNow + TimeSpan.FromHours(1);

        var record = await Host.Get<BidOpening>().OpenAsync(project, agency);
        var panel = await Host.Get<PanelDrawing>().DrawAsync(project, 3, agency);
        var evaluation = Host.Get<ProjectEvaluation>();
        await evaluation.FinishAsync(project, record.Lines.SelectMany(l => panel.Members.Select(m => new ScoreEntry(1, l.BidId, m.Id, 60m))).ToList(), [], agency);
        await evaluation.ConfirmWinnersAsync(project, await scenario.ActorAsync(ProjectScenario.Reviewer));
        await evaluation.PublishResultAsync(project, agency);

        var purchaser = await scenario.ActorAsync(ProjectScenario.Operator);
        var contracts = Host.Get<GovContracts>();
        var opening = (await contracts.OpeningsForProjectAsync(project, purchaser)).Single();
        var contract = await contracts.DraftAsync(opening.Subject, ChallengeScenario.Draft(opening.Origin.Ceiling), purchaser);
        await contracts.SendAsync(contract.Id, purchaser);
        return (project, contract.Id);
    }
}

/// <summary>
/// A losing supplier challenges the award, the agency answers that the challenge is not well-founded, the supplier
/// complains to the finance department, and neither party is offered to confirm the contract while the challenge
/// and the complaint are pending (实施条例第五十四条, said on the contract page); once the complaint is dismissed
/// signing is offered again and the 投诉处理结果公告 is on the public notice list.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class ChallengeBlocksSigningTests(ChallengeBlocksSigningFixture browser) : IClassFixture<ChallengeBlocksSigningFixture>
{
    private const string Rule = "第五十四条";
    private const string Answer = "经复核，中标供应商的业绩证明真实，评分无误，质疑不成立。";
    private const string Decision = "经调查，投诉缺乏事实依据，予以驳回。";

    private async Task<IPage> SignedInAsync(string userName, string initialPassword)
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync(userName, initialPassword);
        await page.WaitForSignedInAsync();
        return page;
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The party's confirmation is not offered, and the page says why, with the rule.</summary>
    private static async Task ExpectSigningHeldAsync(IPage page, string contractPath, string confirm, string why)
    {
        await OpenAsync(page, contractPath);
        var hold = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "暂停签订合同" });
        await Expect(hold).ToContainTextAsync(why);
        await Expect(hold).ToContainTextAsync(Rule);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = confirm, Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_complaint_on_the_award_holds_signing_until_the_finance_department_dismisses_it_and_its_decision_is_published()
    {
        var (projectId, contractId) = await browser.AwardedWithContractAsync();
        var contractPath = $"/contracts/{contractId}";
        var loser = await SignedInAsync(ProjectScenario.MicroSupplier, "a123456-");
        var agency = await SignedInAsync(ProjectScenario.Agency, "a123456-");
        var purchaser = await SignedInAsync(ProjectScenario.Operator, "101002");
        var winner = await SignedInAsync(ProjectScenario.SmallSupplier, "a123456-");
        var regulator = await SignedInAsync(ProjectScenario.Regulator, "a123456-");

        // Before any challenge the purchaser may confirm the contract.
        await OpenAsync(purchaser, contractPath);
        await Expect(purchaser.GetByRole(AriaRole.Button, new() { Name = "采购人确认", Exact = true })).ToBeVisibleAsync();

        // The losing supplier challenges the result from the project's 询问与质疑 page.
        await OpenAsync(loser, $"/projects/{projectId}");
        await loser.GetByRole(AriaRole.Link, new() { Name = "询问与质疑", Exact = true }).ClickAsync();
        await loser.WaitForAddressAsync($"**/projects/{projectId}/challenges");
        await loser.WaitForInteractiveAsync();
        await Expect(loser.GetByRole(AriaRole.Row).Filter(new() { HasText = "中标（成交）结果" }).First).ToContainTextAsync("可以提出");
        await loser.Labelled("质疑事项（同一环节的全部事项）").FillAsync("中标供应商的业绩证明与事实不符，评分有误。");
        await loser.GetByRole(AriaRole.Button, new() { Name = "提交质疑函", Exact = true }).ClickAsync();
        var filed = loser.GetByRole(AriaRole.Row).Filter(new() { HasText = "待书面答复" });
        await filed.GetByRole(AriaRole.Link).ClickAsync();
        await loser.WaitForAddressAsync("**/challenges/*");
        var challengePath = new Uri(loser.Url).AbsolutePath;

        // While the challenge awaits its answer neither party is offered to confirm.
        await ExpectSigningHeldAsync(purchaser, contractPath, "采购人确认", "尚未答复");
        await ExpectSigningHeldAsync(winner, contractPath, "供应商确认", "尚未答复");

        // The agency answers in writing that the challenge is not well-founded.
        await OpenAsync(agency, challengePath);
        await Expect(agency.Labelled("质疑成立")).Not.ToBeCheckedAsync();
        await agency.Labelled("答复内容").FillAsync(Answer);
        await agency.GetByRole(AriaRole.Button, new() { Name = "书面答复", Exact = true }).ClickAsync();
        await Expect(agency.GetByText("答复结论：质疑不成立", new() { Exact = false })).ToBeVisibleAsync();

        // The supplier reads the answer and downloads its letter.
        await OpenAsync(loser, challengePath);
        await Expect(loser.GetByText(Answer, new() { Exact = true })).ToBeVisibleAsync();
        var letterLink = loser.GetByRole(AriaRole.Link, new() { Name = "下载质疑答复函（PDF）", Exact = true });
        var text = await loser.PdfTextAsync(letterLink);
        Assert.Contains("质疑答复函", text);
        Assert.Contains(Answer, text);
        Assert.Contains(ProjectScenario.Title, text);

        // Not satisfied, the supplier complains to the finance department.
        await loser.Labelled("投诉事项和请求").FillAsync("请求认定中标结果无效并重新评审。");
        await loser.GetByRole(AriaRole.Button, new() { Name = "提起投诉", Exact = true }).ClickAsync();
        await loser.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^投诉 TS-") }).ClickAsync();
        await loser.WaitForAddressAsync("**/complaints/*");
        var complaintPath = new Uri(loser.Url).AbsolutePath;

        // While the complaint is handled neither party is offered to confirm.
        await ExpectSigningHeldAsync(purchaser, contractPath, "采购人确认", "处理中");
        await ExpectSigningHeldAsync(winner, contractPath, "供应商确认", "处理中");

        // The finance department accepts the complaint (signing stays held) and dismisses it.
        await OpenAsync(regulator, complaintPath);
        await regulator.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Expect(regulator.GetByText("已受理，处理中").First).ToBeVisibleAsync();
        await ExpectSigningHeldAsync(purchaser, contractPath, "采购人确认", "处理中");
        await regulator.Labelled("处理决定").FillAsync(Decision);
        await regulator.GetByRole(AriaRole.Button, new() { Name = "作出处理决定", Exact = true }).ClickAsync();
        await Expect(regulator.GetByText("处理结论：", new() { Exact = false })).ToContainTextAsync("驳回");
        var noticeHref = await regulator.GetByRole(AriaRole.Link, new() { Name = "查看投诉处理结果公告", Exact = true }).GetAttributeAsync("href");

        // Signing is offered again, without the hold, and both parties confirm.
        await OpenAsync(purchaser, contractPath);
        await Expect(purchaser.GetByRole(AriaRole.Status).Filter(new() { HasText = "暂停签订合同" })).ToHaveCountAsync(0);
        await purchaser.GetByRole(AriaRole.Button, new() { Name = "采购人确认", Exact = true }).ClickAsync();
        await Expect(purchaser.GetByText("采购人（甲方）：", new() { Exact = false }).Filter(new() { HasText = "确认，文本摘要" })).ToBeVisibleAsync();
        await OpenAsync(winner, contractPath);
        await winner.GetByRole(AriaRole.Button, new() { Name = "供应商确认", Exact = true }).ClickAsync();
        await Expect(winner.GetByText(ContractTexts.Status(ContractStatus.Signed).Zh, new() { Exact = true })).ToBeVisibleAsync();

        // Anyone finds the published decision on the public notice list.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/notices");
        await visitor.WaitForInteractiveAsync();
        var decision = visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "投诉处理结果公告" }).Filter(new() { HasText = ProjectScenario.Title });
        await Expect(decision.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", noticeHref!);
        await decision.GetByRole(AriaRole.Link).ClickAsync();
        await visitor.WaitForAddressAsync($"**{noticeHref}");
        await Expect(visitor.GetByText(Decision, new() { Exact = false }).First).ToBeVisibleAsync();
    }
}

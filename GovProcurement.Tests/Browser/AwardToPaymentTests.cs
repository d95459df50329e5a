using System.Text.RegularExpressions;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Tests.Complaints;
using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal whose clock moves past the bid deadline, holding a project with its result published and the winner's contract drafted.</summary>
public sealed class AwardToPaymentFixture : BrowserFixture
{
    public ShiftedTimeProvider Clock { get; } = new();

    protected override TimeProvider? Time => Clock;

    /// <summary>Through the domain: the small supplier wins, the result is announced and the contract, paid in one instalment on acceptance, drafted: (project id, contract id, number, amount).</summary>
    public async Task<(Guid Project, Guid Contract, string Number, Money Amount)> AwardedWithDraftAsync()
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
        var draft = ChallengeScenario.Draft(opening.Origin.Ceiling) with { Instalments = [new ContractInstalment(10_000, PaymentCondition.OnAcceptance)] };
        var contract = await contracts.DraftAsync(opening.Subject, draft, purchaser);
        await contracts.SendAsync(contract.Id, purchaser);
        return (project, contract.Id, contract.Number, contract.Amount);
    }
}

/// <summary>
/// An awarded contract carried to its last payment in the browser: both parties confirm it, the purchaser announces it
/// (and the project's award panel links it), the region's finance department files it, the purchaser records the delivery, plans and records the acceptance, both
/// parties confirm the acceptance record, and the purchaser records the one payment that settles the contract; the
/// contract and acceptance record PDFs say what was signed and accepted.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class AwardToPaymentTests(AwardToPaymentFixture browser) : IClassFixture<AwardToPaymentFixture>
{
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

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task An_awarded_contract_is_signed_announced_filed_delivered_accepted_and_paid_in_full()
    {
        var (projectId, contractId, number, amount) = await browser.AwardedWithDraftAsync();
        var contractPath = $"/contracts/{contractId}";
        var purchaser = await SignedInAsync(ProjectScenario.Operator, "101002");
        var supplier = await SignedInAsync(ProjectScenario.SmallSupplier, "a123456-");
        var regulator = await SignedInAsync(ProjectScenario.Regulator, "a123456-");

        // Both parties confirm the contract.
        await OpenAsync(purchaser, contractPath);
        await Button(purchaser, "采购人确认").ClickAsync();
        await Expect(purchaser.GetByText("采购人（甲方）：", new() { Exact = false }).Filter(new() { HasText = "确认，文本摘要" })).ToBeVisibleAsync();
        await OpenAsync(supplier, contractPath);
        await Button(supplier, "供应商确认").ClickAsync();
        await Expect(supplier.GetByText(ContractTexts.Status(ContractStatus.Signed).Zh, new() { Exact = true })).ToBeVisibleAsync();

        // The purchaser announces it and the finance department files it.
        await OpenAsync(purchaser, contractPath);
        await Button(purchaser, "发布合同公告").ClickAsync();
        await Expect(Button(purchaser, "发布合同公告")).ToHaveCountAsync(0);

        // The project's award panel links the winner's contract and types none of its own.
        await OpenAsync(purchaser, $"/projects/{projectId}");
        var link = purchaser.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^合同 ") });
        await Expect(link).ToHaveCountAsync(1);
        await Expect(link).ToContainTextAsync(number);
        await Expect(link).ToHaveAttributeAsync("href", contractPath);
        await Expect(purchaser.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^起草合同：") })).ToHaveCountAsync(0);
        await Expect(purchaser.GetByLabel("合同编号")).ToHaveCountAsync(0);
        await Expect(Button(purchaser, "发布合同公告")).ToHaveCountAsync(0);
        await OpenAsync(regulator, contractPath);
        await Button(regulator, "备案").ClickAsync();
        await Expect(Button(regulator, "备案")).ToHaveCountAsync(0);
        await Expect(regulator.GetByText(ContractTexts.Status(ContractStatus.Filed).Zh, new() { Exact = true })).ToBeVisibleAsync();

        // The contract PDF carries its number.
        var contractText = await regulator.PdfTextAsync(regulator.GetByRole(AriaRole.Link, new() { Name = "下载合同 PDF" }));
        Assert.Contains(number, contractText);

        // The purchaser records the delivery in full and marks it complete.
        await OpenAsync(purchaser, contractPath);
        await purchaser.GetByRole(AriaRole.Link, new() { Name = "办理履约验收", Exact = true }).ClickAsync();
        await purchaser.WaitForAddressAsync($"**{contractPath}/acceptance");
        await purchaser.WaitForInteractiveAsync();
        await purchaser.Labelled("说明").FillAsync("物业管理服务已全部进场。");
        await Button(purchaser, "登记交付").ClickAsync();
        await Button(purchaser, "确认交付完毕").ClickAsync();

        // It plans the acceptance with a group of three and records every check passed.
        var names = purchaser.Labelled("成员姓名");
        await Expect(names).ToHaveCountAsync(3);
        await names.Nth(0).FillAsync("李明");
        await names.Nth(1).FillAsync("王芳");
        await names.Nth(2).FillAsync("张伟");
        await Button(purchaser, "制定验收方案").ClickAsync();
        await Expect(purchaser.GetByText("李明（", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(purchaser.Labelled("验收合格")).ToBeCheckedAsync();
        await Button(purchaser, "记录验收结果").ClickAsync();
        await Expect(purchaser.GetByText("验收结论：", new() { Exact = false })).ToContainTextAsync("合格");

        // Both parties confirm the acceptance record.
        await Button(purchaser, "采购人确认验收书").ClickAsync();
        await Expect(Button(purchaser, "采购人确认验收书")).ToHaveCountAsync(0);
        await OpenAsync(supplier, $"{contractPath}/acceptance");
        await Button(supplier, "供应商确认验收书").ClickAsync();
        await Expect(Button(supplier, "供应商确认验收书")).ToHaveCountAsync(0);

        // The acceptance record PDF is the contract's 验收书.
        var recordText = await supplier.PdfTextAsync(supplier.GetByRole(AriaRole.Link, new() { Name = "验收书 PDF" }));
        Assert.Contains("验收", recordText);
        Assert.Contains(number, recordText);

        // The acceptance makes the one instalment due; one payment of the whole amount settles it.
        await OpenAsync(purchaser, $"{contractPath}/payments");
        var summary = purchaser.GetByText("已付：", new() { Exact = false });
        await Expect(summary).ToContainTextAsync($"未付：{amount}");
        await Expect(purchaser.GetByRole(AriaRole.Row).Filter(new() { HasText = "未到期" })).ToHaveCountAsync(1);
        await purchaser.Labelled("付款金额（元）").FillAsync(amount.Yuan.ToString("0.00"));
        await purchaser.Labelled("凭证号或备注").FillAsync("国库集中支付凭证 2027-0001");
        await Button(purchaser, "登记付款").ClickAsync();
        await Expect(summary).ToContainTextAsync($"已付：{amount} · 未付：{Money.Zero}");
        await Expect(purchaser.GetByRole(AriaRole.Row).Filter(new() { HasText = "已付清" })).ToHaveCountAsync(1);
        await Expect(purchaser.GetByRole(AriaRole.Row).Filter(new() { HasText = "国库集中支付凭证 2027-0001" })).ToBeVisibleAsync();
    }
}

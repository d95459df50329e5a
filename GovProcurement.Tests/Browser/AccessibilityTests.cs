using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Persistence;
using GovProcurement.Portal.Documents;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal holding a filed plan and its announced project, an online bidding, a direct order and its contract, a reverse auction, a framework agreement and a second competition, so that the pages of a plan, a project, a notice, a bidding, an order, the order lists, a plan line's cart, a contract, an auction, an agreement and a call-off have something to show.</summary>
public sealed class AccessibilityFixture : BrowserFixture
{
    private Task<IReadOnlyList<string>>? story;

    /// <summary>The addresses of the story's plan, project and bidding (made once per portal).</summary>
    public Task<IReadOnlyList<string>> StoryAddressesAsync() => story ??= AnnounceAsync();

    private async Task<IReadOnlyList<string>> AnnounceAsync()
    {
        var scenario = new ProjectScenario(Host.Services);
        var projectId = await scenario.PreparedProjectAsync();
        await scenario.AnnounceAsync(projectId);
        var (challengeId, complaintId) = await ChallengedAndComplainedAsync(scenario, projectId);
        await using var db = await Host.Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync();
        var planId = await db.Projects.Where(p => p.Id == projectId).Select(p => p.PlanId).SingleAsync();

        // An online bidding posted from a filed e-mall plan, so that the bidding's page has one to show.
        var mall = new Mall.MallScenario(Host.Services, scenario);
        var mallPlan = await mall.FiledPlanAsync();
        var bidding = await mall.Biddings.PostAsync(Mall.MallScenario.Requirement(mallPlan, 40_000m, Host.Get<TimeProvider>().GetUtcNow().UtcDateTime, TimeSpan.FromHours(49)), await mall.OperatorAsync());
        var newBidding = $"/mall/biddings/new/{mallPlan.Id}/{mallPlan.Items[0].Id}";

        // A direct purchase of the first supplier's desktop, so that the order's page has one to show.
        var listing = (await Host.Get<ListingDesk>().MineAsync(await mall.SupplierAsync(0))).Rows.Single().Id;
        var order = await Host.Get<MallOrders>().PlaceAsync(new CartForm(mallPlan.Id, mallPlan.Items[0].Id, [new CartLine(listing, 1)]), await mall.OperatorAsync());

        // The supplier confirms it and the operator drafts its contract, so that the contract's page and its revision form have one to show.
        await Host.Get<MallOrders>().ConfirmAsync(order.Id, await mall.SupplierAsync(0));
        var operatorActor = await mall.OperatorAsync();
        var start = (await Host.Get<GovContracts>().StartAsync(ContractSubject.ForOrder(order.Id), operatorActor))!.Value;
        var contract = await Host.Get<GovContracts>().DraftAsync(ContractSubject.ForOrder(order.Id), new ContractDraft(new BankAccount("中国工商银行江门分行", "2012000012345678"),
            new BankAccount("中国建设银行江门分行", "44050000567800"), start.Items, start.Opening.Origin.AwardedOn, start.Opening.Origin.AwardedOn.AddDays(30), "江门市第一中学",
            [new ContractInstalment(10_000, PaymentCondition.OnAcceptance)], 30, false, Sme: true, Financing: false), operatorActor);

        // The cart of the e-mall plan's line, reached from the plan's panel once the page is live.
        var cart = $"/mall/cart/{mallPlan.Id}/{mallPlan.Items[0].Id}";

        // A reverse auction posted from the same plan line (its ceiling reserved), so that the auction's page and the post form have something to show.
        var auctions = new Mall.Auctions.AuctionScenario(Host.Services, scenario, Host.Get<TimeProvider>());
        var auction = await auctions.PostedAsync(mallPlan, 30_000m);
        var newAuction = $"/mall/auctions/new/{mallPlan.Id}/{mallPlan.Items[0].Id}";

        // A framework agreement in force covering the plan's desktops, and a second competition called off from it.
        var frameworks = new Mall.Frameworks.FrameworkScenario(Host.Services, scenario);
        var agreement = await frameworks.InForceAsync();
        var competition = await frameworks.CallOffs.CallOffAsync(
            Mall.Frameworks.FrameworkScenario.Second(mallPlan, agreement, Host.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddHours(49), quantity: 1), await mall.OperatorAsync());
        var newCallOff = $"/mall/calloffs/new/{mallPlan.Id}/{mallPlan.Items[0].Id}";
        return [$"/plans/{planId}", $"/projects/{projectId}", $"/plans/{mallPlan.Id}", newBidding, $"/mall/biddings/{bidding.Id}", $"/mall/orders/{order.Id}", cart, newAuction, $"/mall/auctions/{auction.Id}",
            $"/mall/frameworks/{agreement.Id}", newCallOff, $"/mall/calloffs/{competition.Id}", $"/contracts/{contract.Id}", $"/contracts/{contract.Id}/edit", $"/contracts/{contract.Id}/payments", $"/contracts/{contract.Id}/acceptance",
            $"/challenges/{challengeId}", $"/complaints/{complaintId}", $"/projects/{projectId}/challenges", ContractPdfs.VerifyUrl("", contract)];
    }

    /// <summary>
    /// The supplier that obtained the project's documents challenges them, the agency answers and the
    /// supplier complains, so that the challenge, the complaint and the project's challenges have a page to show.
    /// </summary>
    private async Task<(Guid Challenge, Guid Complaint)> ChallengedAndComplainedAsync(ProjectScenario scenario, Guid projectId)
    {
        var supplier = await scenario.ActorAsync(ProjectScenario.SmallSupplier);
        await Host.Get<BidBox>().RegisterAsync(projectId, supplier);
        var challenge = await Host.Get<ChallengeDesk>().FileAsync(projectId, ChallengeSubject.Documents, "采购需求中的服务标准表述不清，请予澄清。", supplier);
        await Host.Get<ChallengeDesk>().AnswerAsync(challenge.Id, false, "服务标准见采购文件第三章，表述清楚，质疑不成立。", await scenario.ActorAsync(ProjectScenario.Agency));
        var complaint = await Host.Get<ComplaintDesk>().FileAsync(challenge.Id, "请求责令修改采购文件中的服务标准。", supplier);
        return (challenge.Id, complaint.Id);
    }
}

/// <summary>
/// Every page passes axe-core's WCAG 2.1 A/AA rules (GB/T 37668-2019), for a visitor and for each
/// role signed in with its demo account (the pages open to a visitor, then each role's own). The pages
/// come from the portal's <c>@page</c> routes, so a new page is checked without being listed here.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(AccessibilityFixture browser) : IClassFixture<AccessibilityFixture>
{
    /// <summary>A demo account per role (the README's table); the first row is a visitor not signed in.</summary>
    public static TheoryData<string, string, string> Visitors => new()
    {
        { "", "", "" },
        { Roles.PurchaserOperator, ProjectScenario.Operator, "101002" },
        { Roles.PurchaserReviewer, ProjectScenario.Reviewer, "101002" },
        { Roles.Agency, "jmggzy", "a123456-" },
        { Roles.Supplier, "91440703MA51K2Q8XY", "a123456-" },
        { Roles.Regulator, "440700cz", "a123456-" },
        { Roles.PlatformAdmin, "admin", "a123456-" },
    };

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task EveryPageOpenToTheVisitor_PassesWcag21AA(string role, string account, string initialPassword)
    {
        var story = await browser.StoryAddressesAsync();
        var page = await browser.NewPageAsync();
        if (account != "")
        {
            await page.SignInFirstTimeAsync(account, initialPassword);
            await page.WaitForInteractiveAsync();
        }

        // Public pages are checked for the visitor; a role checks the pages only signed-in users may open.
        var routes = PortalRoute.All.Where(r => role == "" ? r.IsOpenTo(null) : r.IsOpenTo(role) && !r.IsOpenTo(null)).ToList();
        // Lists fill in once the page is live, so the story's plan and project are named directly.
        var violations = await page.AuditEveryPageAsync(routes, async address => story.Concat(await VerifyAddressOfNoticeAsync(address)));

        AxeAudit.AssertNone(violations);
    }

    /// <summary>A notice's verification page is reached from the QR code in its PDF, not from a link.</summary>
    private async Task<IEnumerable<string>> VerifyAddressOfNoticeAsync(string address)
    {
        var notice = PortalRoute.All.Single(r => r.Template == "/notices/{Id:guid}");
        if (!notice.Matches(address) || await browser.Host.Get<NoticeQueries>().PublishedAsync(Guid.Parse(address.Split('/')[^1])) is not { } published)
        {
            return [];
        }

        return [NoticePdfs.VerifyUrl("", published)];
    }
}

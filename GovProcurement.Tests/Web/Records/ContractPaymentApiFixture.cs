using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Payments;
using GovProcurement.Tests.ApiClient;
using GovProcurement.Tests.Complaints;
using GovProcurement.Tests.Support;
using GovProcurement.Tests.Web.Mall;

namespace GovProcurement.Tests.Web.Records;

/// <summary>
/// A portal holding, through the use cases: the scenario's project with its result published, the winner's (the small supplier's)
/// contract sent and a challenge of the loser (the micro supplier) awaiting its answer, so signing waits; and a contract of
/// 江门市第一中学 with the small supplier for 24,000 yuan from a confirmed e-mall order (30 % prepayment, 70 % on acceptance, within
/// 30 days), signed, 1,000 yuan of the prepayment paid and accepted on the signing day. Then the clock moves on
/// <see cref="DaysLater"/> days, so both instalments are ten days overdue.
/// </summary>
public sealed class ContractPaymentApiFixture : IAsyncLifetime
{
    public const int DaysLater = 40;

    public MallApiPortal Portal { get; } = new();

    /// <summary>The winner's sent contract on the challenged project.</summary>
    public GovContract Held { get; private set; } = default!;

    public Challenge Challenge { get; private set; } = default!;

    /// <summary>The e-mall contract, signed, partly paid and accepted.</summary>
    public GovContract Paid { get; private set; } = default!;

    public ContractPayment Payment { get; private set; } = default!;

    public Task<GovProcurementApiClient> ApiAsync(string organizationName) => Portal.ApiAsync(organizationName);

    public async Task InitializeAsync()
    {
        await ChallengedAsync();
        await PaidAndAcceptedAsync();
        Portal.Clock.Offset += TimeSpan.FromDays(DaysLater);
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();

    /// <summary>As <see cref="ChallengeScenario.AwardedWithContractAsync"/> does over a store, then the loser challenges the result.</summary>
    private async Task ChallengedAsync()
    {
        var scenario = Portal.Scenario;
        var agency = await scenario.ActorAsync(ProjectScenario.Agency);
        var project = await scenario.PreparedProjectAsync();
        var deadline = await scenario.AnnounceAsync(project);
        await scenario.BidAsync(project, ProjectScenario.SmallSupplier, 1_450_000m, "small offer");
        await scenario.BidAsync(project, ProjectScenario.MicroSupplier, 1_480_000m, "micro offer");
        Portal.Clock.Offset = deadline - DateTime.UtcNow + TimeSpan.FromHours(1);

        var record = await Portal.Get<BidOpening>().OpenAsync(project, agency);
        var panel = await Portal.Get<PanelDrawing>().DrawAsync(project, 3, agency);
        var evaluation = Portal.Get<ProjectEvaluation>();
        await evaluation.FinishAsync(project, record.Lines.SelectMany(l => panel.Members.Select(m => new ScoreEntry(1, l.BidId, m.Id, 60m))).ToList(), [], agency);
        await evaluation.ConfirmWinnersAsync(project, await scenario.ActorAsync(ProjectScenario.Reviewer));
        await evaluation.PublishResultAsync(project, agency);

        var purchaser = await scenario.ActorAsync(ProjectScenario.Operator);
        var contracts = Portal.Get<GovContracts>();
        var opening = (await contracts.OpeningsForProjectAsync(project, purchaser)).Single();
        var contract = await contracts.DraftAsync(opening.Subject, ChallengeScenario.Draft(opening.Origin.Ceiling), purchaser);
        await contracts.SendAsync(contract.Id, purchaser);
        Held = (await contracts.GetAsync(contract.Id, purchaser))!.Contract;
        Challenge = await Portal.Get<ChallengeDesk>().FileAsync(project, ChallengeSubject.Result, "中标供应商的业绩证明与事实不符，评分有误。",
            await scenario.ActorAsync(ProjectScenario.MicroSupplier));
    }

    private async Task PaidAndAcceptedAsync()
    {
        var purchaser = await Portal.Mall.OperatorAsync();
        var supplier = await Portal.Mall.SupplierAsync(0);
        var order = await Portal.PlacedOrderAsync();
        await Portal.Get<MallOrders>().ConfirmAsync(order.Id, supplier);
        var contracts = Portal.Get<GovContracts>();
        var (_, items, _) = (await contracts.StartAsync(ContractSubject.ForOrder(order.Id), purchaser))!.Value;
        var today = Portal.Clock.TodayInChina();
        var draft = new ContractDraft(new BankAccount("中国工商银行江门分行", "2012000012345678"), new BankAccount("中国建设银行江门分行", "44050000567800"), items,
            today.AddDays(1), today.AddDays(60), "江门市第一中学",
            [new ContractInstalment(3_000, PaymentCondition.Prepayment), new ContractInstalment(7_000, PaymentCondition.OnAcceptance)], 30, false, Sme: true, Financing: false);
        var contract = await contracts.DraftAsync(ContractSubject.ForOrder(order.Id), draft, purchaser);
        await contracts.SendAsync(contract.Id, purchaser);
        await contracts.ConfirmAsync(contract.Id, ContractParty.Purchaser, purchaser);
        await contracts.ConfirmAsync(contract.Id, ContractParty.Supplier, supplier);
        Paid = (await contracts.GetAsync(contract.Id, purchaser))!.Contract;
        var signedOn = Paid.SignedOn!.Value;
        Payment = await Portal.Get<ContractPayments>().RecordAsync(Paid.Id, new PaymentForm(1, Money.FromYuan(1_000m), signedOn, "付款凭证 001"), purchaser);

        var acceptances = Portal.Get<ContractAcceptances>();
        await acceptances.RecordDeliveryAsync(Paid.Id, new DeliveryDraft(signedOn, items.Select((item, i) => new DeliveryLine(i + 1, item.Quantity)).ToList(), null), purchaser);
        await acceptances.CompleteDeliveryAsync(Paid.Id, purchaser);
        await acceptances.PlanAsync(Paid.Id, new AcceptancePlanDraft(signedOn, AcceptanceMethod.ByPurchaser, false,
            [new("张三", AcceptanceMemberRole.PurchaserRepresentative), new("李四", AcceptanceMemberRole.User), new("王五", AcceptanceMemberRole.Expert)]), purchaser);
        await acceptances.RecordResultAsync(Paid.Id, new AcceptanceResultDraft(items.Select((_, i) => new ItemCheck(i + 1, true, true, true, null)).ToList(), true, null), purchaser);
        await acceptances.ConfirmAsync(Paid.Id, ContractParty.Purchaser, purchaser);
        await acceptances.ConfirmAsync(Paid.Id, ContractParty.Supplier, supplier);
    }
}

using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Tests.ApiClient;
using GovProcurement.Tests.Support;
using GovProcurement.Tests.Web.Mall;

namespace GovProcurement.Tests.Web.Records;

/// <summary>The organisations the contract and complaint API tests hand keys to, besides the e-mall portal's.</summary>
internal static class RecordsParties
{
    public const string Agency = "江门市公共资源交易中心";
    public const string OtherRegulator = "鹤山市财政局";
}

/// <summary>
/// A portal with two contracts of 江门市第一中学 with the small supplier, drafted from confirmed e-mall orders
/// through <see cref="GovContracts"/>: one left a draft, one sent and confirmed by both parties (signed), and a drafted add-on of the signed one.
/// </summary>
public sealed class ContractApiFixture : IAsyncLifetime
{
    public MallApiPortal Portal { get; } = new();

    public GovContract Drafted { get; private set; } = default!;

    public GovContract Signed { get; private set; } = default!;

    /// <summary>An add-on (补充合同) of <see cref="Signed"/>, drafted.</summary>
    public GovContract AddOn { get; private set; } = default!;

    public Task<GovProcurementApiClient> ApiAsync(string organizationName) => Portal.ApiAsync(organizationName);

    public async Task InitializeAsync()
    {
        var contracts = Portal.Get<GovContracts>();
        var purchaser = await Portal.Mall.OperatorAsync();
        var supplier = await Portal.Mall.SupplierAsync(0);
        Drafted = await DraftedAsync(contracts);
        var second = await DraftedAsync(contracts);
        await contracts.SendAsync(second.Id, purchaser);
        await contracts.ConfirmAsync(second.Id, ContractParty.Purchaser, purchaser);
        await contracts.ConfirmAsync(second.Id, ContractParty.Supplier, supplier);
        Signed = (await contracts.GetAsync(second.Id, purchaser))!.Contract;
        AddOn = await contracts.DraftAddOnAsync(Signed.Id, "增加键盘五个", Draft([new ContractItem("键盘", "个", 5, Money.FromYuan(120m))]), purchaser);
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();

    private async Task<GovContract> DraftedAsync(GovContracts contracts)
    {
        var order = await Portal.PlacedOrderAsync();
        await Portal.Get<MallOrders>().ConfirmAsync(order.Id, await Portal.Mall.SupplierAsync(0));
        var purchaser = await Portal.Mall.OperatorAsync();
        var (_, items, _) = (await contracts.StartAsync(ContractSubject.ForOrder(order.Id), purchaser))!.Value;
        return await contracts.DraftAsync(ContractSubject.ForOrder(order.Id), Draft(items), purchaser);
    }

    private ContractDraft Draft(IReadOnlyList<ContractItem> items)
    {
        var today = Portal.Clock.TodayInChina();
        return new ContractDraft(new BankAccount("中国工商银行江门分行", "2012000012345678"), new BankAccount("中国建设银行江门分行", "44050000567800"), items,
            today.AddDays(10), today.AddDays(40), "江门市第一中学",
            [new ContractInstalment(3_000, PaymentCondition.Prepayment), new ContractInstalment(7_000, PaymentCondition.OnAcceptance)], 30, false, Sme: true, Financing: false);
    }
}

/// <summary>
/// A portal with the scenario's announced project (江门市第一中学 through 江门市公共资源交易中心): the small supplier
/// asks (unanswered), challenges the documents (answered: not well-founded) and complains; the micro supplier asks
/// (answered). All through <see cref="ChallengeDesk"/> and <see cref="ComplaintDesk"/>.
/// </summary>
public sealed class ComplaintApiFixture : IAsyncLifetime
{
    public MallApiPortal Portal { get; } = new();

    public Inquiry SmallInquiry { get; private set; } = default!;

    public Inquiry MicroInquiry { get; private set; } = default!;

    public Challenge Challenge { get; private set; } = default!;

    public Complaint Complaint { get; private set; } = default!;

    public Task<GovProcurementApiClient> ApiAsync(string organizationName) => Portal.ApiAsync(organizationName);

    public async Task InitializeAsync()
    {
        var scenario = Portal.Scenario;
        var project = await scenario.PreparedProjectAsync();
        await scenario.AnnounceAsync(project);
        var small = await scenario.ActorAsync(ProjectScenario.SmallSupplier);
        var micro = await scenario.ActorAsync(ProjectScenario.MicroSupplier);
        var agency = await scenario.ActorAsync(ProjectScenario.Agency);
        var desk = Portal.Get<ChallengeDesk>();
        await Portal.Get<BidBox>().RegisterAsync(project, small);
        SmallInquiry = await desk.AskAsync(project, ChallengeSubject.Documents, "服务期是否含寒暑假？", small);
        MicroInquiry = await desk.AskAsync(project, ChallengeSubject.Documents, "是否接受联合体投标？", micro);
        await desk.AnswerInquiryAsync(MicroInquiry.Id, "不接受联合体投标。", agency);
        Challenge = await desk.FileAsync(project, ChallengeSubject.Documents, "评分标准中的业绩分设置排斥中小企业。", small);
        await desk.AnswerAsync(Challenge.Id, false, "经复核，评分标准符合规定，质疑不成立。", agency);
        Complaint = await Portal.Get<ComplaintDesk>().FileAsync(Challenge.Id, "请求责令修改采购文件。", small);
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();
}

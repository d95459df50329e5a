using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Contracts;

/// <summary>
/// The contract's answer and its use cases agree over the whole transition table: in each status
/// (and between the two confirmations) and for every party, a step offered succeeds and a step refused
/// throws the answer's very reason. The contract is drafted from a confirmed direct purchase of one desktop.
/// </summary>
public sealed class ContractStepsAgreementTests : ProjectScenarioTest
{
    private MallScenario mall = default!;
    private MallParties parties = default!;

    private GovContracts Contracts => Store.Get<GovContracts>();

    protected override Task ArrangeAsync()
    {
        mall = new MallScenario(Store.Services, Scenario);
        parties = new MallParties(Scenario);
        return Task.CompletedTask;
    }

    public enum Stage
    {
        Draft,
        Sent,

        /// <summary>Sent, and confirmed by the purchaser: the supplier's confirmation signs it.</summary>
        PurchaserConfirmed,
        Signed,
        Published,
        Filed,

        /// <summary>Returned by the finance department: a draft again.</summary>
        Returned,
    }

    public static TheoryData<Stage> Stages() => new(Enum.GetValues<Stage>());

    private static ContractStatus StatusOf(Stage stage) => stage switch
    {
        Stage.Draft or Stage.Returned => ContractStatus.Draft,
        Stage.Sent or Stage.PurchaserConfirmed => ContractStatus.SentToSupplier,
        Stage.Signed => ContractStatus.Signed,
        Stage.Published => ContractStatus.Published,
        _ => ContractStatus.Filed,
    };

    private static ContractChange ChangeOf(ContractAction action) => action switch
    {
        ContractAction.Revise => ContractChange.Revise,
        ContractAction.Send => ContractChange.Send,
        ContractAction.ConfirmAsPurchaser or ContractAction.ConfirmAsSupplier => ContractChange.Sign,
        ContractAction.Publish => ContractChange.Publish,
        ContractAction.File => ContractChange.File,
        ContractAction.DraftAddOn => ContractChange.AddOn,
        _ => ContractChange.Return,
    };

    private static readonly List<(MallParty, ContractAction)> Drafting = [(MallParty.OwnOperator, ContractAction.Revise), (MallParty.OwnOperator, ContractAction.Send)];

    /// <summary>The rules, written out: the unit's operator drafts, confirms and announces, and drafts add-ons from a signed contract; the supplier confirms its own; the finance department of the contract's own region files or returns.</summary>
    private static readonly Dictionary<Stage, List<(MallParty, ContractAction)>> Expected = new()
    {
        [Stage.Draft] = Drafting,
        [Stage.Returned] = Drafting,
        [Stage.Sent] = [(MallParty.OwnOperator, ContractAction.Revise), (MallParty.OwnOperator, ContractAction.ConfirmAsPurchaser), (MallParty.FirstSupplier, ContractAction.ConfirmAsSupplier)],
        [Stage.PurchaserConfirmed] = [(MallParty.OwnOperator, ContractAction.Revise), (MallParty.FirstSupplier, ContractAction.ConfirmAsSupplier)],
        [Stage.Signed] = [(MallParty.OwnOperator, ContractAction.Publish), (MallParty.OwnOperator, ContractAction.DraftAddOn)],
        [Stage.Published] = [(MallParty.OwnRegionRegulator, ContractAction.File), (MallParty.OwnRegionRegulator, ContractAction.Return), (MallParty.OwnOperator, ContractAction.DraftAddOn)],
        [Stage.Filed] = [(MallParty.OwnOperator, ContractAction.DraftAddOn)],
    };

    [Fact]
    public void The_stages_cover_every_status_and_every_row_of_the_table_is_offered_to_a_party()
    {
        // A contract is voided by a complaint decision, which no party of the contract takes (Complaints/ChallengeFlowTests).
        Assert.Equal(Enum.GetValues<ContractStatus>().Where(s => s != ContractStatus.Voided), Enum.GetValues<Stage>().Select(StatusOf).Distinct().Order());
        foreach (var row in GovContract.Table.Where(r => r.Change != ContractChange.Void))
        {
            Assert.True(Expected.Any(e => StatusOf(e.Key) == row.From && e.Value.Any(o => ChangeOf(o.Item2) == row.Change)), $"{row} is offered to no one");
        }

        Assert.All(Expected.SelectMany(e => e.Value.Select(o => (StatusOf(e.Key), ChangeOf(o.Item2)))), row => Assert.Contains(row, GovContract.Table));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task What_is_offered_succeeds_and_what_is_refused_throws_the_same_reason(Stage stage)
    {
        var contractId = await ArrangeAsync(stage);
        Assert.Equal(StatusOf(stage), await StatusAsync(contractId));
        var offered = await parties.RefusalsAgreeAsync<ContractAction>(
            async actor => (await Contracts.GetAsync(contractId, actor))?.Steps, (action, actor) => Take(action, contractId, actor));

        Assert.Equal(MallParties.Sorted(Expected[stage]), MallParties.Sorted(offered));
        Assert.Equal(StatusOf(stage), await StatusAsync(contractId));
        foreach (var (party, action) in offered)
        {
            await Take(action, await ArrangeAsync(stage), await parties.ActorAsync(party));
        }
    }

    private static ContractDraft Draft(string place = "江门市第一中学") => new(new BankAccount("中国工商银行江门分行", "2012000012345678"), new BankAccount("中国建设银行江门分行", "44050000567800"),
        [new ContractItem("台式电脑1", "台", 1, Money.FromYuan(4_800m))], new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), place,
        [new ContractInstalment(10_000, PaymentCondition.OnAcceptance)], 30, false, Sme: true, Financing: false);

    /// <summary>An add-on of exactly 10% of the 4,800 yuan original.</summary>
    private static ContractDraft AddOn() => Draft() with { Items = [new ContractItem("键盘鼠标套装", "套", 4, Money.FromYuan(120m))] };

    private Task Take(ContractAction action, Guid id, Actor actor) => action switch
    {
        ContractAction.Revise => Contracts.ReviseAsync(id, Draft("江门市第一中学教研室"), actor),
        ContractAction.Send => Contracts.SendAsync(id, actor),
        ContractAction.ConfirmAsPurchaser => Contracts.ConfirmAsync(id, ContractParty.Purchaser, actor),
        ContractAction.ConfirmAsSupplier => Contracts.ConfirmAsync(id, ContractParty.Supplier, actor),
        ContractAction.Publish => Contracts.PublishAsync(id, actor),
        ContractAction.File => Contracts.FileAsync(id, actor),
        ContractAction.DraftAddOn => Contracts.DraftAddOnAsync(id, "增购同型号台式电脑", AddOn(), actor),
        _ => Contracts.ReturnAsync(id, "请补充付款条件", actor),
    };

    private async Task<ContractStatus> StatusAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.Contracts.Where(c => c.Id == id).Select(c => c.Status).SingleAsync();
    }

    /// <summary>A direct purchase of one desktop from the first supplier, confirmed; its contract drafted and taken to the stage through the use cases.</summary>
    private async Task<Guid> ArrangeAsync(Stage stage)
    {
        var plan = await mall.FiledPlanAsync();
        var op = await mall.OperatorAsync();
        var supplier = await mall.SupplierAsync(0);
        Guid listing;
        await using (var db = Store.Db())
        {
            listing = await db.Listings.Where(l => l.SupplierId == supplier.OrganizationId).Select(l => l.Id).FirstAsync();
        }

        var orders = Store.Get<MallOrders>();
        var order = await orders.PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, 1)]), op);
        await orders.ConfirmAsync(order.Id, supplier);
        var contract = await Contracts.DraftAsync(ContractSubject.ForOrder(order.Id), Draft(), op);
        if (stage == Stage.Draft)
        {
            return contract.Id;
        }

        await Contracts.SendAsync(contract.Id, op);
        if (stage == Stage.Sent)
        {
            return contract.Id;
        }

        await Contracts.ConfirmAsync(contract.Id, ContractParty.Purchaser, op);
        if (stage == Stage.PurchaserConfirmed)
        {
            return contract.Id;
        }

        await Contracts.ConfirmAsync(contract.Id, ContractParty.Supplier, supplier);
        if (stage == Stage.Signed)
        {
            return contract.Id;
        }

        await Contracts.PublishAsync(contract.Id, op);
        var regulator = await parties.ActorAsync(MallParty.OwnRegionRegulator);
        if (stage == Stage.Filed)
        {
            await Contracts.FileAsync(contract.Id, regulator);
        }
        else if (stage == Stage.Returned)
        {
            await Contracts.ReturnAsync(contract.Id, "请补充付款条件", regulator);
        }

        return contract.Id;
    }
}

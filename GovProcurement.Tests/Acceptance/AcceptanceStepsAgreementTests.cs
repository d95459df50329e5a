using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Acceptance;

/// <summary>
/// The acceptance's answer and its use cases agree over the whole transition table: at each stage (before anything
/// is recorded, part delivered, between the two confirmations, after a failed round) and for every party, a step
/// offered succeeds and a step refused throws the answer's very reason. The contract is signed from a confirmed direct
/// purchase of two desktops.
/// </summary>
public sealed class AcceptanceStepsAgreementTests : ProjectScenarioTest
{
    private MallParties parties = default!;

    private ContractAcceptances Acceptances => Store.Get<ContractAcceptances>();

    protected override Task ArrangeAsync()
    {
        parties = new MallParties(Scenario);
        return Task.CompletedTask;
    }

    public enum Stage
    {
        /// <summary>Sent to the supplier, not signed: nothing is recorded yet.</summary>
        Unsigned,

        /// <summary>Signed, nothing recorded: the first delivery opens the acceptance.</summary>
        Signed,
        PartlyDelivered,
        FullyDelivered,
        Delivered,
        Planned,
        Concluded,

        /// <summary>Concluded as passed, confirmed by the purchaser: the supplier's confirmation passes it.</summary>
        PurchaserConfirmed,

        /// <summary>Concluded as failed: the second confirmation fails it.</summary>
        ConcludedFailed,
        Passed,
        Failed,
    }

    public static TheoryData<Stage> Stages() => new(Enum.GetValues<Stage>());

    private static AcceptanceStatus StatusOf(Stage stage) => stage switch
    {
        Stage.Unsigned or Stage.Signed or Stage.PartlyDelivered or Stage.FullyDelivered => AcceptanceStatus.Delivering,
        Stage.Delivered => AcceptanceStatus.Delivered,
        Stage.Planned => AcceptanceStatus.Planned,
        Stage.Concluded or Stage.PurchaserConfirmed or Stage.ConcludedFailed => AcceptanceStatus.Concluded,
        Stage.Passed => AcceptanceStatus.Passed,
        _ => AcceptanceStatus.Failed,
    };

    private static AcceptanceChange ChangeOf(Stage stage, AcceptanceAction action) => action switch
    {
        AcceptanceAction.RecordDelivery => AcceptanceChange.Deliver,
        AcceptanceAction.CompleteDelivery => AcceptanceChange.CompleteDelivery,
        AcceptanceAction.PlanAcceptance => AcceptanceChange.Plan,
        AcceptanceAction.RecordResult => AcceptanceChange.Conclude,
        _ => stage == Stage.ConcludedFailed ? AcceptanceChange.Fail : AcceptanceChange.Pass,
    };

    /// <summary>The rules, written out: the unit's operator delivers, plans, records the result and confirms for the purchaser; the supplier confirms its own.</summary>
    private static readonly Dictionary<Stage, List<(MallParty, AcceptanceAction)>> Expected = new()
    {
        [Stage.Unsigned] = [],
        [Stage.Signed] = [(MallParty.OwnOperator, AcceptanceAction.RecordDelivery)],
        [Stage.PartlyDelivered] = [(MallParty.OwnOperator, AcceptanceAction.RecordDelivery)],
        [Stage.FullyDelivered] = [(MallParty.OwnOperator, AcceptanceAction.CompleteDelivery)],
        [Stage.Delivered] = [(MallParty.OwnOperator, AcceptanceAction.PlanAcceptance)],
        [Stage.Planned] = [(MallParty.OwnOperator, AcceptanceAction.PlanAcceptance), (MallParty.OwnOperator, AcceptanceAction.RecordResult)],
        [Stage.Concluded] = [(MallParty.OwnOperator, AcceptanceAction.RecordResult), (MallParty.OwnOperator, AcceptanceAction.ConfirmAsPurchaser), (MallParty.FirstSupplier, AcceptanceAction.ConfirmAsSupplier)],
        [Stage.PurchaserConfirmed] = [(MallParty.FirstSupplier, AcceptanceAction.ConfirmAsSupplier)],
        [Stage.ConcludedFailed] = [(MallParty.OwnOperator, AcceptanceAction.RecordResult), (MallParty.OwnOperator, AcceptanceAction.ConfirmAsPurchaser), (MallParty.FirstSupplier, AcceptanceAction.ConfirmAsSupplier)],
        [Stage.Passed] = [],
        [Stage.Failed] = [(MallParty.OwnOperator, AcceptanceAction.RecordDelivery)],
    };

    [Fact]
    public void The_stages_cover_every_status_and_every_row_of_the_table_is_offered_to_a_party()
    {
        Assert.Equal(Enum.GetValues<AcceptanceStatus>(), Enum.GetValues<Stage>().Select(StatusOf).Distinct().Order());
        foreach (var row in ContractAcceptance.Table)
        {
            Assert.True(Expected.Any(e => StatusOf(e.Key) == row.From && e.Value.Any(o => ChangeOf(e.Key, o.Item2) == row.Change)), $"{row} is offered to no one");
        }

        Assert.All(Expected.SelectMany(e => e.Value.Select(o => (StatusOf(e.Key), ChangeOf(e.Key, o.Item2)))), row => Assert.Contains(row, ContractAcceptance.Table));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task What_is_offered_succeeds_and_what_is_refused_throws_the_same_reason(Stage stage)
    {
        var contractId = await ArrangeAsync(stage);
        Assert.Equal(StatusOf(stage), await StatusAsync(contractId));
        var offered = await parties.RefusalsAgreeAsync<AcceptanceAction>(
            async actor => (await Acceptances.GetAsync(contractId, actor))?.Steps, (action, actor) => Take(action, contractId, actor));

        Assert.Equal(MallParties.Sorted(Expected[stage]), MallParties.Sorted(offered));
        Assert.Equal(StatusOf(stage), await StatusAsync(contractId));
        foreach (var (party, action) in offered)
        {
            await Take(action, await ArrangeAsync(stage), await parties.ActorAsync(party));
        }
    }

    private DateOnly Today => Time.TodayInChina();

    private Task Take(AcceptanceAction action, Guid id, Actor actor) => action switch
    {
        AcceptanceAction.RecordDelivery => Acceptances.RecordDeliveryAsync(id, new DeliveryDraft(Today, [new DeliveryLine(1, 1)], "第一批"), actor),
        AcceptanceAction.CompleteDelivery => Acceptances.CompleteDeliveryAsync(id, actor),
        AcceptanceAction.PlanAcceptance => Acceptances.PlanAsync(id, AcceptanceArrangement.Plan(Today), actor),
        AcceptanceAction.RecordResult => Acceptances.RecordResultAsync(id, AcceptanceArrangement.Result(true), actor),
        AcceptanceAction.ConfirmAsPurchaser => Acceptances.ConfirmAsync(id, ContractParty.Purchaser, actor),
        _ => Acceptances.ConfirmAsync(id, ContractParty.Supplier, actor),
    };

    private async Task<AcceptanceStatus> StatusAsync(Guid contractId) =>
        (await Acceptances.GetAsync(contractId, await parties.ActorAsync(MallParty.OwnOperator)))!.Acceptance.Status;

    /// <summary>The contract signed (or only sent) and its acceptance taken to the stage through the use cases.</summary>
    private async Task<Guid> ArrangeAsync(Stage stage)
    {
        var (id, op, supplier) = await AcceptanceArrangement.ContractAsync(Store, Scenario, sign: stage != Stage.Unsigned);
        if (stage is Stage.Unsigned or Stage.Signed)
        {
            return id;
        }

        await Acceptances.RecordDeliveryAsync(id, new DeliveryDraft(Today, [new DeliveryLine(1, 1)], null), op);
        if (stage == Stage.PartlyDelivered)
        {
            return id;
        }

        await Acceptances.RecordDeliveryAsync(id, new DeliveryDraft(Today, [new DeliveryLine(1, 1)], null), op);
        if (stage == Stage.FullyDelivered)
        {
            return id;
        }

        await Acceptances.CompleteDeliveryAsync(id, op);
        if (stage == Stage.Delivered)
        {
            return id;
        }

        await Acceptances.PlanAsync(id, AcceptanceArrangement.Plan(Today), op);
        if (stage == Stage.Planned)
        {
            return id;
        }

        var fails = stage is Stage.ConcludedFailed or Stage.Failed;
        await Acceptances.RecordResultAsync(id, AcceptanceArrangement.Result(!fails), op);
        if (stage is Stage.Concluded or Stage.ConcludedFailed)
        {
            return id;
        }

        await Acceptances.ConfirmAsync(id, ContractParty.Purchaser, op);
        if (stage == Stage.PurchaserConfirmed)
        {
            return id;
        }

        await Acceptances.ConfirmAsync(id, ContractParty.Supplier, supplier);
        return id;
    }
}

using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Tests.Complaints;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Bonds;

/// <summary>
/// The scenario's project (one lot, budget 1,600,000 yuan) with a bid bond of 32,000 yuan (2 %) stated before the
/// announcement, both bidders registered and paying it, then taken on to its result and the winner's signed contract.
/// </summary>
internal sealed class BondStory(TestStore store, ProjectScenario scenario, FakeTimeProvider time)
{
    public static readonly Money BidBond = Money.FromYuan(32_000m);

    public BondDesk Desk => store.Get<BondDesk>();

    public Task<Actor> PurchaserAsync() => scenario.ActorAsync(ProjectScenario.Operator);

    public Task<Actor> ReviewerAsync() => scenario.ActorAsync(ProjectScenario.Reviewer);

    public Task<Actor> AgencyAsync() => scenario.ActorAsync(ProjectScenario.Agency);

    /// <summary>Bid higher and lost.</summary>
    public Task<Actor> LoserAsync() => scenario.ActorAsync(ProjectScenario.MicroSupplier);

    public Task<Actor> WinnerAsync() => scenario.ActorAsync(ProjectScenario.SmallSupplier);

    /// <summary>Not registered for the project.</summary>
    public Task<Actor> OutsiderAsync() => scenario.ActorAsync(ProjectScenario.MediumSupplier);

    public Task<Actor> RegulatorAsync() => scenario.ActorAsync(ProjectScenario.Regulator);

    public Task<Actor> OtherRegulatorAsync() => scenario.ActorAsync("440784cz");

    /// <summary>Prepared, the bid bond stated, announced, both bidders registered: (project, requirement, bid deadline in UTC).</summary>
    public async Task<(Guid Project, Guid Requirement, DateTime Deadline)> AnnouncedAsync()
    {
        var project = await scenario.PreparedProjectAsync();
        var requirement = await Desk.StateBidBondAsync(project, 0, BidBond, await AgencyAsync());
        var deadline = await scenario.AnnounceAsync(project);
        await store.Get<BidBox>().RegisterAsync(project, await WinnerAsync());
        await store.Get<BidBox>().RegisterAsync(project, await LoserAsync());
        return (project, requirement.Id, deadline);
    }

    public static BondPayment Payment(DateOnly on, string reference = "ZH20261201-0001") => new(BondForm.BankTransfer, BidBond, on, reference);

    /// <summary>Both bidders paid and the agency confirmed both; bids in, opened, evaluated, the winner confirmed and the result announced: (project, winner's bond, loser's bond).</summary>
    public async Task<(Guid Project, Guid WinnerBond, Guid LoserBond)> AwardedAsync()
    {
        var (project, requirement, deadline) = await AnnouncedAsync();
        var agency = await AgencyAsync();
        var today = time.TodayInChina();
        var winnerBond = await Desk.RecordPaymentAsync(new BondKey(null, requirement), Payment(today, "ZH-WIN-01"), await WinnerAsync());
        var loserBond = await Desk.RecordPaymentAsync(new BondKey(null, requirement), Payment(today, "BH-LOSE-01") with { Form = BondForm.GuaranteeLetter }, await LoserAsync());
        await Desk.ConfirmReceiptAsync(winnerBond.Id, agency);
        await Desk.ConfirmReceiptAsync(loserBond.Id, agency);
        await scenario.BidAsync(project, ProjectScenario.SmallSupplier, 1_450_000m, "small offer");
        await scenario.BidAsync(project, ProjectScenario.MicroSupplier, 1_480_000m, "micro offer");
        time.SetUtcNow(deadline.AddHours(1));
        var record = await store.Get<BidOpening>().OpenAsync(project, agency);
        var panel = await store.Get<PanelDrawing>().DrawAsync(project, 3, agency);
        await store.Get<ProjectEvaluation>().FinishAsync(project, record.Lines.SelectMany(l => panel.Members.Select(m => new ScoreEntry(1, l.BidId, m.Id, 60m))).ToList(), [], agency);
        await store.Get<ProjectEvaluation>().ConfirmWinnersAsync(project, await ReviewerAsync());
        await store.Get<ProjectEvaluation>().PublishResultAsync(project, agency);
        return (project, winnerBond.Id, loserBond.Id);
    }

    /// <summary>The winner's contract drafted, sent and confirmed by both today: signed.</summary>
    public async Task<GovContract> SignedContractAsync(Guid project)
    {
        var contracts = store.Get<GovContracts>();
        var purchaser = await PurchaserAsync();
        var opening = (await contracts.OpeningsForProjectAsync(project, purchaser)).Single();
        var contract = await contracts.DraftAsync(opening.Subject, ChallengeScenario.Draft(opening.Origin.Ceiling), purchaser);
        await contracts.SendAsync(contract.Id, purchaser);
        await contracts.ConfirmAsync(contract.Id, ContractParty.Purchaser, purchaser);
        await contracts.ConfirmAsync(contract.Id, ContractParty.Supplier, await WinnerAsync());
        return (await contracts.GetAsync(contract.Id, purchaser))!.Contract;
    }
}

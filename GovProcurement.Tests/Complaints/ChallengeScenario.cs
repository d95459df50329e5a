using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Complaints;

/// <summary>The actors of a challenge on the scenario's project, and the project driven to its published result with the winner's contract sent.</summary>
internal sealed class ChallengeScenario(TestStore store, ProjectScenario scenario, FakeTimeProvider time)
{
    public ProjectStages Stages { get; } = new(store, scenario, time);

    public ChallengeDesk Challenges => store.Get<ChallengeDesk>();

    public ComplaintDesk Complaints => store.Get<ComplaintDesk>();

    public GovContracts Contracts => store.Get<GovContracts>();

    public Task<Actor> PurchaserAsync() => scenario.ActorAsync(ProjectScenario.Operator);

    public Task<Actor> AgencyAsync() => scenario.ActorAsync(ProjectScenario.Agency);

    /// <summary>The micro supplier bid higher and lost.</summary>
    public Task<Actor> LoserAsync() => scenario.ActorAsync(ProjectScenario.MicroSupplier);

    public Task<Actor> WinnerAsync() => scenario.ActorAsync(ProjectScenario.SmallSupplier);

    public Task<Actor> OutsiderAsync() => scenario.ActorAsync(ProjectScenario.MediumSupplier);

    public Task<Actor> RegulatorAsync() => scenario.ActorAsync(ProjectScenario.Regulator);

    public Task<Actor> OtherRegulatorAsync() => scenario.ActorAsync("440784cz");

    /// <summary>A project with its result announced and the winner's contract drafted and sent: (project, contract).</summary>
    public async Task<(Guid Project, Guid Contract)> AwardedWithContractAsync()
    {
        var project = await Stages.ReachAsync(Stage.ResultPublished);
        var purchaser = await PurchaserAsync();
        var opening = (await Contracts.OpeningsForProjectAsync(project, purchaser)).Single();
        var contract = await Contracts.DraftAsync(opening.Subject, Draft(opening.Origin.Ceiling), purchaser);
        await Contracts.SendAsync(contract.Id, purchaser);
        return (project, contract.Id);
    }

    /// <summary>The loser's answered result challenge and its complaint: (project, contract, challenge, complaint).</summary>
    public async Task<(Guid Project, Guid Contract, Guid Challenge, Guid Complaint)> ComplainedAsync()
    {
        var (project, contract) = await AwardedWithContractAsync();
        var challenge = await Challenges.FileAsync(project, ChallengeSubject.Result, "中标供应商的业绩证明与事实不符，评分有误。", await LoserAsync());
        await Challenges.AnswerAsync(challenge.Id, false, "经复核，业绩证明真实，评分无误，质疑不成立。", await AgencyAsync());
        var complaint = await Complaints.FileAsync(challenge.Id, "请求认定中标结果无效并重新评审。", await LoserAsync());
        return (project, contract, challenge.Id, complaint.Id);
    }

    public static ContractDraft Draft(Money ceiling) => new(new BankAccount("中国工商银行江门分行", "2012000012345678"), new BankAccount("中国建设银行江门分行", "44050000567800"),
        [new ContractItem("物业管理服务", "项", 1, ceiling)], new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), "江门市第一中学",
        [new ContractInstalment(5_000, PaymentCondition.OnDelivery), new ContractInstalment(5_000, PaymentCondition.OnAcceptance)], 30, false, Sme: true, Financing: false);
}

using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Complaints;

/// <summary>
/// The answers of inquiries, challenges and complaints agree with their use cases: at each state, for every
/// role, a step the answer offers succeeds, and a step it refuses throws the very reason it gives.
/// </summary>
public sealed class ChallengeStepsAgreementTests : ProjectScenarioTest
{
    private ChallengeScenario s = default!;

    protected override Task ArrangeAsync()
    {
        s = new ChallengeScenario(Store, Scenario, Time);
        return Task.CompletedTask;
    }

    public enum Who
    {
        Purchaser,
        Agency,
        Loser,
        Winner,
        Regulator,
        OtherRegulator,
    }

    public enum InquiryStage
    {
        Asked,
        Answered,
    }

    public enum ChallengeStage
    {
        Filed,
        Answered,
        Complained,
    }

    public static TheoryData<InquiryStage> InquiryStages() => new(Enum.GetValues<InquiryStage>());

    public static TheoryData<ChallengeStage> ChallengeStages() => new(Enum.GetValues<ChallengeStage>());

    public static TheoryData<ComplaintStatus> ComplaintStages() => new(Enum.GetValues<ComplaintStatus>());

    [Theory]
    [MemberData(nameof(InquiryStages))]
    public async Task Inquiry_steps_agree_with_the_use_case(InquiryStage stage)
    {
        var offered = await AgreeAsync<InquiryAction>(await InquiryAsync(stage),
            async (id, actor) => (await s.Challenges.ForProjectAsync(ProjectOf[id], actor)).Inquiries.FirstOrDefault(i => i.Inquiry.Id == id)?.Steps,
            (action, id, actor) => s.Challenges.AnswerInquiryAsync(id, "服务期含寒暑假。", actor));
        Assert.Equal(stage == InquiryStage.Asked ? [(Who.Purchaser, InquiryAction.Answer), (Who.Agency, InquiryAction.Answer)] : [], offered);
        foreach (var (who, _) in offered)
        {
            await s.Challenges.AnswerInquiryAsync(await InquiryAsync(stage), "服务期含寒暑假。", await ActorAsync(who));
        }
    }

    [Theory]
    [MemberData(nameof(ChallengeStages))]
    public async Task Challenge_steps_agree_with_the_use_case(ChallengeStage stage)
    {
        var offered = await AgreeAsync<ChallengeAction>(await ChallengeAsync(stage), async (id, actor) => (await s.Challenges.GetAsync(id, actor))?.Steps, TakeAsync);
        List<(Who, ChallengeAction)> expected = stage switch
        {
            ChallengeStage.Filed => [(Who.Purchaser, ChallengeAction.Answer), (Who.Agency, ChallengeAction.Answer)],
            ChallengeStage.Answered => [(Who.Loser, ChallengeAction.Complain)],
            _ => [],
        };
        Assert.Equal(expected, offered);
        foreach (var (who, action) in offered)
        {
            await TakeAsync(action, await ChallengeAsync(stage), await ActorAsync(who));
        }
    }

    [Theory]
    [MemberData(nameof(ComplaintStages))]
    public async Task Complaint_steps_agree_with_the_use_case(ComplaintStatus stage)
    {
        var offered = await AgreeAsync<ComplaintAction>(await ComplaintAsync(stage), async (id, actor) => (await s.Complaints.GetAsync(id, actor))?.Steps, TakeAsync);
        List<(Who, ComplaintAction)> expected = stage switch
        {
            ComplaintStatus.Filed => [(Who.Regulator, ComplaintAction.Accept), (Who.Regulator, ComplaintAction.Reject)],
            ComplaintStatus.Accepted => [(Who.Regulator, ComplaintAction.Pause), (Who.Regulator, ComplaintAction.SuspendProcurement), (Who.Regulator, ComplaintAction.Decide)],
            ComplaintStatus.Paused => [(Who.Regulator, ComplaintAction.Resume), (Who.Regulator, ComplaintAction.SuspendProcurement)],
            _ => [],
        };
        Assert.Equal(expected, offered);
        foreach (var (who, action) in offered)
        {
            await TakeAsync(action, await ComplaintAsync(stage), await ActorAsync(who));
        }
    }

    private readonly Dictionary<Guid, Guid> ProjectOf = [];

    private async Task<List<(Who, TAction)>> AgreeAsync<TAction>(Guid id, Func<Guid, Actor, Task<ActionSet<TAction>?>> answer, Func<TAction, Guid, Actor, Task> take)
        where TAction : struct, Enum
    {
        var offered = new List<(Who, TAction)>();
        foreach (var who in Enum.GetValues<Who>())
        {
            var actor = await ActorAsync(who);
            var steps = await answer(id, actor);
            foreach (var action in Enum.GetValues<TAction>())
            {
                if (steps is null)
                {
                    await Assert.ThrowsAsync<DomainException>(() => take(action, id, actor));
                }
                else if (steps.WhyNot(action) is { } refusal)
                {
                    var thrown = await Assert.ThrowsAsync<DomainException>(() => take(action, id, actor));
                    Assert.Equal(refusal.ToException().Message, thrown.Message);
                }
                else
                {
                    offered.Add((who, action));
                }
            }
        }

        return offered;
    }

    private Task<Actor> ActorAsync(Who who) => who switch
    {
        Who.Purchaser => s.PurchaserAsync(),
        Who.Agency => s.AgencyAsync(),
        Who.Loser => s.LoserAsync(),
        Who.Winner => s.WinnerAsync(),
        Who.Regulator => s.RegulatorAsync(),
        _ => s.OtherRegulatorAsync(),
    };

    private Task TakeAsync(ChallengeAction action, Guid id, Actor actor) => action == ChallengeAction.Answer
        ? s.Challenges.AnswerAsync(id, false, "经复核，质疑不成立。", actor)
        : s.Complaints.FileAsync(id, "请求认定中标结果无效。", actor);

    private Task TakeAsync(ComplaintAction action, Guid id, Actor actor) => action switch
    {
        ComplaintAction.Accept => s.Complaints.AcceptAsync(id, actor),
        ComplaintAction.Reject => s.Complaints.RejectAsync(id, "投诉人未在法定期限内提起投诉", actor),
        ComplaintAction.Pause => s.Complaints.PauseAsync(id, "委托专家评审", actor),
        ComplaintAction.Resume => s.Complaints.ResumeAsync(id, actor),
        ComplaintAction.SuspendProcurement => s.Complaints.SuspendProcurementAsync(id, Time.TodayInChina().AddDays(10), actor),
        _ => s.Complaints.DecideAsync(id, new ComplaintDecisionDraft(ComplaintFinding.Dismissed, ComplaintRemedy.None, "投诉缺乏事实依据，予以驳回。"), actor),
    };

    private async Task<Guid> InquiryAsync(InquiryStage stage)
    {
        var (project, _) = await s.AwardedWithContractAsync();
        var inquiry = await s.Challenges.AskAsync(project, ChallengeSubject.Documents, "服务期是否含寒暑假？", await s.LoserAsync());
        ProjectOf[inquiry.Id] = project;
        if (stage == InquiryStage.Answered)
        {
            await s.Challenges.AnswerInquiryAsync(inquiry.Id, "含寒暑假。", await s.AgencyAsync());
        }

        return inquiry.Id;
    }

    private async Task<Guid> ChallengeAsync(ChallengeStage stage)
    {
        if (stage == ChallengeStage.Complained)
        {
            return (await s.ComplainedAsync()).Challenge;
        }

        var (project, _) = await s.AwardedWithContractAsync();
        var challenge = await s.Challenges.FileAsync(project, ChallengeSubject.Result, "评分有误。", await s.LoserAsync());
        if (stage == ChallengeStage.Answered)
        {
            await s.Challenges.AnswerAsync(challenge.Id, false, "经复核，质疑不成立。", await s.AgencyAsync());
        }

        return challenge.Id;
    }

    private async Task<Guid> ComplaintAsync(ComplaintStatus stage)
    {
        var id = (await s.ComplainedAsync()).Complaint;
        var regulator = await s.RegulatorAsync();
        switch (stage)
        {
            case ComplaintStatus.Rejected:
                await s.Complaints.RejectAsync(id, "超过投诉期限", regulator);
                break;
            case ComplaintStatus.Accepted or ComplaintStatus.Paused or ComplaintStatus.Decided:
                await s.Complaints.AcceptAsync(id, regulator);
                if (stage == ComplaintStatus.Paused)
                {
                    await s.Complaints.PauseAsync(id, "委托检测", regulator);
                }
                else if (stage == ComplaintStatus.Decided)
                {
                    await s.Complaints.DecideAsync(id, new ComplaintDecisionDraft(ComplaintFinding.Dismissed, ComplaintRemedy.None, "驳回。"), regulator);
                }

                break;
        }

        return id;
    }
}

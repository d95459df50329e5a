using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Complaints;

/// <summary>
/// Over the store: a losing supplier challenges the result, complains, and the winner's contract cannot be signed
/// until the finance department's decision (实施条例第五十四条); the decision is published as 投诉处理结果公告, and one that voids
/// the result voids the contract and starts the project's next round (财政部令第94号第三十一、三十二条).
/// </summary>
public sealed class ChallengeFlowTests : ProjectScenarioTest
{
    private ChallengeScenario s = default!;

    protected override Task ArrangeAsync()
    {
        s = new ChallengeScenario(Store, Scenario, Time);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Signing_stays_blocked_from_the_challenge_until_the_decision_and_the_decision_is_published()
    {
        var (project, contractId) = await s.AwardedWithContractAsync();
        var loser = await s.LoserAsync();
        var purchaser = await s.PurchaserAsync();
        var winner = await s.WinnerAsync();
        var regulator = await s.RegulatorAsync();
        var worklist = Store.Get<Worklist>();

        var choices = await s.Challenges.ChoicesAsync(project, loser);
        var result = choices.Challenges.Single(o => o.Subject == ChallengeSubject.Result);
        Assert.True(result.IsAvailable);
        var challenge = await s.Challenges.FileAsync(project, ChallengeSubject.Result, "评分有误。", loser);
        Assert.Equal(result.Start, challenge.WindowStart);

        await AssertSigningBlockedAsync(contractId, purchaser, "质疑");
        Assert.Contains(await worklist.ForAsync(await s.AgencyAsync()), i => i.Kind == WorkKind.AnswerChallenge && i.Href == $"/challenges/{challenge.Id}");
        var second = await Assert.ThrowsAsync<DomainException>(() => s.Challenges.FileAsync(project, ChallengeSubject.Result, "另一事项", loser));
        Assert.Contains("同一环节", second.Message);
        await Assert.ThrowsAsync<DomainException>(() => s.Complaints.FileAsync(challenge.Id, "未获答复", loser));

        await s.Challenges.AnswerAsync(challenge.Id, false, "经复核，评分无误，质疑不成立。", await s.AgencyAsync());
        var answered = (await s.Challenges.GetAsync(challenge.Id, loser))!;
        Assert.Equal(64, answered.Challenge.AnswerDigest!.Length);
        Assert.True(answered.Steps.Allows(ChallengeAction.Complain));
        Assert.Null(await s.Challenges.GetAsync(challenge.Id, winner));

        var complaint = await s.Complaints.FileAsync(challenge.Id, "请求认定中标结果无效。", loser);
        await AssertSigningBlockedAsync(contractId, purchaser, "投诉");
        Assert.Contains(await worklist.ForAsync(regulator), i => i.Kind == WorkKind.CheckComplaint && i.Href == $"/complaints/{complaint.Id}");
        var otherRegulator = await s.OtherRegulatorAsync();
        await Assert.ThrowsAsync<DomainException>(() => s.Complaints.AcceptAsync(complaint.Id, otherRegulator));
        await s.Complaints.AcceptAsync(complaint.Id, regulator);
        Assert.Contains(await worklist.ForAsync(regulator), i => i.Kind == WorkKind.DecideComplaint);
        await AssertSigningBlockedAsync(contractId, purchaser, "投诉");

        await s.Complaints.DecideAsync(complaint.Id, new ComplaintDecisionDraft(ComplaintFinding.Dismissed, ComplaintRemedy.None, "经调查，投诉缺乏事实依据，予以驳回。"), regulator);
        Assert.DoesNotContain(await worklist.ForAsync(regulator), i => i.Kind is WorkKind.CheckComplaint or WorkKind.DecideComplaint);
        var view = (await s.Contracts.GetAsync(contractId, purchaser))!;
        Assert.True(view.Steps.Allows(ContractAction.ConfirmAsPurchaser));
        await s.Contracts.ConfirmAsync(contractId, ContractParty.Purchaser, purchaser);
        await s.Contracts.ConfirmAsync(contractId, ContractParty.Supplier, winner);
        Assert.Equal(ContractStatus.Signed, (await s.Contracts.GetAsync(contractId, purchaser))!.Contract.Status);

        var decided = (await s.Complaints.GetAsync(complaint.Id, loser))!;
        await using var db = Store.Db();
        var notice = await db.Notices.SingleAsync(n => n.Id == decided.Complaint.NoticeId);
        Assert.Equal((NoticeType.ComplaintDecision, NoticeStatus.Published, project), (notice.Type, notice.Status, notice.ProjectId!.Value));
        Assert.Contains("投诉处理结果公告", notice.Title);
        Assert.Contains(notice.Body, b => b.Text.Contains("驳回", StringComparison.Ordinal) || (b.Rows ?? []).Any(r => r.Any(c => c.Contains("驳回", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData(ComplaintRemedy.ChangeResult)]
    [InlineData(ComplaintRemedy.RepeatProcurement)]
    [InlineData(ComplaintRemedy.VoidContract)]
    public async Task A_decision_that_voids_the_result_voids_the_contract_and_starts_the_next_round(ComplaintRemedy remedy)
    {
        var (project, contractId, _, complaintId) = await s.ComplainedAsync();
        var regulator = await s.RegulatorAsync();
        var purchaser = await s.PurchaserAsync();
        await s.Complaints.AcceptAsync(complaintId, regulator);
        await s.Complaints.DecideAsync(complaintId, new ComplaintDecisionDraft(ComplaintFinding.Upheld, remedy, "业绩证明不实，认定中标结果无效。"), regulator);

        var voided = (await s.Contracts.GetAsync(contractId, purchaser))!;
        Assert.Equal((ContractStatus.Voided, (DateOnly?)null), (voided.Contract.Status, voided.Contract.SignedOn));
        Assert.Empty(voided.Steps.Available);
        await AssertSigningBlockedAsync(contractId, purchaser, "撤销", "第三十一、三十二条");

        await using var db = Store.Db();
        var repeated = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == project);
        Assert.Equal((ProjectStatus.Preparing, 2, (DateTime?)null, (DateTime?)null), (repeated.Status, repeated.Round, repeated.DecidedUtc, repeated.ResultPublishedUtc));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Type == AuditEventType.ContractVoidedByDecision && e.Subject == voided.Contract.Number));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Type == AuditEventType.ProcurementRepeatOrdered && e.Subject == repeated.Number));
        Assert.Null(await SigningHolds.ForProjectAsync(db, project, Time.TodayInChina(), CancellationToken.None)); // the new round signs again
    }

    [Theory]
    [InlineData(ComplaintFinding.Dismissed, ComplaintRemedy.None)]
    [InlineData(ComplaintFinding.Upheld, ComplaintRemedy.ReviseDocuments)]
    public async Task A_dismissal_or_an_order_to_revise_the_documents_leaves_the_contract_and_the_round_as_they_are(ComplaintFinding finding, ComplaintRemedy remedy)
    {
        var (project, contractId, _, complaintId) = await s.ComplainedAsync();
        var regulator = await s.RegulatorAsync();
        await s.Complaints.AcceptAsync(complaintId, regulator);
        await s.Complaints.DecideAsync(complaintId, new ComplaintDecisionDraft(finding, remedy, "经调查处理如下。"), regulator);

        Assert.Equal(ContractStatus.SentToSupplier, (await s.Contracts.GetAsync(contractId, await s.PurchaserAsync()))!.Contract.Status);
        await using var db = Store.Db();
        Assert.Equal((ProjectStatus.Awarded, 1), await db.Projects.AsNoTracking().Where(p => p.Id == project).Select(p => new ValueTuple<ProjectStatus, int>(p.Status, p.Round)).SingleAsync());
    }

    [Fact]
    public async Task A_late_challenge_is_refused_with_the_day_that_applied_and_only_bidders_challenge_the_result()
    {
        var (project, _) = await s.AwardedWithContractAsync();
        var outsiderActor = await s.OutsiderAsync();
        var loser = await s.LoserAsync();
        var outsider = await Assert.ThrowsAsync<DomainException>(() => s.Challenges.FileAsync(project, ChallengeSubject.Result, "评分有误", outsiderActor));
        Assert.Contains("参与投标", outsider.Message);

        var opening = (await s.Challenges.ChoicesAsync(project, loser)).Challenges.Single(o => o.Subject == ChallengeSubject.Result);
        var today = Time.TodayInChina();
        Time.Advance(TimeSpan.FromDays(opening.Due!.Value.DayNumber - today.DayNumber));
        Assert.True((await s.Challenges.ChoicesAsync(project, loser)).Challenges.Single(o => o.Subject == ChallengeSubject.Result).IsAvailable);
        Time.Advance(TimeSpan.FromDays(1));
        var late = await Assert.ThrowsAsync<DomainException>(() => s.Challenges.FileAsync(project, ChallengeSubject.Result, "评分有误", loser));
        Assert.Contains($"{opening.Due:yyyy-MM-dd}", late.Message);
        Assert.Contains("第十、十一条", late.Message);
    }

    private async Task AssertSigningBlockedAsync(Guid contractId, Actor purchaser, string what, string citation = "第五十四条")
    {
        var why = (await s.Contracts.GetAsync(contractId, purchaser))!.Steps.WhyNot(ContractAction.ConfirmAsPurchaser);
        Assert.NotNull(why);
        Assert.Contains(what, why.Why.Zh);
        Assert.Contains(citation, why.Citation);
        Assert.False(string.IsNullOrEmpty(why.Why.En));
        var thrown = await Assert.ThrowsAsync<DomainException>(() => s.Contracts.ConfirmAsync(contractId, ContractParty.Purchaser, purchaser));
        Assert.Equal(why.ToException().Message, thrown.Message);
    }
}

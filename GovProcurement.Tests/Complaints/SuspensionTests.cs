using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Projects;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Complaints;

/// <summary>
/// Over the store: the finance department's suspension of the procurement while it handles a complaint (政府采购法第五十七条)
/// refuses the agency's and the purchaser's steps and contract signing from its first day to its last day included, naming
/// that day; the day after, the steps return (signing stays held by the pending complaint, 实施条例第五十四条). The suspension
/// counts calendar days, so its last day may be a rest day: the tests end it on a Sunday.
/// </summary>
public sealed class SuspensionTests : ProjectScenarioTest
{
    private ChallengeScenario s = default!;

    protected override Task ArrangeAsync()
    {
        s = new ChallengeScenario(Store, Scenario, Time);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_project_step_is_refused_on_the_last_suspended_day_and_allowed_the_day_after()
    {
        var project = await s.Stages.ReachAsync(Stage.Opened);
        var agency = await s.AgencyAsync();
        var regulator = await s.RegulatorAsync();
        var projects = Store.Get<ProjectQueries>();
        Assert.True((await projects.OfferAsync(project, agency)).Steps.Allows(ProjectAction.PanelDrawn));

        var loser = await s.LoserAsync();
        var challenge = await s.Challenges.FileAsync(project, ChallengeSubject.Procedure, "开标记录与投标文件报价不一致。", loser);
        await s.Challenges.AnswerAsync(challenge.Id, false, "经核对，开标记录无误，质疑不成立。", agency);
        var complaint = await s.Complaints.FileAsync(challenge.Id, "请求责令重新开标。", loser);
        await s.Complaints.AcceptAsync(complaint.Id, regulator);
        var lastDay = SundayFrom(Time.TodayInChina().AddDays(5));
        await s.Complaints.SuspendProcurementAsync(complaint.Id, lastDay, regulator);

        SetDay(lastDay);
        var offer = await projects.OfferAsync(project, agency);
        var why = offer.Steps.WhyNot(ProjectAction.PanelDrawn)!;
        Assert.Contains(lastDay.ToString("yyyy-MM-dd"), why.Why.Zh);
        Assert.Contains(lastDay.ToString("yyyy-MM-dd"), why.Why.En);
        Assert.Equal(ProcurementSuspensions.Citation, why.Citation);
        Assert.Equal(why, offer.Suspension);
        Assert.Equal(ProjectWait.Suspended, offer.AgencyWait);
        Assert.Equal(why, (await projects.OfferAsync(project, await s.PurchaserAsync())).Suspension);
        Assert.Contains("第五十七条", (await Assert.ThrowsAsync<DomainException>(() => Store.Get<PanelDrawing>().DrawAsync(project, 3, agency))).Message);

        SetDay(lastDay.AddDays(1));
        offer = await projects.OfferAsync(project, agency);
        Assert.Null(offer.Suspension);
        Assert.True(offer.Steps.Allows(ProjectAction.PanelDrawn));
        await Store.Get<PanelDrawing>().DrawAsync(project, 3, agency);
    }

    [Fact]
    public async Task The_suspension_blocks_signing_naming_its_last_day_and_then_the_pending_complaint_holds_it()
    {
        var (_, contractId, _, complaintId) = await s.ComplainedAsync();
        var purchaser = await s.PurchaserAsync();
        var winner = await s.WinnerAsync();
        var regulator = await s.RegulatorAsync();
        await s.Complaints.AcceptAsync(complaintId, regulator);
        var firstDay = Time.TodayInChina();
        var lastDay = SundayFrom(firstDay.AddDays(5));
        await s.Complaints.SuspendProcurementAsync(complaintId, lastDay, regulator);

        foreach (var day in new[] { firstDay, lastDay })
        {
            if (day != firstDay)
            {
                SetDay(day);
            }

            var view = (await s.Contracts.GetAsync(contractId, purchaser))!;
            Assert.Equal(ProcurementSuspensions.Citation, view.SigningHold!.Citation);
            Assert.Contains(lastDay.ToString("yyyy-MM-dd"), view.SigningHold.Why.Zh);
            Assert.Equal(view.SigningHold, view.Steps.WhyNot(ContractAction.ConfirmAsPurchaser));
            Assert.Equal(view.SigningHold, (await s.Contracts.GetAsync(contractId, winner))!.Steps.WhyNot(ContractAction.ConfirmAsSupplier));
            var refused = await Assert.ThrowsAsync<DomainException>(() => s.Contracts.ConfirmAsync(contractId, ContractParty.Purchaser, purchaser));
            Assert.Contains("第五十七条", refused.Message);
        }

        SetDay(lastDay.AddDays(1));
        var after = (await s.Contracts.GetAsync(contractId, purchaser))!;
        Assert.Equal(SigningHolds.Citation, after.SigningHold!.Citation);
        Assert.Contains("处理中", after.SigningHold.Why.Zh);
        Assert.False(after.Steps.Allows(ContractAction.ConfirmAsPurchaser));
    }

    [Fact]
    public void A_suspension_runs_from_its_first_to_its_last_day_while_the_complaint_is_handled()
    {
        var challenge = new Challenge(new ChallengeParties(Guid.NewGuid(), "JM-P1", "校园物业管理服务", 1, "440700", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "江门市微企物业有限公司"),
            ChallengeSubject.Result, "评分错误", new DateOnly(2026, 9, 1), "supplier", At(new DateOnly(2026, 9, 1)));
        var complaint = new Complaint(challenge, "请求认定成交结果无效", "supplier", At(new DateOnly(2026, 9, 28)));
        var max = new ChallengeRule(30, ProcurementSuspensions.Citation);
        complaint.Accept("finance", At(new DateOnly(2026, 9, 29)));
        Assert.False(complaint.SuspendsOn(new DateOnly(2026, 9, 29)));

        // From Wednesday 09-30 to Sunday 10-04, in the National Day holiday: calendar days, the last one included.
        complaint.Suspend(new DateOnly(2026, 10, 4), new DateOnly(2026, 9, 30), max);
        Assert.False(complaint.SuspendsOn(new DateOnly(2026, 9, 29)));
        Assert.True(complaint.SuspendsOn(new DateOnly(2026, 9, 30)));
        Assert.True(complaint.SuspendsOn(new DateOnly(2026, 10, 4)));
        Assert.False(complaint.SuspendsOn(new DateOnly(2026, 10, 5)));
        Assert.Contains("2026-10-04", ProcurementSuspensions.Of([complaint], new DateOnly(2026, 10, 4))!.Why.Zh);
        Assert.Null(ProcurementSuspensions.Of([complaint], new DateOnly(2026, 10, 5)));

        // The decision ends it: from the day after the decision nothing is suspended, and a decided complaint suspends nothing.
        complaint.Decide(ComplaintFinding.Dismissed, ComplaintRemedy.None, "驳回", "finance", At(new DateOnly(2026, 10, 2)));
        Assert.False(complaint.SuspendsOn(new DateOnly(2026, 10, 2)));
        Assert.False(complaint.SuspendsOn(new DateOnly(2026, 10, 3)));
    }

    private static DateTime At(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);

    private static DateOnly SundayFrom(DateOnly day) => day.AddDays(((int)DayOfWeek.Sunday - (int)day.DayOfWeek + 7) % 7);

    /// <summary>10:00 Beijing time on the day.</summary>
    private void SetDay(DateOnly day) => Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
}

using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Complaints;

/// <summary>
/// Over the store: the signing hold of a project reads the project's complaints in one query, and still names the hold that
/// applies (the running suspension first, then the pending complaint, then a decision that voided the result).
/// </summary>
public sealed class SigningHoldQueryTests : ProjectScenarioTest
{
    private ChallengeScenario s = default!;

    protected override Task ArrangeAsync()
    {
        s = new ChallengeScenario(Store, Scenario, Time);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_hold_of_a_suspended_then_pending_then_voided_project_reads_the_complaints_once_each_time()
    {
        var (project, _, _, complaintId) = await s.ComplainedAsync();
        var regulator = await s.RegulatorAsync();
        await s.Complaints.AcceptAsync(complaintId, regulator);
        var today = Time.TodayInChina();
        await s.Complaints.SuspendProcurementAsync(complaintId, today.AddDays(3), regulator);

        var suspended = await HoldAsync(project, today);
        Assert.Equal(ProcurementSuspensions.Citation, suspended.Hold!.Citation);
        Assert.Equal(1, suspended.ComplaintReads);

        var pending = await HoldAsync(project, today.AddDays(4));
        Assert.Equal(SigningHolds.Citation, pending.Hold!.Citation);
        Assert.Contains("处理中", pending.Hold.Why.Zh);
        Assert.Equal(1, pending.ComplaintReads);

        await s.Complaints.DecideAsync(complaintId, new ComplaintDecisionDraft(ComplaintFinding.Upheld, ComplaintRemedy.VoidContract, "认定合同无效。"), regulator);
        var decided = await HoldAsync(project, today.AddDays(4));
        Assert.Null(decided.Hold); // the decision started the next round, which signs again
        Assert.Equal(1, decided.ComplaintReads);
        Assert.InRange(decided.Commands, 1, 2);
    }

    [Fact]
    public async Task A_decision_voiding_the_result_of_the_current_round_holds_it_in_the_same_single_read()
    {
        var (project, _, _, complaintId) = await s.ComplainedAsync();
        var regulator = await s.RegulatorAsync();
        await s.Complaints.AcceptAsync(complaintId, regulator);
        await s.Complaints.DecideAsync(complaintId, new ComplaintDecisionDraft(ComplaintFinding.Upheld, ComplaintRemedy.RepeatProcurement, "重新开展采购活动。"), regulator);

        // Put the project back on the complaint's round: the decision holds that round's signing.
        await using (var db = Store.Db())
        {
            await db.Projects.Where(p => p.Id == project).ExecuteUpdateAsync(u => u.SetProperty(p => p.Round, 1));
        }

        var held = await HoldAsync(project, Time.TodayInChina());
        Assert.Contains("第三十一、三十二条", held.Hold!.Citation);
        Assert.Contains("重新开展采购活动", held.Hold.Why.Zh);
        Assert.Equal(1, held.ComplaintReads);
    }

    private async Task<(Refusal? Hold, int ComplaintReads, int Commands)> HoldAsync(Guid project, DateOnly day)
    {
        await using var db = Store.Db();
        using var counter = new CommandCounter(db);
        var hold = await SigningHolds.ForProjectAsync(db, project, day, CancellationToken.None);
        return (hold, counter.Commands.Count(c => c.Contains("\"Complaints\"", StringComparison.Ordinal)), counter.Commands.Count);
    }
}

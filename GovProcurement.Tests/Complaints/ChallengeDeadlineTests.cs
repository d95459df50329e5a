using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Tests.Complaints;

/// <summary>
/// The periods of 询问、质疑、投诉 at their boundaries on the 2026 calendar: National Day 10-01 to 10-07 is a
/// holiday and Saturday 10-10 a make-up working day, so from Tuesday 09-29 the seventh working day is 10-14.
/// </summary>
public sealed class ChallengeDeadlineTests
{
    private const string Region = "440700";
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid AgencyId = Guid.NewGuid();
    private static readonly Guid SupplierId = Guid.NewGuid();

    private static ChallengeTerms Terms => ChallengeRules.On(new RuleSet(ChallengeRules.Defaults(), RegionDirectory.Guangdong), Region, new DateOnly(2026, 9, 1));

    private static DateTime At(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);

    private static ChallengeParties Parties => new(Guid.NewGuid(), "JM-P1", "校园物业管理服务", 1, Region, Unit, AgencyId, SupplierId, "江门市微企物业有限公司");

    private static Challenge FiledOn(DateOnly day, DateOnly? start = null) =>
        new(Parties, ChallengeSubject.Result, "评分错误", start ?? day, "supplier", At(day));

    [Fact]
    public void Every_period_is_rule_data_with_its_citation_and_the_unconfirmed_ones_say_so()
    {
        var rows = ChallengeRules.Defaults().ToList();
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.Equal(ProcurementRuleBook.UnitOf(r.Kind), r.Unit));
        Assert.All(rows, r => Assert.Contains("第", r.Citation));
        Assert.Contains("待核实", rows.Single(r => r.Kind == RuleKind.ComplaintDecisionWorkingDays).Citation);
        Assert.Contains("待核实", rows.Single(r => r.Kind == RuleKind.ComplaintCopyWorkingDays).Citation);
        Assert.Equal((3, 7, 7, 15, 5, 30, 30), (Terms.InquiryAnswer.Value, Terms.ChallengeFiling.Value, Terms.ChallengeAnswer.Value, Terms.ComplaintFiling.Value,
            Terms.ComplaintCheck.Value, Terms.ComplaintDecision.Value, Terms.SuspensionMaxDays.Value));
    }

    [Theory]
    [InlineData("2026-09-29", "2026-10-14")] // across the holiday and the make-up Saturday
    [InlineData("2026-10-03", "2026-10-15")] // a start on a holiday: counting starts on the next working day
    [InlineData("2026-10-09", "2026-10-19")] // the make-up Saturday counts as the first day
    public void A_challenge_is_filed_within_7_working_days_the_start_day_not_counted(string start, string due)
    {
        Assert.Equal(DateOnly.Parse(due), ChallengeDeadlines.FilingDue(DateOnly.Parse(start), Terms, Calendar));
    }

    [Fact]
    public void An_inquiry_answer_due_on_the_make_up_Saturday_is_due_that_day()
    {
        var inquiry = new Inquiry(Parties, ChallengeSubject.Documents, "服务期是否含寒暑假？", "supplier", At(new DateOnly(2026, 9, 30)));
        var due = ChallengeDeadlines.InquiryAnswerDue(inquiry, Terms, Calendar);
        Assert.Equal(new DateOnly(2026, 10, 10), due);
        var deadline = Assert.Single(ChallengeDeadlines.For(inquiry, Terms, Calendar));
        Assert.False(deadline.IsOverdue(due));
        Assert.True(deadline.IsOverdue(due.AddDays(1)));
    }

    [Fact]
    public void The_answer_is_due_7_working_days_after_receipt_and_the_complaint_15_after_that()
    {
        var challenge = FiledOn(new DateOnly(2026, 9, 29));
        var answerDue = ChallengeDeadlines.AnswerDue(challenge, Terms, Calendar);
        Assert.Equal(new DateOnly(2026, 10, 14), answerDue);
        Assert.Equal(Calendar.AddWorkingDays(answerDue, 15), ChallengeDeadlines.ComplaintDue(challenge, Terms, Calendar));
        Assert.Equal(new DateOnly(2026, 11, 4), ChallengeDeadlines.ComplaintDue(challenge, Terms, Calendar));
    }

    [Theory]
    [InlineData("2026-09-29", "2026-10-14")] // across the holiday and the make-up Saturday
    [InlineData("2026-10-09", "2026-10-19")] // the make-up Saturday 10-10 is the first working day counted
    public void The_answer_is_in_time_on_its_last_day_and_late_the_day_after(string filed, string due)
    {
        var (filedOn, dueOn) = (DateOnly.Parse(filed), DateOnly.Parse(due));
        var answer = ChallengeDeadlines.For(FiledOn(filedOn), Terms, Calendar, null)[1];
        Assert.Equal(dueOn, answer.Due);
        Assert.False(answer.IsOverdue(dueOn));
        Assert.True(answer.IsOverdue(dueOn.AddDays(1)));

        var answeredLate = FiledOn(filedOn);
        answeredLate.Reply(false, "经复核，评分无误。", "agency", At(dueOn.AddDays(1)));
        Assert.True(ChallengeDeadlines.For(answeredLate, Terms, Calendar, null)[1].IsOverdue(dueOn));
        var answeredOnTime = FiledOn(filedOn);
        answeredOnTime.Reply(false, "经复核，评分无误。", "agency", At(dueOn));
        Assert.False(ChallengeDeadlines.For(answeredOnTime, Terms, Calendar, null)[1].IsOverdue(dueOn.AddDays(30)));
    }

    [Theory]
    [InlineData("2026-09-28", "2026-10-10")] // due on the make-up Saturday; the day after is a Sunday, already late
    [InlineData("2026-09-29", "2026-10-12")] // across the holiday
    public void The_check_is_in_time_on_its_last_day_and_late_the_day_after(string filed, string due)
    {
        var (filedOn, dueOn) = (DateOnly.Parse(filed), DateOnly.Parse(due));
        var check = ChallengeDeadlines.For(Complaint(filedOn), Terms, Calendar, filedOn)[0];
        Assert.Equal(dueOn, check.Due);
        Assert.Contains("第二十一条", check.Citation);
        Assert.False(check.IsOverdue(dueOn));
        Assert.True(check.IsOverdue(dueOn.AddDays(1)));

        var checkedLate = Complaint(filedOn);
        checkedLate.Accept("finance", At(dueOn.AddDays(1)));
        Assert.True(ChallengeDeadlines.For(checkedLate, Terms, Calendar, dueOn)[0].IsOverdue(dueOn));
    }

    [Theory]
    [InlineData("2026-09-29", "2026-11-16")] // 30 working days across National Day and the make-up Saturday
    [InlineData("2026-09-28", "2026-11-13")]
    public void The_decision_is_in_time_on_its_last_day_and_late_the_day_after(string filed, string due)
    {
        var (filedOn, dueOn) = (DateOnly.Parse(filed), DateOnly.Parse(due));
        var complaint = Complaint(filedOn);
        complaint.Accept("finance", At(filedOn.AddDays(1)));
        Assert.False(ChallengeDeadlines.For(complaint, Terms, Calendar, dueOn)[1].IsOverdue(dueOn));
        var dayAfter = ChallengeDeadlines.For(complaint, Terms, Calendar, dueOn.AddDays(1))[1];
        Assert.Equal(dueOn, dayAfter.Due);
        Assert.True(dayAfter.IsOverdue(dueOn.AddDays(1)));
    }

    public static TheoryData<string, bool, bool> ComplaintDays() => new()
    {
        { "2026-10-14", false, false }, // unanswered, the answer period's last day: not yet
        { "2026-10-15", false, true },  // unanswered, the day after: may complain
        { "2026-10-14", true, true },   // answered: may complain at once
        { "2026-11-04", true, true },   // the complaint period's last day
        { "2026-11-05", true, false },  // the day after: late, with the date that applied
    };

    [Theory]
    [MemberData(nameof(ComplaintDays))]
    public void The_challenger_complains_after_the_answer_or_its_period_until_the_last_day(string today, bool answered, bool allowed)
    {
        var challenge = FiledOn(new DateOnly(2026, 9, 29));
        if (answered)
        {
            challenge.Reply(false, "经复核，评分无误。", "agency", At(new DateOnly(2026, 10, 9)));
        }

        var clock = new ChallengeClock(DateOnly.Parse(today), ChallengeDeadlines.AnswerDue(challenge, Terms, Calendar),
            ChallengeDeadlines.ComplaintDue(challenge, Terms, Calendar), false, Terms.ComplaintFiling.Citation);
        var why = ChallengeSteps.For(challenge, Supplier, clock).WhyNot(ChallengeAction.Complain);
        Assert.Equal(allowed, why is null);
        if (!allowed && answered)
        {
            Assert.Contains("2026-11-04", why!.Why.Zh);
            Assert.Contains("第十七条", why.Citation);
        }
    }

    [Fact]
    public void The_decision_period_leaves_out_the_paused_working_days()
    {
        var complaint = Complaint(new DateOnly(2026, 9, 29));
        var plain = Calendar.AddWorkingDays(new DateOnly(2026, 9, 29), 30);
        Assert.Equal(new DateOnly(2026, 11, 16), plain);
        Assert.Equal(plain, ChallengeDeadlines.DecisionDue(complaint, Terms, Calendar, new DateOnly(2026, 9, 30)));
        Assert.Equal(new DateOnly(2026, 10, 12), ChallengeDeadlines.CheckDue(complaint, Terms, Calendar));

        complaint.Accept("finance", At(new DateOnly(2026, 9, 30)));
        complaint.Pause("委托检测机构检测", new DateOnly(2026, 10, 8));
        // While paused the clock stands: on 10-12, three working days (10-09, 10-10, 10-12) are left out so far.
        Assert.Equal(Calendar.AddWorkingDays(new DateOnly(2026, 9, 29), 33), ChallengeDeadlines.DecisionDue(complaint, Terms, Calendar, new DateOnly(2026, 10, 12)));
        complaint.Resume(new DateOnly(2026, 10, 14), Calendar);
        Assert.Equal(5, complaint.PausedWorkingDays);
        Assert.Equal(Calendar.AddWorkingDays(plain, 5), ChallengeDeadlines.DecisionDue(complaint, Terms, Calendar, new DateOnly(2026, 12, 1)));
        Assert.Equal(new DateOnly(2026, 10, 14), complaint.Pauses.Single().To);
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void The_procurement_is_suspended_for_30_days_at_most(int days, bool allowed)
    {
        var complaint = Complaint(new DateOnly(2026, 9, 29));
        complaint.Accept("finance", At(new DateOnly(2026, 9, 30)));
        var today = new DateOnly(2026, 9, 30);
        var suspend = () => complaint.Suspend(today.AddDays(days), today, Terms.SuspensionMaxDays);
        if (allowed)
        {
            suspend();
            Assert.Equal(today.AddDays(30), complaint.SuspendedUntil);
            // A later extension still counts from the first day.
            Assert.Contains("第五十七条", Assert.Throws<DomainException>(() => complaint.Suspend(today.AddDays(31), today.AddDays(5), Terms.SuspensionMaxDays)).Message);
        }
        else
        {
            Assert.Contains("2026-10-30", Assert.Throws<DomainException>(suspend).Message);
            Assert.Null(complaint.SuspendedUntil);
        }
    }

    [Fact]
    public void A_decision_names_a_remedy_exactly_when_upheld_and_ends_the_suspension()
    {
        var complaint = Complaint(new DateOnly(2026, 9, 29));
        complaint.Accept("finance", At(new DateOnly(2026, 9, 30)));
        complaint.Suspend(new DateOnly(2026, 10, 20), new DateOnly(2026, 9, 30), Terms.SuspensionMaxDays);
        Assert.Throws<DomainException>(() => complaint.Decide(ComplaintFinding.Upheld, ComplaintRemedy.None, "成立", "finance", At(new DateOnly(2026, 10, 12))));
        Assert.Throws<DomainException>(() => complaint.Decide(ComplaintFinding.Dismissed, ComplaintRemedy.ChangeResult, "驳回", "finance", At(new DateOnly(2026, 10, 12))));
        complaint.Decide(ComplaintFinding.Upheld, ComplaintRemedy.ChangeResult, "评分错误成立，责令另行确定成交供应商。", "finance", At(new DateOnly(2026, 10, 12)));
        Assert.Equal(ComplaintStatus.Decided, complaint.Status);
        Assert.Equal(new DateOnly(2026, 10, 12), complaint.SuspendedUntil);
    }

    private static Complaint Complaint(DateOnly filedOn)
    {
        var challenge = FiledOn(filedOn.AddDays(-20));
        return new Complaint(challenge, "请求认定成交结果无效", "supplier", At(filedOn));
    }

    private static ActorStanding Supplier => new(new Actor("supplier", SupplierId, new HashSet<string> { Roles.Supplier }), OrganizationKind.Supplier, Region);
}

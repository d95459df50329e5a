using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;

namespace GovProcurement.Tests.Projects;

/// <summary>
/// Every period across China's 2025 National Day: holidays 1–8 October, make-up working days on
/// Sunday 28 September and Saturday 11 October (国办发明电〔2024〕12号).
/// </summary>
public sealed class ProjectPeriodsTests
{
    private const string Jiangmen = "440700";
    private static readonly ProjectPeriods Periods = new(new RuleSet(DefaultProcurementRules.All(), RegionDirectory.Guangdong), WorkingDayCalendar.China);

    private static DateOnly D(int month, int day) => new(2025, month, day);

    private static DateOnly Date(IReadOnlyList<StatutoryDate> dates, PeriodKind kind) => dates.Single(d => d.Kind == kind).Date;

    [Fact]
    public void Open_tender_announcement_and_documents_count_the_make_up_sunday_and_skip_the_holiday()
    {
        var dates = Periods.AfterAnnouncement(ProcurementMethod.OpenTender, Jiangmen, D(9, 26), false);

        // Sun 28 Sep (make-up), Mon 29, Tue 30, then Thu 9 Oct, Fri 10 Oct.
        Assert.Equal(D(10, 10), Date(dates, PeriodKind.AnnouncementEnds));
        Assert.Equal(D(10, 10), Date(dates, PeriodKind.DocumentsAvailableUntil));
        Assert.Equal(D(10, 16), Date(dates, PeriodKind.EarliestDeadline));
        Assert.Contains("财政部令第87号", dates.Single(d => d.Kind == PeriodKind.AnnouncementEnds).Citation);
    }

    [Fact]
    public void Twenty_days_ending_in_the_holiday_move_to_the_next_working_day()
    {
        var deadline = Periods.AfterAnnouncement(ProcurementMethod.OpenTender, Jiangmen, D(9, 11), false).Single(d => d.Kind == PeriodKind.EarliestDeadline);

        Assert.Equal(D(10, 9), deadline.Date);
        Assert.Contains("顺延", deadline.Reason.Zh);
        Assert.Contains("第三十五条", deadline.Citation);
        Assert.Contains("民法典", deadline.Citation);
    }

    [Fact]
    public void Negotiation_counts_three_working_days_including_the_make_up_saturday()
    {
        Assert.Equal(D(10, 10), Date(Periods.AfterAnnouncement(ProcurementMethod.CompetitiveNegotiation, Jiangmen, D(9, 29), false), PeriodKind.EarliestDeadline));
        // Fri 10 Oct, Sat 11 Oct (make-up), Mon 13 Oct.
        Assert.Equal(D(10, 13), Date(Periods.AfterAnnouncement(ProcurementMethod.RequestForQuotation, Jiangmen, D(10, 9), false), PeriodKind.EarliestDeadline));
        Assert.Equal(D(10, 10), Date(Periods.AfterAnnouncement(ProcurementMethod.CompetitiveNegotiation, Jiangmen, D(9, 29), false), PeriodKind.AnnouncementEnds));
    }

    [Fact]
    public void Consultation_needs_ten_days_and_moves_off_the_holiday()
    {
        Assert.Equal(D(10, 9), Date(Periods.AfterAnnouncement(ProcurementMethod.CompetitiveConsultation, Jiangmen, D(9, 21), false), PeriodKind.EarliestDeadline));
    }

    [Fact]
    public void Single_source_notice_runs_five_working_days_only_when_required()
    {
        Assert.Equal(D(10, 14), Date(Periods.AfterAnnouncement(ProcurementMethod.SingleSource, Jiangmen, D(9, 30), true), PeriodKind.EarliestSingleSourceAward));
        Assert.Empty(Periods.AfterAnnouncement(ProcurementMethod.SingleSource, Jiangmen, D(9, 30), false));
    }

    [Fact]
    public void A_late_substantive_clarification_pushes_the_tender_deadline_out()
    {
        Assert.Equal(D(10, 24), Periods.DeadlineAfterClarification(ProcurementMethod.OpenTender, Jiangmen, D(10, 9), D(10, 20)));
        Assert.Equal(D(10, 20), Periods.DeadlineAfterClarification(ProcurementMethod.OpenTender, Jiangmen, D(9, 20), D(10, 20)));
        Assert.Equal(D(10, 5), Periods.LatestClarification(ProcurementMethod.OpenTender, Jiangmen, D(10, 20)).Date);
    }

    [Fact]
    public void Negotiation_clarifications_count_working_days_across_the_holiday()
    {
        Assert.Equal(D(10, 13), Periods.DeadlineAfterClarification(ProcurementMethod.CompetitiveNegotiation, Jiangmen, D(10, 9), D(10, 13)));
        Assert.Equal(D(10, 14), Periods.DeadlineAfterClarification(ProcurementMethod.CompetitiveNegotiation, Jiangmen, D(10, 10), D(10, 13)));
        // Three working days before Mon 13 Oct: Sat 11 (make-up), Fri 10, Thu 9.
        Assert.Equal(D(10, 9), Periods.LatestClarification(ProcurementMethod.CompetitiveNegotiation, Jiangmen, D(10, 13)).Date);
    }

    [Fact]
    public void Award_periods_count_working_days_across_the_holiday()
    {
        var afterEvaluation = Periods.AfterEvaluation(Jiangmen, D(9, 26));
        Assert.Equal(D(9, 29), Date(afterEvaluation, PeriodKind.EvaluationReportDue));
        Assert.Equal(D(10, 10), Date(afterEvaluation, PeriodKind.PurchaserDecisionDue));
        Assert.Equal(D(10, 10), Date(Periods.AfterDecision(Jiangmen, D(9, 30)), PeriodKind.ResultPublicationDue));
        Assert.Equal(D(10, 9), Periods.ResultAnnouncementEnds(Jiangmen, D(9, 30)).Date);
    }

    [Fact]
    public void A_city_rule_with_a_longer_period_beats_the_province()
    {
        var longer = new ProcurementRule(RuleKind.TenderAnnouncementWorkingDays, 7, RuleUnit.WorkingDays, Jiangmen, new DateOnly(2021, 1, 1), null, "江门市测试规则");
        var periods = new ProjectPeriods(new RuleSet(DefaultProcurementRules.All().Append(longer), RegionDirectory.Guangdong), WorkingDayCalendar.China);

        var ends = periods.AfterAnnouncement(ProcurementMethod.OpenTender, "440784", D(9, 26), false).Single(d => d.Kind == PeriodKind.AnnouncementEnds);

        Assert.Equal(D(10, 13), ends.Date);
        Assert.Equal("江门市测试规则", ends.Citation);
    }
}

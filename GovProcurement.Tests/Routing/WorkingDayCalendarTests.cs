using GovProcurement.Domain.Calendar;

namespace GovProcurement.Tests.Routing;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;

    [Theory]
    [InlineData("2021-02-07", true)]   // Sunday worked before the 2021 Spring Festival
    [InlineData("2021-02-11", false)]  // Spring Festival
    [InlineData("2026-10-08", true)]   // Thursday after National Day
    [InlineData("2026-10-07", false)]  // last day of the National Day holiday
    [InlineData("2026-10-10", true)]   // Saturday worked after National Day
    [InlineData("2026-11-28", false)]  // an ordinary Saturday
    [InlineData("2026-11-27", true)]   // an ordinary Friday
    public void Days_AreWorkingOrNot(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void FiveWorkingDays_AcrossNationalDay_CountTheMakeUpSaturday()
    {
        // 2026-09-30 (Wed) + 5 working days: 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13.
        Assert.Equal(new DateOnly(2026, 10, 13), Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 5));
        Assert.Equal(5, Calendar.WorkingDaysBetween(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 13)));
    }

    [Fact]
    public void EveryYearFrom2021To2027_IsCovered_And2027IsMarkedProvisional()
    {
        Assert.Equal(2021, Calendar.FirstYear);
        Assert.Equal(2027, Calendar.LastYear);
        Assert.True(Calendar.Year(2027)!.Provisional);
        Assert.False(Calendar.Year(2026)!.Provisional);
        Assert.All(Enumerable.Range(2021, 6), y => Assert.All(Calendar.Year(y)!.MakeUpWorkdays, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)));
    }

    [Fact]
    public void DaysOutsideTheCalendar_AreRefused() =>
        Assert.Contains("2030", Assert.Throws<GovProcurement.Domain.Common.DomainException>(() => Calendar.IsWorkingDay(new DateOnly(2030, 1, 2))).Message);
}

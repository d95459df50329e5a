using System.Text.Json;

namespace GovProcurement.Domain.Calendar;

/// <summary>
/// China's working days: Monday to Friday, less public holidays, plus the make-up working
/// weekend days (调休), from the State Council's yearly notices kept as data
/// (<c>china-working-days.json</c>). A year whose notice is not yet loaded is marked provisional.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> holidays = [];
    private readonly HashSet<DateOnly> makeUpWorkdays = [];
    private readonly Dictionary<int, CalendarYear> years;

    public WorkingDayCalendar(IEnumerable<CalendarYear> data)
    {
        years = data.ToDictionary(y => y.Year);
        foreach (var year in years.Values)
        {
            foreach (var holiday in year.Holidays)
            {
                for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
                {
                    holidays.Add(day);
                }
            }

            makeUpWorkdays.UnionWith(year.MakeUpWorkdays);
        }
    }

    public static WorkingDayCalendar China { get; } = new(Load());

    public int FirstYear => years.Keys.Min();

    public int LastYear => years.Keys.Max();

    /// <summary>The year's data, or null for a year the calendar does not cover.</summary>
    public CalendarYear? Year(int year) => years.GetValueOrDefault(year);

    public bool IsWorkingDay(DateOnly day)
    {
        EnsureCovered(day);
        if (makeUpWorkdays.Contains(day))
        {
            return true;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);
    }

    /// <summary>The day <paramref name="count"/> working days after <paramref name="start"/> (start itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count--;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private void EnsureCovered(DateOnly day)
    {
        if (!years.ContainsKey(day.Year))
        {
            throw new Common.DomainException(
                $"工作日历只包含 {FirstYear}—{LastYear} 年，{day:yyyy-MM-dd} 的期限无法计算；请管理员载入国务院 {day.Year} 年放假安排。",
                $"The working-day calendar covers {FirstYear}–{LastYear} only; a period on {day:yyyy-MM-dd} cannot be counted until {day.Year} is loaded.");
        }
    }

    private static IEnumerable<CalendarYear> Load()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly
            .GetManifestResourceStream("GovProcurement.Domain.Calendar.china-working-days.json")
            ?? throw new InvalidOperationException("The calendar data file is not embedded.");
        var file = JsonSerializer.Deserialize<CalendarFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        return file?.Years ?? [];
    }

    private sealed record CalendarFile(string Source, List<CalendarYear> Years);
}

/// <summary>One year's holiday arrangement and its source.</summary>
public sealed record CalendarYear(int Year, string Citation, bool Provisional, IReadOnlyList<HolidayPeriod> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays);

public sealed record HolidayPeriod(string Name, string NameEn, DateOnly From, DateOnly To);

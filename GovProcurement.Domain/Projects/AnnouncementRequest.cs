using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Projects;

/// <summary>What the agency types when it announces a project: the deadline (Beijing time) and what it adds to the notice.</summary>
public sealed record AnnouncementRequest(DateTime? DeadlineInChina, string? Additions)
{
    public const int AdditionsMaxLength = 2000;
}

/// <summary>
/// An announcement's fields against the schedule of the day it is published: a deadline given and no earlier
/// than the statutory period allows, and bounded additions.
/// </summary>
public sealed class AnnouncementRequestValidator : AbstractValidator<AnnouncementRequest>
{
    public AnnouncementRequestValidator(AnnouncementSchedule schedule)
    {
        RuleFor(r => r.DeadlineInChina).NotNull().WithText(new Bilingual("请选择投标截止日期和时间。", "Choose the deadline's day and time."))
            .Must(deadline => deadline is null || DateOnly.FromDateTime(deadline.Value) >= schedule.EarliestDeadline).WithText(TooEarly(schedule));
        RuleFor(r => r.Additions).OptionalText(AnnouncementRequest.AdditionsMaxLength, "补充说明", "The additions");
    }

    private static Bilingual TooEarly(AnnouncementSchedule schedule)
    {
        var rule = schedule.Dates.FirstOrDefault(d => d.Kind is PeriodKind.EarliestDeadline or PeriodKind.EarliestSingleSourceAward);
        return new Bilingual(
            $"截止时间不得早于 {schedule.EarliestDeadline:yyyy-MM-dd}（{rule?.Reason.Zh}；{rule?.Citation}）。",
            $"The deadline cannot be before {schedule.EarliestDeadline:yyyy-MM-dd} ({rule?.Reason.En}).");
    }
}

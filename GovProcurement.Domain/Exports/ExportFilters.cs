using System.Text.Json;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Supervision;

namespace GovProcurement.Domain.Exports;

/// <summary>
/// What an export is filtered by, stored with the job as JSON: the period, a plan status, a chart
/// slice. Bounded, so a stored job never holds more than <see cref="MaxLength"/> characters.
/// </summary>
public sealed record ExportFilters(DateOnly? From = null, DateOnly? To = null, PlanStatus? Status = null, PlanDimension? Dimension = null, string? Key = null)
{
    public const int MaxLength = 1_000;
    public const int KeyMaxLength = 64;

    public static readonly ExportFilters None = new();

    public static ExportFilters Of(SupervisionPeriod period) => new(period.From, period.To);

    public static ExportFilters Of(PlanSlice slice) => new(slice.Period.From, slice.Period.To, Dimension: slice.Dimension, Key: slice.Key);

    /// <summary>The period, or the calendar year to <paramref name="today"/> when none was given.</summary>
    public SupervisionPeriod PeriodOr(DateOnly today) => new(From ?? new DateOnly(today.Year, 1, 1), To ?? today);

    public PlanSlice Slice(DateOnly today) => new(PeriodOr(today), Dimension ?? PlanDimension.Region, Key ?? "");

    public string Serialize()
    {
        if (Key is { Length: > KeyMaxLength })
        {
            throw new DomainException("筛选条件过长。", "The filter is too long.");
        }

        var json = JsonSerializer.Serialize(this);
        return json.Length <= MaxLength ? json : throw new DomainException("筛选条件过长。", "The filter is too long.");
    }

    public static ExportFilters Deserialize(string json) =>
        string.IsNullOrEmpty(json) ? None : JsonSerializer.Deserialize<ExportFilters>(json) ?? None;
}

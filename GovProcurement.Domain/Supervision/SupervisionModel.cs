using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Supervision;

/// <summary>The days a dashboard covers, both included, in China time.</summary>
public sealed record SupervisionPeriod(DateOnly From, DateOnly To)
{
    public DateTime FromUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Clock.ChinaOffset;

    public DateTime ToUtcExclusive => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Clock.ChinaOffset;

    public void Check()
    {
        if (To < From || To.DayNumber - From.DayNumber > 3660)
        {
            throw new DomainException("请选择有效的统计期间（结束日期不早于开始日期，最长十年）。", "Choose a valid period (the end not before the start, at most ten years).");
        }
    }
}

/// <summary>What a chart slices plans by; each slice drills into the plans behind it.</summary>
public enum PlanDimension
{
    Region = 1,
    Category = 2,
    Route = 3,
    Method = 4,
}

/// <summary>One slice of a chart: its key (for the drill-down), how many plans and how much.</summary>
public sealed record Slice(string Key, int Count, Money Amount);

/// <summary>A plan waiting for the regulator's filing, and for how long.</summary>
public sealed record WaitingFiling(Guid PlanId, string Number, string Title, string UnitName, string RegionCode, Money Total, DateTime SubmittedUtc, int WorkingDaysWaited);

/// <summary>A filed plan whose intention was published fewer days before its expected start than the rule asks (<see cref="Plans.IntentionLeadCheck"/>).</summary>
public sealed record LateIntention(Guid PlanId, string Number, string Title, string UnitName, DateOnly IntentionPublished, DateOnly ExpectedStart, int Days, int RequiredDays);

/// <summary>Project money reserved for and awarded to SMEs.</summary>
public sealed record SmeShares(int ProjectCount, Money ProjectBudget, Money ReservedBudget, Money Awarded, Money AwardedToSme, Money AwardedToSmallAndMicro)
{
    public decimal? ReservedShare => ProjectBudget.Fen == 0 ? null : (decimal)ReservedBudget.Fen / ProjectBudget.Fen;

    public decimal? AwardedShare => Awarded.Fen == 0 ? null : (decimal)AwardedToSme.Fen / Awarded.Fen;

    public static SmeShares Sum(IEnumerable<SmeShares> parts)
    {
        var list = parts.ToList();
        return new SmeShares(list.Sum(p => p.ProjectCount), list.Select(p => p.ProjectBudget).Total(), list.Select(p => p.ReservedBudget).Total(),
            list.Select(p => p.Awarded).Total(), list.Select(p => p.AwardedToSme).Total(), list.Select(p => p.AwardedToSmallAndMicro).Total());
    }
}

/// <summary>The regulator's dashboard for a period over its jurisdiction.</summary>
public sealed record SupervisionDashboard(
    SupervisionPeriod Period,
    string RegionCode,
    int FiledCount,
    Money FiledAmount,
    IReadOnlyList<Slice> ByRegion,
    IReadOnlyList<Slice> ByCategory,
    IReadOnlyList<Slice> ByRoute,
    IReadOnlyList<Slice> ByMethod,
    SmeShares Sme,
    IReadOnlyList<WaitingFiling> Waiting,
    IReadOnlyList<LateIntention> LateIntentions);

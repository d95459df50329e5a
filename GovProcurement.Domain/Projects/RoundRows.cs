namespace GovProcurement.Domain.Projects;

/// <summary>
/// A row that belongs to one round of a project: a registration, a question, a bid, a panel draw,
/// a technical score or a lot result.
/// </summary>
/// <remarks>
/// These rows carry the round's number rather than a foreign key to the round's row: the number is
/// part of their unique indexes (one sealed bid per supplier per round, one panel per round), rows
/// written before rounds became rows keep meaning what they meant without a backfill, and a store
/// upgraded from then has a row only for its current round, so earlier rounds' rows have no round
/// row to point at. (ProjectId, Number) identifies a round uniquely, which is all they need.
/// </remarks>
public interface IRoundRow
{
    Guid ProjectId { get; }

    int Round { get; }
}

/// <summary>The one way to say "the registrations, bids, panel or evaluation of this round".</summary>
public static class RoundRows
{
    public static IQueryable<T> Of<T>(this IQueryable<T> rows, ProcurementRound round) where T : class, IRoundRow
    {
        var projectId = round.ProjectId;
        var number = round.Number;
        return rows.Where(r => r.ProjectId == projectId && r.Round == number);
    }

    /// <summary>The rows of the project's current round.</summary>
    public static IQueryable<T> OfCurrentRound<T>(this IQueryable<T> rows, ProcurementProject project) where T : class, IRoundRow =>
        rows.Of(project.CurrentRound);
}

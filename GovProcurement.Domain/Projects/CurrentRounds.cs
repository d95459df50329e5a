using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace GovProcurement.Domain.Projects;

/// <summary>
/// The one place that says which round of a project is its current one, for queries across many
/// projects: they filter, order and project by the current round, or keep only the round rows of
/// the current rounds, through these extensions and never match a round number themselves.
/// </summary>
/// <remarks>
/// The current round is the project's round whose number is the project's <see cref="ProcurementProject.Round"/>.
/// The extensions compose that match into the caller's expression, so each query stays one SQL
/// statement on every provider.
/// </remarks>
public static class CurrentRounds
{
    private static readonly Expression<Func<ProcurementProject, IEnumerable<ProcurementRound>>> CurrentOf =
        p => p.Rounds.Where(r => r.Number == p.Round);

    /// <summary>The projects whose current round satisfies the condition.</summary>
    public static IQueryable<ProcurementProject> WhereCurrentRound(this IQueryable<ProcurementProject> projects, Expression<Func<ProcurementRound, bool>> condition)
    {
        var p = CurrentOf.Parameters[0];
        var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(ProcurementRound)], CurrentOf.Body, condition);
        return projects.Where(Expression.Lambda<Func<ProcurementProject, bool>>(any, p));
    }

    /// <summary>
    /// The projects whose current round satisfies the condition, found from the rounds that satisfy
    /// it: for a condition an index of the rounds answers (a period of announcements), so that the
    /// store reads those rounds instead of testing every project's current round.
    /// </summary>
    public static IQueryable<ProcurementProject> WhereCurrentRoundAmong(this IQueryable<ProcurementProject> projects, IQueryable<ProcurementRound> rounds, Expression<Func<ProcurementRound, bool>> condition) =>
        rounds.Where(condition).Join(projects, r => new { r.ProjectId, r.Number }, p => new { ProjectId = p.Id, Number = p.Round }, (r, p) => p);

    /// <summary>Each project with its current round (null members where the project has no round row).</summary>
    public static IQueryable<TResult> SelectWithCurrentRound<TResult>(this IQueryable<ProcurementProject> projects, Expression<Func<ProcurementProject, ProcurementRound, TResult>> selector) =>
        projects.Select(WithCurrentRound(selector));

    /// <summary>The projects in the order of a value of their current round.</summary>
    public static IOrderedQueryable<ProcurementProject> OrderByCurrentRound<TKey>(this IQueryable<ProcurementProject> projects, Expression<Func<ProcurementRound, TKey>> key)
    {
        var p = Expression.Parameter(typeof(ProcurementProject), "p");
        return projects.OrderBy(WithCurrentRound(Expression.Lambda<Func<ProcurementProject, ProcurementRound, TKey>>(key.Body, p, key.Parameters[0])));
    }

    /// <summary>The rows (registrations, questions, bids, panel draws, scores, lot results) of the current rounds of these projects.</summary>
    public static IQueryable<T> InCurrentRounds<T>(this IQueryable<T> rows, IQueryable<ProcurementProject> projects) where T : class, IRoundRow =>
        rows.Where(r => projects.Any(p => p.Id == r.ProjectId && p.Round == r.Round));

    private static Expression<Func<ProcurementProject, TResult>> WithCurrentRound<TResult>(Expression<Func<ProcurementProject, ProcurementRound, TResult>> selector)
    {
        var p = CurrentOf.Parameters[0];
        var current = Expression.Call(typeof(Enumerable), nameof(Enumerable.FirstOrDefault), [typeof(ProcurementRound)], CurrentOf.Body);
        var body = ReplacingExpressionVisitor.Replace(selector.Parameters[0], p, selector.Body);
        body = ReplacingExpressionVisitor.Replace(selector.Parameters[1], current, body);
        return Expression.Lambda<Func<ProcurementProject, TResult>>(body, p);
    }
}

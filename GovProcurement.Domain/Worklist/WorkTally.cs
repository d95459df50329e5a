using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Worklist;

/// <summary>
/// The navigation's counts in one statement. Each source adds, for each kind, the store query of what
/// waits for the actor (the same query its list reads the oldest of, <see cref="WorkQuery{T}"/>); the
/// tally tags every query with its kind, joins them (UNION ALL) and counts by kind in the store, so no
/// row is loaded however many wait.
/// </summary>
public sealed class WorkTally
{
    private IQueryable<int>? tagged;

    /// <summary>Counts what each query finds under its kind.</summary>
    public void Add<T>(IEnumerable<WorkQuery<T>> queries)
    {
        foreach (var query in queries)
        {
            Add(query.Kind, query.Waiting);
        }
    }

    public void Add<T>(WorkKind kind, IQueryable<T> waiting)
    {
        // The kind is a constant of the statement, not a parameter: every provider types it as an integer in the union.
        var row = Expression.Parameter(typeof(T), "row");
        var kindOfRow = waiting.Select(Expression.Lambda<Func<T, int>>(Expression.Constant((int)kind), row));
        tagged = tagged is null ? kindOfRow : tagged.Concat(kindOfRow);
    }

    /// <summary>How many wait of each kind, in one query (none when no source applies to the actor).</summary>
    public async Task<Dictionary<WorkKind, int>> CountAsync(CancellationToken ct)
    {
        if (tagged is null)
        {
            return [];
        }

        var counts = await tagged.GroupBy(kind => kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.ToDictionary(c => (WorkKind)c.Kind, c => c.Count);
    }
}

/// <summary>What waits for the actor of one kind, as a store query: the condition of the step's own answer.</summary>
public sealed record WorkQuery<T>(WorkKind Kind, IQueryable<T> Waiting);

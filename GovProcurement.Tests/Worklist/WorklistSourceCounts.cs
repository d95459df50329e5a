using GovProcurement.Domain.Common;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Worklists;

/// <summary>
/// What the count tests of every source assert: the navigation counts what waits in the store (sixty more
/// when sixty more wait), the list shows at most its cap of them, and the counts are sent as the same
/// commands however many wait, one of them counting: the rows are never loaded.
/// </summary>
public abstract class WorklistSourceCounts : ProjectScenarioTest
{
    public const int Waiting = 60;

    protected Worklist List => Store.Get<Worklist>();

    /// <summary>The count of a kind for the actor and the commands the counts sent, on one context.</summary>
    protected async Task<(int Count, IReadOnlyList<string> Commands)> CountAsync(Actor actor, WorkKind kind)
    {
        await using var db = Store.Db();
        using var counter = new CommandCounter(db);
        var counts = await List.CountsAsync(db, actor);
        return (counts.ByKind.GetValueOrDefault(kind), counter.Commands);
    }

    /// <summary>
    /// Counts before, lets <paramref name="arrange"/> add <see cref="Waiting"/> items of the kind, and asserts
    /// the count rose by exactly that many, the list shows its cap, and the counting commands did not change:
    /// the same few, one of them the count, none reading <paramref name="table"/> but the count.
    /// </summary>
    protected async Task AssertCountedWholeAsync(Actor actor, WorkKind kind, string table, Func<Task> arrange)
    {
        var before = await CountAsync(actor, kind);
        await arrange();
        var after = await CountAsync(actor, kind);

        Assert.Equal(before.Count + Waiting, after.Count);
        Assert.True(after.Count > Worklist.CandidatesPerSource);
        Assert.Equal(Worklist.CandidatesPerSource, (await List.ForAsync(actor)).Count(i => i.Kind == kind));
        AssertCountsDoNotLoadRows(after.Commands, table);
        Assert.Equal(before.Commands.Count, after.Commands.Count);
    }

    /// <summary>One command counts (grouped by kind); the others only read who the actor is: none reads the items' table.</summary>
    protected static void AssertCountsDoNotLoadRows(IReadOnlyList<string> commands, string table)
    {
        var counting = Assert.Single(commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("GROUP BY", counting, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"\"{table}\"", counting, StringComparison.Ordinal);
        Assert.All(commands.Where(c => !ReferenceEquals(c, counting)), c => Assert.DoesNotContain($"\"{table}\"", c, StringComparison.Ordinal));
        Assert.InRange(commands.Count, 1, 5);
    }
}

using GovProcurement.Domain.Common;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Mall;

/// <summary>
/// Who someone is to an e-mall record of 江门市第一中学 (Jiangmen city level) or to a contract:
/// each role, the record's own organisation or another, and regulators of the record's own region,
/// of the province above it and of another region.
/// </summary>
public enum MallParty
{
    OwnOperator,
    OwnReviewer,

    /// <summary>江门市教育局's operator: another unit (and the school's competent unit, which may run framework agreements).</summary>
    OtherUnitOperator,

    /// <summary>江门市公共资源交易中心, the centralized agency.</summary>
    Agency,
    FirstSupplier,
    SecondSupplier,
    ThirdSupplier,

    /// <summary>江门市财政局, the finance department of the record's own region.</summary>
    OwnRegionRegulator,

    /// <summary>广东省财政厅: the region above.</summary>
    ProvinceRegulator,

    /// <summary>鹤山市财政局: another region altogether.</summary>
    HeshanRegulator,
    Admin,
}

/// <summary>Signs in the demo account of each <see cref="MallParty"/>, and holds an answer and its use cases to each other.</summary>
public sealed class MallParties(ProjectScenario scenario)
{
    public static IReadOnlyList<MallParty> All { get; } = Enum.GetValues<MallParty>();

    public Task<Actor> ActorAsync(MallParty party) => party switch
    {
        MallParty.OwnOperator => scenario.ActorAsync(ProjectScenario.Operator),
        MallParty.OwnReviewer => scenario.ActorAsync(ProjectScenario.Reviewer),
        MallParty.OtherUnitOperator => scenario.ActorAsync("440700101001002"),
        MallParty.Agency => scenario.ActorAsync(ProjectScenario.Agency),
        MallParty.FirstSupplier => scenario.ActorAsync(ProjectScenario.SmallSupplier),
        MallParty.SecondSupplier => scenario.ActorAsync(ProjectScenario.MicroSupplier),
        MallParty.ThirdSupplier => scenario.ActorAsync(ProjectScenario.MediumSupplier),
        MallParty.OwnRegionRegulator => scenario.ActorAsync(ProjectScenario.Regulator),
        MallParty.ProvinceRegulator => scenario.ActorAsync("440000cz"),
        MallParty.HeshanRegulator => scenario.ActorAsync("440784cz"),
        MallParty.Admin => Task.FromResult(MallScenario.PlatformAdmin),
        _ => throw new ArgumentOutOfRangeException(nameof(party)),
    };

    /// <summary>
    /// For every party and every action: a record the party may not see (no answer) is refused by the
    /// use case; a refused action is refused by the use case with the answer's very reason. Returns
    /// the offered (party, action) pairs, which the caller takes each on a fresh arrangement.
    /// </summary>
    public async Task<List<(MallParty Party, TAction Action)>> RefusalsAgreeAsync<TAction>(
        Func<Actor, Task<ActionSet<TAction>?>> answer, Func<TAction, Actor, Task> take, IEnumerable<TAction>? notTaken = null)
        where TAction : struct, Enum
    {
        var skipped = (notTaken ?? []).ToHashSet();
        var offered = new List<(MallParty, TAction)>();
        foreach (var party in All)
        {
            var actor = await ActorAsync(party);
            var steps = await answer(actor);
            foreach (var action in Enum.GetValues<TAction>())
            {
                if (steps?.WhyNot(action) is { } refusal)
                {
                    if (!skipped.Contains(action))
                    {
                        var thrown = await Assert.ThrowsAsync<DomainException>(() => take(action, actor));
                        Assert.Equal(refusal.ToException().Message, thrown.Message);
                    }
                }
                else if (steps is null)
                {
                    if (!skipped.Contains(action))
                    {
                        await Assert.ThrowsAsync<DomainException>(() => take(action, actor));
                    }
                }
                else
                {
                    offered.Add((party, action));
                }
            }
        }

        return offered;
    }

    /// <summary>The pairs in one order, so two lists compare as sets.</summary>
    public static List<(MallParty Party, TAction Action)> Sorted<TAction>(IEnumerable<(MallParty Party, TAction Action)> pairs) where TAction : struct, Enum =>
        pairs.OrderBy(p => p.Party).ThenBy(p => Convert.ToInt32(p.Action, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}

using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

// Types that break the architecture rules on purpose, so that each rule is seen to fail on them.
// Nothing in the product uses them.
#pragma warning disable CA1822
namespace GovProcurement.Tests.Architecture.Violations.Domain
{
    /// <summary>A "domain" rule that picks a MudBlazor colour: the domain would know the portal's library.</summary>
    internal sealed class RuleThatPicksAColour
    {
        public MudBlazor.Color ColourOf(PlanStatus status) => status == PlanStatus.Filed ? MudBlazor.Color.Success : MudBlazor.Color.Default;
    }

    /// <summary>A "domain" type that renders itself.</summary>
    internal sealed class RuleThatRenders : ComponentBase;

    /// <summary>A domain type as it should be: it knows its own vocabulary only.</summary>
    internal sealed class RuleThatKeepsToItself
    {
        public bool IsFinal(PlanStatus status) => status is PlanStatus.Filed or PlanStatus.Cancelled;
    }
}

namespace GovProcurement.Tests.Architecture.Violations.Pages
{
    /// <summary>A page that opens the store itself instead of asking a use case or a query.</summary>
    internal sealed class PageThatQueriesTheStore : ComponentBase
    {
        [Inject]
        public IDbContextFactory<GovProcurementDbContext> Store { get; set; } = default!;

        public async Task<int> CountAsync()
        {
            await using var db = await Store.CreateDbContextAsync();
            return await db.Set<ProcurementPlan>().CountAsync();
        }
    }

    /// <summary>A page as it should be: it asks the domain's query.</summary>
    internal sealed class PageThatAsksTheDomain : ComponentBase
    {
        [Inject]
        public PlanQueries Plans { get; set; } = default!;
    }
}

namespace GovProcurement.Tests.Architecture.Violations.Aggregates
{
    /// <summary>An aggregate whose status anyone may set, skipping its transition table.</summary>
    internal sealed class AggregateWithAPublicStatus
    {
        public PlanStatus Status { get; set; }
    }

    /// <summary>An aggregate whose status any domain class may set, not only its own methods.</summary>
    internal sealed class AggregateWithAnInternalStatus
    {
        public PlanStatus Status { get; internal set; }
    }

    /// <summary>An aggregate whose lifecycle state (not named Status) anyone may set while creating it.</summary>
    internal sealed class AggregateWithAnInitOnlyMoment
    {
        public DateTime? FiledUtc { get; init; }
    }

    /// <summary>An aggregate as it should be: only its own methods move it on.</summary>
    internal sealed class AggregateThatMovesItself
    {
        public PlanStatus Status { get; private set; }

        public DateTime? FiledUtc { get; private set; }

        public void File(DateTime atUtc) => (Status, FiledUtc) = (PlanStatus.Filed, atUtc);
    }
}
#pragma warning restore CA1822

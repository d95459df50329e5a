using System.Diagnostics;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>
/// A year of Jiangmen and Heshan procurement for the demo store (configuration
/// <c>DemoData:Story</c>), told by the platform's own use cases on a clock that starts about a
/// year ago and stops at now: intentions, plans in every status, the e-mall's listings, orders, biddings, reverse auctions and framework call-offs, projects at every stage, the
/// awards' contracts in every state with a paid and an overdue prepayment, one contract performed and accepted with its
/// performance bond refunded and its acceptance instalment paid, and the exceptions the
/// supervision detectors find. Runs once, right after the demo organisations are added.
/// </summary>
public sealed class DemoStory(IServiceProvider services, IDbContextFactory<GovProcurementDbContext> store, IConfiguration configuration, TimeProvider time, ILogger<DemoStory> logger)
{
    public const string Setting = DemoDataSeeder.Section + ":Story";

    public bool Enabled => configuration.GetValue<bool>(Setting);

    public async Task TellAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var clock = new StoryClock(time.GetUtcNow());
        var desk = await StoryDesk.OpenAsync(services, clock, cancellationToken);
        await LoadLastYearsBudgetsAsync(desk, cancellationToken);
        await StoryScheduler.RunAsync(clock, [.. PlanChapter.Scripts(desk), .. MallChapter.Scripts(desk), .. MallMethodsChapter.Scripts(desk), .. ProjectChapter.Scripts(desk)], cancellationToken);
        logger.LogInformation("Demo story told in {Milliseconds} ms", (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The story reaches back into last fiscal year: the demo units get an approved line for it too.</summary>
    private async Task LoadLastYearsBudgetsAsync(StoryDesk desk, CancellationToken cancellationToken)
    {
        var year = desk.Clock.AnchorDay.Year - 1;
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var units = await db.Organizations.OfType<BudgetUnit>().Select(u => new { u.Id, u.BudgetCode }).ToListAsync(cancellationToken);
        foreach (var unit in units)
        {
            await desk.BudgetLines.LoadAsync(unit.Id, [new(year, $"{unit.BudgetCode}-{year}-01", "一般公共预算", Money.FromYuan(8_000_000m))], cancellationToken);
        }
    }
}

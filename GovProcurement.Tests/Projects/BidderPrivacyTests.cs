using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Bids;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Projects;

/// <summary>Until the opening nobody, the administrator included, learns who bid or how many; after it they do.</summary>
public sealed class BidderPrivacyTests : IAsyncLifetime
{
    private const string SupplierName = "江门市华信电脑科技有限公司";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
    private TestStore store = default!;
    private ProjectScenario scenario = default!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(demoData: true, time: time);
        scenario = new ProjectScenario(store.Services);
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task The_audit_page_hides_bid_submissions_until_the_opening_and_shows_them_after()
    {
        var projectId = await scenario.PreparedProjectAsync();
        var deadline = await scenario.AnnounceAsync(projectId);
        var announced = (await store.Get<AuditLog>().PageAsync(0, 1)).Items[0].Sequence;
        await scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "a");
        await scenario.BidAsync(projectId, ProjectScenario.MicroSupplier, 1_480_000m, "b");
        await store.Get<BidBox>().WithdrawAsync(projectId, await scenario.ActorAsync(ProjectScenario.MicroSupplier));
        time.SetUtcNow(deadline);

        // Onboarding entries name every supplier; what matters is that nothing since the announcement does.
        var before = (await store.Get<AuditLog>().PageAsync(0, 200)).Items.Where(l => l.Sequence > announced).ToList();
        Assert.DoesNotContain(before, l => l.Type is AuditEventType.BidSubmitted or AuditEventType.BidWithdrawn);
        Assert.DoesNotContain(before, l => $"{l.Actor} {l.Subject} {l.Detail}".Contains(SupplierName) || l.Actor == ProjectScenario.SmallSupplier || l.Actor == ProjectScenario.MicroSupplier);
        Assert.Equal(3, before.Count(l => l.Withheld));
        Assert.Equal(AuditChainState.Intact, (await store.Get<AuditLog>().VerifyAsync()).State);

        await store.Get<BidOpening>().OpenAsync(projectId, await scenario.ActorAsync(ProjectScenario.Agency));

        var after = (await store.Get<AuditLog>().PageAsync(0, 200)).Items;
        Assert.DoesNotContain(after, l => l.Withheld);
        var submitted = after.Where(l => l.Type == AuditEventType.BidSubmitted).ToList();
        Assert.Equal(2, submitted.Count);
        Assert.Contains(submitted, l => l.Actor == ProjectScenario.SmallSupplier && l.Detail.Contains(SupplierName));
        Assert.Single(after, l => l.Type == AuditEventType.BidWithdrawn);
    }
}

using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Bids;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Projects;

/// <summary>Until the opening nobody, the administrator included, learns who bid or how many; after it they do.</summary>
public sealed class BidderPrivacyTests : ProjectScenarioTest
{
    private const string SupplierName = "江门市华信电脑科技有限公司";

    [Fact]
    public async Task The_audit_page_hides_bid_submissions_until_the_opening_and_shows_them_after()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        var deadline = await Scenario.AnnounceAsync(projectId);
        var announced = (await Store.Get<AuditLog>().PageAsync(0, 1)).Items[0].Sequence;
        await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "a");
        await Scenario.BidAsync(projectId, ProjectScenario.MicroSupplier, 1_480_000m, "b");
        await Store.Get<BidBox>().WithdrawAsync(projectId, await Scenario.ActorAsync(ProjectScenario.MicroSupplier));
        Time.SetUtcNow(deadline);

        // Onboarding entries name every supplier; what matters is that nothing since the announcement does.
        var before = (await Store.Get<AuditLog>().PageAsync(0, 200)).Items.Where(l => l.Sequence > announced).ToList();
        Assert.DoesNotContain(before, l => l.Type is AuditEventType.BidSubmitted or AuditEventType.BidWithdrawn);
        Assert.DoesNotContain(before, l => $"{l.Actor} {l.Subject} {l.Detail}".Contains(SupplierName) || l.Actor == ProjectScenario.SmallSupplier || l.Actor == ProjectScenario.MicroSupplier);
        Assert.Equal(3, before.Count(l => l.Withheld));
        Assert.Equal(AuditChainState.Intact, (await Store.Get<AuditLog>().VerifyAsync()).State);

        await Store.Get<BidOpening>().OpenAsync(projectId, await Scenario.ActorAsync(ProjectScenario.Agency));

        var after = (await Store.Get<AuditLog>().PageAsync(0, 200)).Items;
        Assert.DoesNotContain(after, l => l.Withheld);
        var submitted = after.Where(l => l.Type == AuditEventType.BidSubmitted).ToList();
        Assert.Equal(2, submitted.Count);
        Assert.Contains(submitted, l => l.Actor == ProjectScenario.SmallSupplier && l.Detail.Contains(SupplierName));
        Assert.Single(after, l => l.Type == AuditEventType.BidWithdrawn);
    }
}

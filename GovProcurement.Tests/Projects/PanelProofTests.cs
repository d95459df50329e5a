using System.Text.Json;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Experts;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Projects;

/// <summary>Someone with database access edits a recorded draw: its verification fails.</summary>
public sealed class PanelProofTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
    private TestStore store = default!;
    private ProjectScenario scenario = default!;
    private Guid projectId;
    private PanelView drawn = default!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(demoData: true, time: time);
        scenario = new ProjectScenario(store.Services);
        projectId = await scenario.PreparedProjectAsync();
        var deadline = await scenario.AnnounceAsync(projectId);
        await scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "a");
        await scenario.BidAsync(projectId, ProjectScenario.MicroSupplier, 1_480_000m, "b");
        time.SetUtcNow(deadline);
        var agency = await scenario.ActorAsync(ProjectScenario.Agency);
        await store.Get<BidOpening>().OpenAsync(projectId, agency);
        drawn = await store.Get<PanelDrawing>().DrawAsync(projectId, 3, agency);
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    private async Task<DrawProof> ProofAsync() =>
        (await store.Get<PanelDrawing>().CurrentAsync(projectId, await scenario.ActorAsync(ProjectScenario.Agency)))!.Proof;

    [Fact]
    public async Task An_untouched_draw_replays_with_its_exclusions()
    {
        Assert.Equal(DrawProof.Replays, drawn.Proof);
        Assert.Equal(["冯碧云", "郑海涛"], drawn.Draw.Excluded.Select(e => e.Name).Order().ToArray());
        Assert.All(drawn.Draw.Excluded, e => Assert.False(string.IsNullOrEmpty(e.ReasonEn)));
        Assert.Equal(DrawProof.Replays, await ProofAsync());
    }

    [Fact]
    public async Task Emptying_the_stored_exclusions_fails_verification()
    {
        await store.ExecuteSqlAsync("UPDATE PanelDraws SET ExcludedJson = '[]'");

        Assert.Equal(DrawProof.Fails, await ProofAsync());
    }

    [Fact]
    public async Task Moving_an_excluded_expert_into_the_candidates_fails_verification()
    {
        var candidates = drawn.Draw.Candidates.Append(drawn.Draw.Excluded[0].ExpertId).Order().ToList();
        await store.ExecuteSqlAsync("UPDATE PanelDraws SET CandidatesJson = $c", ("$c", JsonSerializer.Serialize(candidates)));

        Assert.Equal(DrawProof.Fails, await ProofAsync());
    }

    [Fact]
    public async Task Facts_rewritten_without_the_link_and_a_recomputed_digest_fail_against_the_audit_log()
    {
        await using var db = store.Db();
        var stored = await db.PanelDraws.AsNoTracking().SingleAsync(d => d.ProjectId == projectId);
        var facts = JsonSerializer.Deserialize<DrawFacts>(stored.FactsJson)!;
        var scrubbed = facts with { Pool = facts.Pool.Select(e => e with { Links = [] }).ToList() };
        var forged = new PanelDraw(projectId, stored.Round, stored.Seed, stored.Size, scrubbed, stored.DrawnBy, stored.DrawnUtc);
        Assert.Equal(DrawProof.Replays, forged.Verify());
        Assert.True(forged.Excluded.Count < stored.Excluded.Count);

        await store.ExecuteSqlAsync("UPDATE PanelDraws SET FactsJson = $f, ExcludedJson = $e, CandidatesJson = $c, SelectedJson = $s, InputsDigest = $d",
            ("$f", forged.FactsJson), ("$e", forged.ExcludedJson), ("$c", forged.CandidatesJson), ("$s", forged.SelectedJson), ("$d", forged.InputsDigest));

        Assert.Equal(DrawProof.Fails, await ProofAsync());
    }
}

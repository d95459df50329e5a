using System.Text.Json;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Experts;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Projects;

/// <summary>Someone with database access edits a recorded draw: its verification fails.</summary>
public sealed class PanelProofTests : ProjectScenarioTest
{
    private Guid projectId;
    private PanelView drawn = default!;

    protected override async Task ArrangeAsync()
    {
        projectId = await Scenario.PreparedProjectAsync();
        var deadline = await Scenario.AnnounceAsync(projectId);
        await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "a");
        await Scenario.BidAsync(projectId, ProjectScenario.MicroSupplier, 1_480_000m, "b");
        Time.SetUtcNow(deadline);
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        await Store.Get<BidOpening>().OpenAsync(projectId, agency);
        drawn = await Store.Get<PanelDrawing>().DrawAsync(projectId, 3, agency);
    }

    private async Task<DrawProof> ProofAsync() =>
        (await Store.Get<PanelDrawing>().CurrentAsync(projectId, await Scenario.ActorAsync(ProjectScenario.Agency)))!.Proof;

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
        await Store.ExecuteSqlAsync("UPDATE \"PanelDraws\" SET \"ExcludedJson\" = '[]'");

        Assert.Equal(DrawProof.Fails, await ProofAsync());
    }

    [Fact]
    public async Task Moving_an_excluded_expert_into_the_candidates_fails_verification()
    {
        var candidates = drawn.Draw.Candidates.Append(drawn.Draw.Excluded[0].ExpertId).Order().ToList();
        await Store.ExecuteSqlAsync("UPDATE \"PanelDraws\" SET \"CandidatesJson\" = @c", ("@c", JsonSerializer.Serialize(candidates)));

        Assert.Equal(DrawProof.Fails, await ProofAsync());
    }

    [Fact]
    public async Task Facts_rewritten_without_the_link_and_a_recomputed_digest_fail_against_the_audit_log()
    {
        await using var db = Store.Db();
        var stored = await db.PanelDraws.AsNoTracking().SingleAsync(d => d.ProjectId == projectId);
        var facts = JsonSerializer.Deserialize<DrawFacts>(stored.FactsJson)!;
        var scrubbed = facts with { Pool = facts.Pool.Select(e => e with { Links = [] }).ToList() };
        var forged = new PanelDraw(projectId, stored.Round, stored.Seed, stored.Size, scrubbed, stored.DrawnBy, stored.DrawnUtc);
        Assert.Equal(DrawProof.Replays, forged.Verify());
        Assert.True(forged.Excluded.Count < stored.Excluded.Count);

        await Store.ExecuteSqlAsync("UPDATE \"PanelDraws\" SET \"FactsJson\" = @f, \"ExcludedJson\" = @e, \"CandidatesJson\" = @c, \"SelectedJson\" = @s, \"InputsDigest\" = @d",
            ("@f", forged.FactsJson), ("@e", forged.ExcludedJson), ("@c", forged.CandidatesJson), ("@s", forged.SelectedJson), ("@d", forged.InputsDigest));

        Assert.Equal(DrawProof.Fails, await ProofAsync());
    }
}

using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Projects;

/// <summary>A method change the regulator approves ends the round as history and starts the next, empty one.</summary>
public sealed class ProcurementRoundTests : ProjectScenarioTest
{
    private ProjectStages stages = default!;

    protected override Task ArrangeAsync()
    {
        stages = new ProjectStages(Store, Scenario, Time);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_new_project_is_in_its_first_round_under_its_method()
    {
        var projectId = await stages.ReachAsync(Stage.Preparing);

        var project = await LoadAsync(projectId);
        var round = Assert.Single(project.Rounds);
        Assert.Same(round, project.CurrentRound);
        Assert.Equal((1, ProcurementMethod.CompetitiveConsultation, ScoringMethod.Comprehensive, false), (round.Number, round.Method, round.Scoring, round.IsHistory));
        Assert.NotNull(round.DocumentsFileId);
        Assert.Null(round.DeadlineUtc);
    }

    [Fact]
    public async Task A_method_change_starts_a_round_with_none_of_the_old_rounds_registrations_bids_panel_or_results()
    {
        var projectId = await FailAfterThePanelAsync();
        var approvedUtc = await ChangeMethodAsync(projectId, ProcurementMethod.CompetitiveNegotiation);

        await using var db = Store.Db();
        var project = await db.Projects.SingleAsync(p => p.Id == projectId);
        Assert.Equal((2, ProjectStatus.Preparing, ProcurementMethod.CompetitiveNegotiation), (project.Round, project.Status, project.Method));
        var (first, second) = (project.Rounds[0], project.Rounds[1]);
        Assert.Same(second, project.CurrentRound);

        Assert.True(first.IsHistory);
        Assert.Equal(approvedUtc, first.EndedUtc);
        Assert.Equal(ProcurementMethod.CompetitiveConsultation, first.Method);
        Assert.NotNull(first.DocumentsFileId);
        Assert.NotNull(first.AnnouncedUtc);
        Assert.NotNull(first.DeadlineUtc);
        Assert.NotNull(first.OpenedUtc);
        Assert.Equal(2, await db.SupplierRegistrations.Of(first).CountAsync());
        Assert.Equal(2, await db.Bids.Of(first).CountAsync());
        Assert.Equal(1, await db.PanelDraws.Of(first).CountAsync());
        Assert.Equal(1, await db.LotResults.Of(first).CountAsync());

        Assert.False(second.IsHistory);
        Assert.Equal((ProcurementMethod.CompetitiveNegotiation, approvedUtc), (second.Method, second.StartedUtc));
        Assert.Equal(ScoringMethod.LowestEvaluatedPrice, second.Scoring); // negotiation has no comprehensive scoring
        Assert.Null(second.DocumentsFileId);
        Assert.Null(second.AnnouncedUtc);
        Assert.Null(second.DeadlineUtc);
        Assert.Null(second.OpenedUtc);
        Assert.Null(second.EvaluatedUtc);
        Assert.Equal(0, await db.SupplierRegistrations.OfCurrentRound(project).CountAsync());
        Assert.Equal(0, await db.Bids.OfCurrentRound(project).CountAsync());
        Assert.Equal(0, await db.PanelDraws.OfCurrentRound(project).CountAsync());
        Assert.Equal(0, await db.LotResults.OfCurrentRound(project).CountAsync());
    }

    [Fact]
    public async Task A_supplier_of_the_old_round_registers_and_bids_afresh_in_the_new_one()
    {
        var projectId = await FailAfterThePanelAsync();
        await ChangeMethodAsync(projectId, ProcurementMethod.CompetitiveNegotiation);
        await AttachDocumentsAsync(projectId);
        await Scenario.AnnounceAsync(projectId);

        var small = await Scenario.ActorAsync(ProjectScenario.SmallSupplier);
        var offer = await Store.Get<ProjectQueries>().OfferAsync(projectId, small);
        Assert.True(offer.Registration.Allows(RegistrationAction.Register));
        await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_400_000m, "second round offer");

        await using var db = Store.Db();
        var project = await db.Projects.SingleAsync(p => p.Id == projectId);
        Assert.Equal(1, await db.Bids.OfCurrentRound(project).CountAsync());
        Assert.Equal(2, await db.Bids.Of(project.Rounds[0]).CountAsync());
    }

    [Fact]
    public async Task The_old_round_is_read_only_history()
    {
        var projectId = await FailAfterThePanelAsync();
        await ChangeMethodAsync(projectId, ProcurementMethod.CompetitiveNegotiation);
        var history = (await LoadAsync(projectId)).Rounds[0];
        var now = Time.GetUtcNow().UtcDateTime;

        Assert.Throws<DomainException>(() => history.AttachDocuments(Guid.NewGuid()));
        Assert.Throws<DomainException>(() => history.ExtendDeadline(now.AddDays(30)));
        Assert.Throws<DomainException>(() => history.Open(now));
        Assert.Throws<DomainException>(() => history.FinishEvaluation(now));
        var error = Assert.Throws<DomainException>(() => history.End(now));
        Assert.Contains("第 1 轮已结束", error.Message);
    }

    [Fact]
    public async Task Two_method_changes_make_three_rounds_and_keep_the_first_two_as_history()
    {
        var projectId = await FailAfterThePanelAsync();
        var firstChange = await ChangeMethodAsync(projectId, ProcurementMethod.CompetitiveNegotiation);

        // The negotiation draws one bidder only and fails at its opening.
        await AttachDocumentsAsync(projectId);
        var deadline = await Scenario.AnnounceAsync(projectId);
        await Scenario.BidAsync(projectId, ProjectScenario.MicroSupplier, 1_480_000m, "negotiation offer");
        Time.SetUtcNow(deadline.AddHours(1));
        await Store.Get<BidOpening>().OpenAsync(projectId, await Scenario.ActorAsync(ProjectScenario.Agency));
        var secondChange = await ChangeMethodAsync(projectId, ProcurementMethod.SingleSource);

        await using var db = Store.Db();
        var project = await db.Projects.SingleAsync(p => p.Id == projectId);
        Assert.Equal([1, 2, 3], project.Rounds.Select(r => r.Number).ToArray());
        Assert.Equal([ProcurementMethod.CompetitiveConsultation, ProcurementMethod.CompetitiveNegotiation, ProcurementMethod.SingleSource], project.Rounds.Select(r => r.Method).ToArray());
        Assert.Equal([true, true, false], project.Rounds.Select(r => r.IsHistory).ToArray());
        Assert.Equal([firstChange, secondChange, null], project.Rounds.Select(r => r.EndedUtc).ToArray());
        Assert.Equal((3, ProcurementMethod.SingleSource), (project.CurrentRound.Number, project.Method));
        Assert.Equal(1, await db.Bids.Of(project.Rounds[1]).CountAsync());
        Assert.Equal(2, await db.Bids.Of(project.Rounds[0]).CountAsync());
        Assert.Equal(0, await db.Bids.OfCurrentRound(project).CountAsync());
        Assert.NotNull(project.Rounds[1].OpenedUtc);
        Assert.Null(project.CurrentRound.OpenedUtc);
    }

    [Fact]
    public async Task Queries_across_projects_see_only_each_projects_current_round()
    {
        var projectId = await FailAfterThePanelAsync(); // round 1: two registrations, two opened bids, a panel, a failed lot
        await ChangeMethodAsync(projectId, ProcurementMethod.CompetitiveNegotiation);
        await AttachDocumentsAsync(projectId);
        var deadline = await Scenario.AnnounceAsync(projectId);
        await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_400_000m, "second round offer");

        await using (var db = Store.Db())
        {
            var mine = db.Projects.Where(p => p.Id == projectId);
            Assert.Equal(1, await db.SupplierRegistrations.InCurrentRounds(mine).CountAsync());
            Assert.Equal(1, await db.Bids.InCurrentRounds(db.Projects).CountAsync(b => b.ProjectId == projectId));
            Assert.Equal(0, await db.PanelDraws.InCurrentRounds(mine).CountAsync());
            Assert.Equal(0, await db.LotResults.InCurrentRounds(mine).CountAsync());
            Assert.Equal(2, await db.Bids.CountAsync(b => b.ProjectId == projectId && b.Round == 1)); // the old round's rows are still there

            // Round 1 was opened and evaluated; the current round is neither.
            Assert.False(await mine.WhereCurrentRound(r => r.OpenedUtc != null).AnyAsync());
            Assert.True(await mine.WhereCurrentRound(r => r.DeadlineUtc == deadline).AnyAsync());
            var current = await mine.SelectWithCurrentRound((p, round) => new { round.Number, round.DeadlineUtc, round.EvaluatedUtc }).SingleAsync();
            Assert.Equal((2, deadline, (DateTime?)null), (current.Number, current.DeadlineUtc, current.EvaluatedUtc));
        }

        // The open list and the audit page: the new round takes bids, and its bid stays sealed although round 1 was opened.
        var open = await Store.Get<ProjectQueries>().OpenForBidsAsync();
        Assert.Equal(deadline, Assert.Single(open, r => r.Id == projectId).DeadlineUtc);
        var page = (await Store.Get<AuditLog>().PageAsync(0, 1)).Items;
        Assert.True(Assert.Single(page).Withheld);
    }

    /// <summary>Two bidders, a panel, and one disqualified: the lot has too few qualified bidders and the round fails.</summary>
    private async Task<Guid> FailAfterThePanelAsync()
    {
        var projectId = await stages.ReachAsync(Stage.PanelDrawn);
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        var record = await Store.Get<BidOpening>().RecordAsync(projectId, agency);
        var panel = (await Store.Get<PanelDrawing>().CurrentAsync(projectId, agency))!;
        var scores = record.Lines.SelectMany(l => panel.Members.Select(m => new ScoreEntry(1, l.BidId, m.Id, 60m))).ToList();
        await Store.Get<ProjectEvaluation>().FinishAsync(projectId, scores, [new Disqualification(1, record.Lines[0].BidId, "未按要求提供资格证明文件")], agency);
        Assert.Equal(ProjectStatus.Unsuccessful, (await LoadAsync(projectId)).Status);
        return projectId;
    }

    private async Task<DateTime> ChangeMethodAsync(Guid projectId, ProcurementMethod method)
    {
        Time.Advance(TimeSpan.FromHours(2));
        await Store.Get<ProjectFailure>().RequestMethodChangeAsync(projectId, method, "合格供应商不足", await Scenario.ActorAsync(ProjectScenario.Agency));
        Time.Advance(TimeSpan.FromHours(1));
        await Store.Get<ProjectFailure>().DecideMethodChangeAsync(projectId, true, null, await Scenario.ActorAsync(ProjectScenario.Regulator));
        return Time.GetUtcNow().UtcDateTime;
    }

    private async Task AttachDocumentsAsync(Guid projectId) =>
        await Store.Get<ProjectPreparation>().AttachDocumentsAsync(projectId, "谈判文件.pdf", "application/pdf", "%PDF-1.4 negotiation documents"u8.ToArray(), await Scenario.ActorAsync(ProjectScenario.Agency));

    private async Task<ProcurementProject> LoadAsync(Guid projectId)
    {
        await using var db = Store.Db();
        return await db.Projects.AsNoTracking().SingleAsync(p => p.Id == projectId);
    }
}

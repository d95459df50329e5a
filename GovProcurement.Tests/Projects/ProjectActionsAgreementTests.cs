using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Projects;

/// <summary>
/// The available actions and the use cases agree, over the whole transition table and every
/// relation: what the answer offers, the use case does; what it refuses, the use case refuses
/// with the same reason.
/// </summary>
public sealed class ProjectActionsAgreementTests : ProjectScenarioTest
{
    private ProjectStages stages = default!;

    protected override Task ArrangeAsync()
    {
        stages = new ProjectStages(Store, Scenario, Time);
        return Task.CompletedTask;
    }

    public static TheoryData<Stage> AllStages() => new(Enum.GetValues<Stage>());

    [Fact]
    public void The_stages_cover_every_status_and_every_row_of_the_transition_table_has_a_doer_or_follows_from_another_step()
    {
        var reached = new[] { ProjectStatus.Entrusted, ProjectStatus.Declined, ProjectStatus.Preparing, ProjectStatus.Active, ProjectStatus.Opened, ProjectStatus.Evaluated, ProjectStatus.Awarded, ProjectStatus.Unsuccessful, ProjectStatus.MethodChangeRequested, ProjectStatus.Cancelled };
        Assert.Equal(Enum.GetValues<ProjectStatus>().Order(), reached.Order());
        // RepeatOrdered follows from a complaint decision (Complaints/ChallengeFlowTests).
        var automatic = new[] { ProjectAction.Entrusted, ProjectAction.DeadlineExtended, ProjectAction.Failed, ProjectAction.RepeatOrdered };
        Assert.All(ProcurementProject.Table, row => Assert.True(ProjectActions.WhoMay.ContainsKey(row.Action) || automatic.Contains(row.Action), $"{row.Action} has no doer"));
    }

    [Theory]
    [MemberData(nameof(AllStages))]
    public async Task Every_project_step_is_offered_exactly_when_its_use_case_takes_it(Stage stage)
    {
        var projectId = await stages.ReachAsync(stage);
        var status = await StatusAsync(projectId);
        var offered = new List<(ProjectAction Action, Relation Relation)>();
        foreach (var relation in Enum.GetValues<Relation>())
        {
            var actor = await stages.ActorAsync(relation);
            var answer = (await Store.Get<ProjectQueries>().OfferAsync(projectId, actor)).Steps;
            foreach (var action in Enum.GetValues<ProjectAction>())
            {
                if (answer.Allows(action))
                {
                    Assert.True(ProcurementProject.Table.Contains((status, action)), $"{action} offered outside the table in {status}");
                    Assert.Equal(ProjectActions.WhoMay[action], RoleOf(relation));
                    offered.Add((action, relation));
                    continue;
                }

                var refusal = answer.WhyNot(action)!;
                if (UseCase(action, projectId, actor) is { } run)
                {
                    var thrown = await Assert.ThrowsAsync<DomainException>(run);
                    Assert.Equal(refusal.ToException().Message, thrown.Message);
                }
            }
        }

        // Every row of the table from this status that has a doer is offered to that doer alone.
        var expected = ProcurementProject.Table.Where(r => r.From == status && ProjectActions.WhoMay.ContainsKey(r.Action)).Select(r => r.Action).ToHashSet();
        Assert.Subset(expected, offered.Select(o => o.Action).ToHashSet());
        Assert.Equal(offered.Count, offered.Select(o => o.Action).Distinct().Count());

        var first = true;
        foreach (var (action, relation) in offered)
        {
            var id = first ? projectId : await stages.ReachAsync(stage);
            first = false;
            var actor = await stages.ActorAsync(relation);
            Assert.True((await Store.Get<ProjectQueries>().OfferAsync(id, actor)).Steps.Allows(action));
            await UseCase(action, id, actor)!();
            await using var db = Store.Db();
            if (action == ProjectAction.Clarified)
            {
                // An answer that leaves the documents as they are is no step on the timeline: the question is answered.
                Assert.False(await db.Clarifications.AnyAsync(c => c.ProjectId == id && c.Answer == null));
            }
            else
            {
                Assert.Contains(action, await db.Projects.Where(p => p.Id == id).SelectMany(p => p.Events).Select(e => e.Action).ToListAsync());
            }
        }
    }

    [Theory]
    [InlineData(Stage.Preparing)]
    [InlineData(Stage.TakingBids)]
    [InlineData(Stage.BidSealed)]
    [InlineData(Stage.DeadlinePassed)]
    [InlineData(Stage.ResultPublished)]
    public async Task Every_registration_and_bid_action_is_offered_exactly_when_its_use_case_takes_it(Stage stage)
    {
        var projectId = await stages.ReachAsync(stage);
        var offeredRegistration = new List<(RegistrationAction, Actor)>();
        var offeredBid = new List<(BidAction, Actor)>();
        foreach (var relation in Enum.GetValues<Relation>())
        {
            var actor = await stages.ActorAsync(relation);
            var offer = await Store.Get<ProjectQueries>().OfferAsync(projectId, actor);
            foreach (var action in Enum.GetValues<RegistrationAction>())
            {
                if (offer.Registration.Allows(action))
                {
                    offeredRegistration.Add((action, actor));
                }
                else
                {
                    var thrown = await Assert.ThrowsAsync<DomainException>(() => Registration(action, projectId, actor));
                    Assert.Equal(offer.Registration.WhyNot(action)!.ToException().Message, thrown.Message);
                }
            }

            foreach (var action in Enum.GetValues<BidAction>())
            {
                if (offer.Bid.Allows(action))
                {
                    offeredBid.Add((action, actor));
                }
                else
                {
                    var thrown = await Assert.ThrowsAsync<DomainException>(() => Bid(action, projectId, actor));
                    Assert.Equal(offer.Bid.WhyNot(action)!.ToException().Message, thrown.Message);
                }
            }
        }

        foreach (var (action, actor) in offeredRegistration)
        {
            await Registration(action, projectId, actor);
        }

        foreach (var (action, actor) in offeredBid)
        {
            await Bid(action, projectId, actor);
        }

        var expected = stage switch
        {
            Stage.TakingBids => ["Register:medium", "DownloadDocuments", "Ask", "Submit"],
            Stage.BidSealed => ["Register:medium", "DownloadDocuments", "Ask", "Withdraw"],
            Stage.ResultPublished => new[] { "DownloadDocuments", "DownloadResultLetter" },
            _ => ["DownloadDocuments"],
        };
        var seen = offeredRegistration.Select(o => o.Item1 == RegistrationAction.Register ? "Register:medium" : o.Item1.ToString())
            .Concat(offeredBid.Select(o => o.Item1.ToString())).ToHashSet();
        Assert.Equal(expected.Order(), seen.Order());
    }

    private static ProjectRole RoleOf(Relation relation) => relation switch
    {
        Relation.OwnPurchaser => ProjectRole.Purchaser,
        Relation.EntrustedAgency => ProjectRole.Agency,
        Relation.Regulator => ProjectRole.Regulator,
        Relation.RegisteredSupplier or Relation.UnregisteredSupplier or Relation.DebarredSupplier => ProjectRole.Supplier,
        _ => ProjectRole.None,
    };

    private async Task<ProjectStatus> StatusAsync(Guid projectId)
    {
        await using var db = Store.Db();
        return await db.Projects.Where(p => p.Id == projectId).Select(p => p.Status).SingleAsync();
    }

    /// <summary>The use case that takes the step; null for the steps recorded by another step.</summary>
    private Func<Task>? UseCase(ProjectAction action, Guid id, Actor actor) => action switch
    {
        ProjectAction.Accepted => () => Store.Get<ProjectEntrustment>().AcceptAsync(id, actor),
        ProjectAction.Declined => () => Store.Get<ProjectEntrustment>().DeclineAsync(id, "本机构人手不足", actor),
        ProjectAction.SetUp => async () => await Store.Get<ProjectPreparation>().SaveSetupAsync(id, await VersionAsync(id), Setup, actor),
        ProjectAction.Announced => async () => await Store.Get<ProjectPreparation>().PublishAnnouncementAsync(id, await DeadlineAsync(id), null, actor),
        ProjectAction.Clarified => async () => await Store.Get<BidBox>().AnswerAsync(await QuestionAsync(id), "含寒暑假。", false, actor),
        ProjectAction.Opened => () => Store.Get<BidOpening>().OpenAsync(id, actor),
        ProjectAction.RecordedOffline => () => Store.Get<OfflineOutcome>().RecordAsync(id, [], [new SignedRecord("开标记录.pdf", "application/pdf", [1])], actor),
        ProjectAction.PanelDrawn => () => Store.Get<PanelDrawing>().DrawAsync(id, 3, actor),
        ProjectAction.Evaluated => async () => await Store.Get<ProjectEvaluation>().FinishAsync(id, await ScoresAsync(id), [], actor),
        ProjectAction.WinnerConfirmed => () => Store.Get<ProjectEvaluation>().ConfirmWinnersAsync(id, actor),
        ProjectAction.ResultPublished => () => Store.Get<ProjectEvaluation>().PublishResultAsync(id, actor),
        ProjectAction.ContractPublished => async () => await Store.Get<ContractAnnouncement>().PublishAsync(id, await WinnerAsync(id), "JM-HT-001", Money.FromYuan(1_000_000m), Time.TodayInChina(), actor),
        ProjectAction.MethodChangeRequested => () => Store.Get<ProjectFailure>().RequestMethodChangeAsync(id, ProcurementMethod.SingleSource, "磋商仅一家供应商响应", actor),
        ProjectAction.MethodChangeApproved => () => Store.Get<ProjectFailure>().DecideMethodChangeAsync(id, true, null, actor),
        ProjectAction.MethodChangeRefused => () => Store.Get<ProjectFailure>().DecideMethodChangeAsync(id, false, "理由不充分", actor),
        ProjectAction.Terminated => () => Store.Get<ProjectFailure>().TerminateAsync(id, "采购需求取消", actor),
        _ => null,
    };

    private Task Registration(RegistrationAction action, Guid id, Actor actor) => action switch
    {
        RegistrationAction.Register => Store.Get<BidBox>().RegisterAsync(id, actor),
        RegistrationAction.DownloadDocuments => Store.Get<BidBox>().DocumentsAsync(id, actor),
        _ => Store.Get<BidBox>().AskAsync(id, "是否接受联合体？", actor),
    };

    private Task Bid(BidAction action, Guid id, Actor actor) => action switch
    {
        BidAction.Submit => Store.Get<BidBox>().SubmitAsync(id, [new LotPrice(1, Money.FromYuan(1_400_000m).Fen)], [new BidFile("响应文件.pdf", "application/pdf", [4, 5])], actor),
        BidAction.Withdraw => Store.Get<BidBox>().WithdrawAsync(id, actor),
        _ => Store.Get<ResultLetters>().ForSupplierAsync(id, actor),
    };

    private static readonly ProjectSetup Setup = new([new LotDraft("校园物业管理", "C1204", Money.FromYuan(1_600_000m), Money.FromYuan(1_550_000m), "保洁、秩序维护")],
        "具有物业服务相关经验", false, ScoringMethod.Comprehensive, 3000, 1000, false);

    private async Task<long> VersionAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.Projects.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
    }

    private async Task<DateTime> DeadlineAsync(Guid id)
    {
        var schedule = await Store.Get<ProjectPreparation>().ScheduleAsync(id, await stages.ActorAsync(Relation.EntrustedAgency));
        return schedule.EarliestDeadline.ToDateTime(new TimeOnly(9, 30));
    }

    /// <summary>The project's open question, asked for the test when the stage has none.</summary>
    private async Task<Guid> QuestionAsync(Guid id)
    {
        await using var db = Store.Db();
        if (await db.Clarifications.FirstOrDefaultAsync(c => c.ProjectId == id && c.Answer == null) is { } open)
        {
            return open.Id;
        }

        var supplier = await stages.ActorAsync(Relation.RegisteredSupplier);
        var question = new Clarification(id, 1, supplier.OrganizationId!.Value, "服务期是否含寒暑假？", supplier.UserName, Time.GetUtcNow().UtcDateTime);
        db.Clarifications.Add(question);
        await db.SaveChangesAsync();
        return question.Id;
    }

    private async Task<IReadOnlyList<ScoreEntry>> ScoresAsync(Guid id)
    {
        await using var db = Store.Db();
        var draw = await db.PanelDraws.AsNoTracking().FirstOrDefaultAsync(d => d.ProjectId == id);
        var bids = await db.Bids.AsNoTracking().Where(b => b.ProjectId == id && b.Status == BidStatus.Opened).Select(b => b.Id).ToListAsync();
        return draw is null ? [] : bids.SelectMany(b => draw.Selected.Select(e => new ScoreEntry(1, b, e, 60m))).ToList();
    }

    private async Task<Guid> WinnerAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.LotResults.Where(r => r.ProjectId == id && r.WinnerSupplierId != null).Select(r => r.WinnerSupplierId!.Value).FirstOrDefaultAsync();
    }
}

using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Projects;

/// <summary>Where a project can stand: every status of the transition table, and the moments within "active" and "opened".</summary>
public enum Stage
{
    Entrusted,
    Declined,
    Preparing,
    TakingBids,
    BidSealed,
    DeadlinePassed,
    Opened,
    PanelDrawn,
    Evaluated,
    Awarded,
    ResultPublished,
    Unsuccessful,
    MethodChangeRequested,
    Cancelled,
}

/// <summary>How an actor stands to the scenario's project: each row of the who-may-do-what table, and those outside it.</summary>
public enum Relation
{
    OwnPurchaser,
    OtherPurchaser,
    EntrustedAgency,
    OtherAgency,
    RegisteredSupplier,
    UnregisteredSupplier,
    DebarredSupplier,
    Regulator,
    OtherRegulator,
    Admin,
}

/// <summary>Drives a project of the scenario to a stage through its use cases, and names the actors of every relation.</summary>
public sealed class ProjectStages(TestStore store, ProjectScenario scenario, FakeTimeProvider time)
{
    public const string DebarredCode = "91440700MA52LG3Q1M";

    private readonly Dictionary<Relation, Actor> actors = [];

    public async Task<Actor> ActorAsync(Relation relation)
    {
        if (actors.TryGetValue(relation, out var known))
        {
            return known;
        }

        await using var db = store.Db();
        var actor = relation switch
        {
            Relation.OwnPurchaser => await scenario.ActorAsync(ProjectScenario.Reviewer),
            Relation.OtherPurchaser => new Actor("other-unit", (await db.Organizations.SingleAsync(o => o.Name == "鹤山市第一中学")).Id, new HashSet<string> { Roles.PurchaserOperator }),
            Relation.EntrustedAgency => await scenario.ActorAsync(ProjectScenario.Agency),
            Relation.OtherAgency => new Actor("other-agency", Guid.NewGuid(), new HashSet<string> { Roles.Agency }),
            Relation.RegisteredSupplier => await scenario.ActorAsync(ProjectScenario.SmallSupplier),
            Relation.UnregisteredSupplier => await scenario.ActorAsync(ProjectScenario.MediumSupplier),
            Relation.DebarredSupplier => await DebarredAsync(db),
            Relation.Regulator => await scenario.ActorAsync(ProjectScenario.Regulator),
            Relation.OtherRegulator => await scenario.ActorAsync("440784cz"),
            _ => new Actor("admin", null, new HashSet<string> { Roles.PlatformAdmin }),
        };
        actors[relation] = actor;
        return actor;
    }

    /// <summary>A new project driven to the stage; the clock is left where the stage needs it.</summary>
    public async Task<Guid> ReachAsync(Stage stage)
    {
        var agency = await ActorAsync(Relation.EntrustedAgency);
        switch (stage)
        {
            case Stage.Entrusted or Stage.Declined:
                var planId = await scenario.FiledPlanAsync();
                var purchaser = await ActorAsync(Relation.OwnPurchaser);
                var choice = (await store.Get<ProjectEntrustment>().ChoicesAsync(planId, purchaser)).Single();
                var project = await store.Get<ProjectEntrustment>().EntrustAsync(planId, choice.Id, purchaser);
                if (stage == Stage.Declined)
                {
                    await store.Get<ProjectEntrustment>().DeclineAsync(project.Id, "本机构人手不足", agency);
                }

                return project.Id;
            case Stage.Preparing or Stage.Cancelled:
                var prepared = await scenario.PreparedProjectAsync();
                if (stage == Stage.Cancelled)
                {
                    await store.Get<ProjectFailure>().TerminateAsync(prepared, "采购需求取消", agency);
                }

                return prepared;
            case Stage.Unsuccessful or Stage.MethodChangeRequested:
                var failing = await scenario.PreparedProjectAsync();
                var due = await scenario.AnnounceAsync(failing);
                await scenario.BidAsync(failing, ProjectScenario.SmallSupplier, 1_500_000m, "only offer");
                time.SetUtcNow(due.AddHours(1));
                await store.Get<BidOpening>().OpenAsync(failing, agency);
                if (stage == Stage.MethodChangeRequested)
                {
                    await store.Get<ProjectFailure>().RequestMethodChangeAsync(failing, ProcurementMethod.SingleSource, "磋商仅一家供应商响应", agency);
                }

                return failing;
        }

        var id = await scenario.PreparedProjectAsync();
        var deadline = await scenario.AnnounceAsync(id);
        var small = await ActorAsync(Relation.RegisteredSupplier);
        await store.Get<BidBox>().RegisterAsync(id, small);
        await store.Get<BidBox>().AskAsync(id, "服务期是否含寒暑假？", small);
        if (stage == Stage.TakingBids)
        {
            return id;
        }

        await store.Get<BidBox>().SubmitAsync(id, [new LotPrice(1, Money.FromYuan(1_450_000m).Fen)], [new BidFile("响应文件.pdf", "application/pdf", [1, 2, 3])], small);
        if (stage == Stage.BidSealed)
        {
            return id;
        }

        await scenario.BidAsync(id, ProjectScenario.MicroSupplier, 1_480_000m, "micro offer");
        time.SetUtcNow(deadline.AddHours(1));
        if (stage == Stage.DeadlinePassed)
        {
            return id;
        }

        var record = await store.Get<BidOpening>().OpenAsync(id, agency);
        if (stage == Stage.Opened)
        {
            return id;
        }

        var panel = await store.Get<PanelDrawing>().DrawAsync(id, 3, agency);
        if (stage == Stage.PanelDrawn)
        {
            return id;
        }

        await store.Get<ProjectEvaluation>().FinishAsync(id, record.Lines.SelectMany(l => panel.Members.Select(m => new ScoreEntry(1, l.BidId, m.Id, 60m))).ToList(), [], agency);
        if (stage == Stage.Evaluated)
        {
            return id;
        }

        await store.Get<ProjectEvaluation>().ConfirmWinnersAsync(id, await ActorAsync(Relation.OwnPurchaser));
        if (stage == Stage.ResultPublished)
        {
            await store.Get<ProjectEvaluation>().PublishResultAsync(id, agency);
        }

        return id;
    }

    private async Task<Actor> DebarredAsync(global::GovProcurement.Domain.Persistence.GovProcurementDbContext db)
    {
        var supplier = new Supplier("江门市失信物业有限公司", RegionDirectory.Guangdong.Find("440700")!, DebarredCode, EnterpriseScale.Small, time.GetUtcNow().UtcDateTime);
        db.Organizations.Add(supplier);
        await db.SaveChangesAsync();
        var today = time.TodayInChina();
        await store.Get<SupplierDebarments>().DebarAsync(DebarredCode, today.AddDays(-30), today.AddYears(2), "提供虚假材料谋取中标", await ActorAsync(Relation.Regulator));
        return new Actor("debarred", supplier.Id, new HashSet<string> { Roles.Supplier });
    }
}

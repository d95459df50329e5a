using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Plans;

public class PlanWorkflowTests : IAsyncLifetime
{
    private TestStore store = default!;

    public async Task InitializeAsync() => store = await TestStore.CreateAsync(demoData: true);

    public async Task DisposeAsync() => await store.DisposeAsync();

    private PlanWorkflow Workflow => store.Get<PlanWorkflow>();

    private async Task<Actor> ActorAsync(string userName)
    {
        await using var db = store.Db();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync();
        return new Actor(userName, user.OrganizationId, roles.ToHashSet());
    }

    private async Task<(Guid PlanId, Actor Operator)> DraftAsync(string operatorName, params (string Code, decimal Yuan)[] lines)
    {
        var actor = await ActorAsync(operatorName);
        var planId = await Workflow.CreateDraftAsync(actor);
        var line = (await store.Get<BudgetLines>().ForUnitAsync(actor.OrganizationId!.Value, DateTime.UtcNow.AddDays(30).Year))[0];
        var items = lines.Select(l => new PlanItemDraft(l.Code, l.Code, 1, "台", Money.FromYuan(l.Yuan), line.Id)).ToList();
        var total = lines.Sum(l => l.Yuan);
        var route = total < 4_000_000m ? ProcurementRoute.EMallSimpleProcurement : ProcurementRoute.EntrustCentralizedAgency;
        var method = route == ProcurementRoute.EntrustCentralizedAgency ? ProcurementMethod.OpenTender : (ProcurementMethod?)null;
        await Workflow.SaveDraftAsync(planId, 0, new PlanForm("办公电脑采购", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), null, items, route, method), actor);
        return (planId, actor);
    }

    private async Task<ProcurementPlan> PlanAsync(Guid id)
    {
        await using var db = store.Db();
        return await db.Plans.Include(p => p.Events).Include(p => p.Items).SingleAsync(p => p.Id == id);
    }

    private async Task<Money> ReservedAsync(Guid lineId)
    {
        await using var db = store.Db();
        return (await db.BudgetLines.SingleAsync(b => b.Id == lineId)).Reserved;
    }

    [Fact]
    public async Task Plan_GoesFromOperatorToReviewerToTheJiangmenRegulator_AndIsFiled()
    {
        var (planId, _) = await DraftAsync("440700101001002", ("A02010104", 2_500_000m), ("A0201060102", 1_500_000m));
        await Workflow.SubmitForReviewAsync(planId, await ActorAsync("440700101001002"));
        await Workflow.ApproveAndSubmitAsync(planId, await ActorAsync("440700101001001"));
        await Workflow.FileAsync(planId, await ActorAsync("440700cz"));

        var plan = await PlanAsync(planId);
        Assert.Equal(PlanStatus.Filed, plan.Status);
        Assert.Equal("planned", plan.Status.Ocds());
        Assert.Equal([PlanAction.Created, PlanAction.SubmittedForReview, PlanAction.ApprovedAndSubmitted, PlanAction.Filed], plan.Events.OrderBy(e => e.AtUtc).Select(e => e.Action));
        Assert.Equal(["440700101001002", "440700101001002", "440700101001001", "440700cz"], plan.Events.OrderBy(e => e.AtUtc).Select(e => e.Actor));
        Assert.Equal(Money.FromYuan(4_000_000m), await ReservedAsync(plan.Items[0].BudgetLineId!.Value));
    }

    [Fact]
    public async Task FilingStep_RecordsTheFilingTimeOnThePlan_AndNoOtherStepDoes()
    {
        var (planId, op) = await DraftAsync("440700101001002", ("A02010104", 300_000m));
        await Workflow.SubmitForReviewAsync(planId, op);
        await Workflow.ApproveAndSubmitAsync(planId, await ActorAsync("440700101001001"));
        Assert.Null((await PlanAsync(planId)).FiledUtc);

        await Workflow.FileAsync(planId, await ActorAsync("440700cz"));

        var plan = await PlanAsync(planId);
        Assert.Equal(plan.Events.Single(e => e.Action == PlanAction.Filed).AtUtc, plan.FiledUtc);
    }

    [Fact]
    public async Task PlanReturnedByTheRegulator_HasNoFilingTime()
    {
        var (planId, op) = await DraftAsync("440700101001002", ("A02010104", 300_000m));
        await Workflow.SubmitForReviewAsync(planId, op);
        await Workflow.ApproveAndSubmitAsync(planId, await ActorAsync("440700101001001"));
        await Workflow.ReturnByRegulatorAsync(planId, "请补充采购需求说明", await ActorAsync("440700cz"));

        Assert.Null((await PlanAsync(planId)).FiledUtc);
    }

    [Fact]
    public async Task ReturnedPlan_ReleasesItsBudget_AndCanBeResubmitted()
    {
        var (planId, op) = await DraftAsync("440700101001002", ("A02010104", 300_000m));
        await Workflow.SubmitForReviewAsync(planId, op);
        await Workflow.ApproveAndSubmitAsync(planId, await ActorAsync("440700101001001"));
        var lineId = (await PlanAsync(planId)).Items[0].BudgetLineId!.Value;
        Assert.Equal(Money.FromYuan(300_000m), await ReservedAsync(lineId));

        await Workflow.ReturnByRegulatorAsync(planId, "请补充采购需求说明", await ActorAsync("440700cz"));
        Assert.Equal(Money.Zero, await ReservedAsync(lineId));
        var returned = await PlanAsync(planId);
        Assert.Equal(PlanStatus.Returned, returned.Status);
        Assert.Equal("请补充采购需求说明", returned.Events.Single(e => e.Action == PlanAction.ReturnedByRegulator).Reason);

        await Workflow.SubmitForReviewAsync(planId, op);
        Assert.Equal(PlanStatus.PendingReview, (await PlanAsync(planId)).Status);
        Assert.Equal(Money.FromYuan(300_000m), await ReservedAsync(lineId));
    }

    [Fact]
    public async Task ReturnWithoutAReason_IsRefused()
    {
        var (planId, op) = await DraftAsync("440700101001002", ("A02010104", 300_000m));
        await Workflow.SubmitForReviewAsync(planId, op);
        var reviewer = await ActorAsync("440700101001001");
        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Workflow.ReturnByReviewerAsync(planId, "  ", reviewer));
        var failure = Assert.Single(error.Errors);
        Assert.Equal(nameof(ReasonInput.Reason), failure.PropertyName);
        Assert.Contains("理由", failure.Text().Zh);
    }

    [Fact]
    public async Task AnotherRegionsRegulator_CannotFileThePlan()
    {
        var (planId, op) = await DraftAsync("440784201001002", ("A02010104", 300_000m));
        await Workflow.SubmitForReviewAsync(planId, op);
        await Workflow.ApproveAndSubmitAsync(planId, await ActorAsync("440784201001001"));
        var error = await Assert.ThrowsAsync<DomainException>(async () => await Workflow.FileAsync(planId, await ActorAsync("440700cz")));
        Assert.Contains("鹤山市", error.Text.Zh);
        await Workflow.FileAsync(planId, await ActorAsync("440784cz"));
        Assert.Equal(PlanStatus.Filed, (await PlanAsync(planId)).Status);
    }

    [Fact]
    public async Task PlanBeyondTheBudgetLine_IsRefused_AndNothingIsReserved()
    {
        var (planId, op) = await DraftAsync("440700101001002", ("A02010104", 9_000_000m));
        var error = await Assert.ThrowsAsync<DomainException>(() => Workflow.SubmitForReviewAsync(planId, op));
        Assert.Contains("可用余额", error.Text.Zh);
        var plan = await PlanAsync(planId);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(Money.Zero, await ReservedAsync(plan.Items[0].BudgetLineId!.Value));
    }

    [Fact]
    public async Task RouteTheRulesForbid_IsRefusedAtSubmission()
    {
        var actor = await ActorAsync("440700101001002");
        var planId = await Workflow.CreateDraftAsync(actor);
        var line = (await store.Get<BudgetLines>().ForUnitAsync(actor.OrganizationId!.Value, DateTime.UtcNow.AddDays(30).Year))[0];
        await Workflow.SaveDraftAsync(planId, 0, new PlanForm("电脑", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), null,
            [new PlanItemDraft("A02010104", "台式计算机", 100, "台", Money.FromYuan(4_000_000m), line.Id)], ProcurementRoute.EMallSimpleProcurement, null), actor);
        var error = await Assert.ThrowsAsync<DomainException>(() => Workflow.SubmitForReviewAsync(planId, actor));
        Assert.Contains("实施途径不符合规则", error.Text.Zh);
    }

    [Fact]
    public async Task SavingAStaleDraft_IsAConflict()
    {
        var (planId, op) = await DraftAsync("440700101001002", ("A02010104", 100_000m));
        var form = new PlanForm("改名", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), null, [], null, null);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Workflow.SaveDraftAsync(planId, 0, form, op));
    }

    [Fact]
    public async Task FilingADraft_IsAnIllegalTransition()
    {
        var (planId, _) = await DraftAsync("440700101001002", ("A02010104", 100_000m));
        var error = await Assert.ThrowsAsync<DomainException>(async () => await Workflow.FileAsync(planId, await ActorAsync("440700cz")));
        Assert.Contains("不能执行此操作", error.Text.Zh);
    }

    [Fact]
    public async Task Lists_ShowAUnitItsOwnAndItsSubordinates_AndRegulatorsTheirJurisdiction()
    {
        var (schoolPlan, _) = await DraftAsync("440700101002002", ("A02010104", 100_000m));
        var (heshanPlan, _) = await DraftAsync("440784201001002", ("A02010104", 100_000m));
        var queries = store.Get<PlanQueries>();

        async Task<IReadOnlyList<Guid>> Visible(string user) => (await queries.ListAsync(await ActorAsync(user), new PlanListQuery())).Items.Select(r => r.Id).ToList();

        Assert.Contains(schoolPlan, await Visible("440700101001002"));       // competent unit sees its subordinate's plan
        Assert.DoesNotContain(heshanPlan, await Visible("440700101001002"));
        Assert.DoesNotContain(schoolPlan, await Visible("440784201001002"));
        Assert.Contains(heshanPlan, await Visible("440700cz"));               // Jiangmen sees Heshan
        Assert.DoesNotContain(schoolPlan, await Visible("440784cz"));         // Heshan sees nothing of Jiangmen city
        Assert.Empty(await Visible("91440703MA51K2Q8XY"));
    }

    [Fact]
    public async Task The_count_of_a_list_is_every_match_whether_or_not_its_first_page_is_full()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var (id, _) = await DraftAsync("440700101001002", ("A02010104", 1000m + i));
            numbers.Add((await store.Get<PlanQueries>().GetAsync(await ActorAsync("440700101001002"), id))!.Plan.Number);
        }

        var queries = store.Get<PlanQueries>();
        var actor = await ActorAsync("440700101001002");

        Assert.Equal(5, (await queries.ListAsync(actor, new PlanListQuery(Take: 2))).TotalCount);            // a full first page: counted
        Assert.Equal(5, (await queries.ListAsync(actor, new PlanListQuery(Take: 20))).TotalCount);           // the whole list on one page
        Assert.Equal(5, (await queries.ListAsync(actor, new PlanListQuery(Skip: 4, Take: 2))).TotalCount);   // a last page that is not full
        var found = await queries.ListAsync(actor, new PlanListQuery(Search: numbers[3]));
        Assert.Equal(1, found.TotalCount);
        Assert.Equal(numbers[3], Assert.Single(found.Items).Number);
        Assert.Equal(0, (await queries.ListAsync(actor, new PlanListQuery(Search: "没有这个计划"))).TotalCount);
    }

    [Fact]
    public async Task KeysetPages_MatchOffsetPages_WithoutOverlap()
    {
        for (var i = 0; i < 5; i++)
        {
            await DraftAsync("440700101001002", ("A02010104", 1000m + i));
        }

        var queries = store.Get<PlanQueries>();
        var actor = await ActorAsync("440700101001002");
        var offsetPages = new List<string>();
        var keysetPages = new List<string>();
        PlanCursor? cursor = null;
        for (var page = 0; page < 3; page++)
        {
            offsetPages.AddRange((await queries.ListAsync(actor, new PlanListQuery(Skip: page * 2, Take: 2))).Items.Select(r => r.Number));
            var keyset = await queries.ListAsync(actor, new PlanListQuery(Take: 2, After: cursor, CountTotal: false));
            keysetPages.AddRange(keyset.Items.Select(r => r.Number));
            cursor = keyset.Items.Count > 0 ? keyset.Items[^1].Cursor : cursor;
        }

        Assert.Equal(5, keysetPages.Count);
        Assert.Equal(offsetPages, keysetPages);
        Assert.Equal(5, keysetPages.Distinct().Count());
    }

    [Fact]
    public async Task ResavingADraft_ReplacesItsLines_WithoutLeavingOrphans()
    {
        var (planId, op) = await DraftAsync("440700101001002", ("A02010104", 100_000m), ("A0201060102", 50_000m));
        var plan = await PlanAsync(planId);
        var form = new PlanForm("改", plan.ExpectedStart, null, [new PlanItemDraft("A02010104", "台式计算机", 1, "台", Money.FromYuan(1m), plan.Items[0].BudgetLineId)], null, null);
        await Workflow.SaveDraftAsync(planId, plan.Version, form, op);
        await using var db = store.Db();
        Assert.Equal(1, await db.Set<PlanItem>().CountAsync());
    }

    [Fact]
    public async Task SingleAccountUnit_ApprovingItsOwnPlan_IsMarkedOnTheTimeline()
    {
        var (planId, op) = await DraftAsync("gdjyt", ("A02010104", 100_000m));
        var plan = await PlanAsync(planId);
        // The province has no e-mall line: catalogue items go to the centralized agency.
        await Workflow.SaveDraftAsync(planId, plan.Version, new PlanForm(plan.Title, plan.ExpectedStart, null,
            [new PlanItemDraft("A02010104", "台式计算机", 1, "台", Money.FromYuan(100_000m), plan.Items[0].BudgetLineId)],
            GovProcurement.Domain.Routing.ProcurementRoute.EntrustCentralizedAgency, GovProcurement.Domain.Routing.ProcurementMethod.InvitedTender), op);
        await Workflow.SubmitForReviewAsync(planId, op);
        await Workflow.ApproveAndSubmitAsync(planId, op);
        var approval = (await PlanAsync(planId)).Events.Single(e => e.Action == PlanAction.ApprovedAndSubmitted);
        Assert.Contains("同一账号兼任", approval.Reason);
    }

    [Fact]
    public async Task SubmittingAfterSomeoneElseSaved_IsAConflict()
    {
        var (planId, op) = await DraftAsync("440700101001002", ("A02010104", 100_000m));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Workflow.SubmitForReviewAsync(planId, op, expectedVersion: 0));
    }

    [Fact]
    public async Task WhoMaySeeAUnit_FollowsTheListScope()
    {
        var queries = store.Get<PlanQueries>();
        await using var db = store.Db();
        var heshanSchool = (await db.Organizations.SingleAsync(o => o.Name == "鹤山市第一中学")).Id;
        Assert.True(await queries.CanSeeUnitAsync(await ActorAsync("440784201001002"), heshanSchool));  // its competent unit
        Assert.True(await queries.CanSeeUnitAsync(await ActorAsync("440700cz"), heshanSchool));         // Jiangmen regulator
        Assert.False(await queries.CanSeeUnitAsync(await ActorAsync("440700101001002"), heshanSchool));
        Assert.False(await queries.CanSeeUnitAsync(await ActorAsync("91440703MA51K2Q8XY"), heshanSchool));
    }
}

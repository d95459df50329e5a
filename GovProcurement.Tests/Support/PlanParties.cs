using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Support;

/// <summary>Who someone is to a plan of 江门市第一中学 (Jiangmen city level): every relationship the step table knows.</summary>
public enum PlanParty
{
    OwnOperator,
    OwnReviewer,

    /// <summary>江门市教育局, the school's competent unit: it sees the plan but it is not its own.</summary>
    OtherUnitOperator,
    OtherUnitReviewer,

    /// <summary>江门市财政局, the finance department at the plan's own level.</summary>
    OwnRegionRegulator,

    /// <summary>广东省财政厅: it sees the plan (its region is below) but does not file it.</summary>
    ProvinceRegulator,

    /// <summary>鹤山市财政局: another region altogether.</summary>
    HeshanRegulator,
    Agency,
    Supplier,
    Admin,
}

/// <summary>
/// Puts plans of 江门市第一中学 into any status through the use cases (a legacy plan straight
/// into the store, as the import does), and signs in the demo account of each <see cref="PlanParty"/>.
/// </summary>
public sealed class PlanParties(IServiceProvider services)
{
    private readonly ProjectScenario scenario = new(services);

    private T Get<T>() where T : notnull => services.GetRequiredService<T>();

    private PlanWorkflow Workflow => Get<PlanWorkflow>();

    public async Task<Actor> ActorAsync(PlanParty party) => party switch
    {
        PlanParty.OwnOperator => await scenario.ActorAsync(ProjectScenario.Operator),
        PlanParty.OwnReviewer => await scenario.ActorAsync(ProjectScenario.Reviewer),
        PlanParty.OtherUnitOperator => await scenario.ActorAsync("440700101001002"),
        PlanParty.OtherUnitReviewer => await scenario.ActorAsync("440700101001001"),
        PlanParty.OwnRegionRegulator => await scenario.ActorAsync(ProjectScenario.Regulator),
        PlanParty.ProvinceRegulator => await scenario.ActorAsync("440000cz"),
        PlanParty.HeshanRegulator => await scenario.ActorAsync("440784cz"),
        PlanParty.Agency => await scenario.ActorAsync(ProjectScenario.Agency),
        PlanParty.Supplier => await scenario.ActorAsync(ProjectScenario.SmallSupplier),
        PlanParty.Admin => await scenario.ActorAsync(await AdminNameAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(party)),
    };

    /// <summary>The content every plan here has: one complete, small e-mall line, so that a submission the table allows succeeds.</summary>
    public async Task<PlanForm> FormAsync()
    {
        var op = await ActorAsync(PlanParty.OwnOperator);
        var start = Get<TimeProvider>().TodayInChina().AddDays(40);
        var line = (await Get<BudgetLines>().ForUnitAsync(op.OrganizationId!.Value, start.Year))[0];
        return new PlanForm("教研室电脑采购", start, null, [new PlanItemDraft("A02010104", "台式计算机", 1, "台", Money.FromYuan(1_000m), line.Id)],
            ProcurementRoute.EMallSimpleProcurement, null);
    }

    /// <summary>A new plan of the school in the given status.</summary>
    public async Task<Guid> PlanAsync(PlanStatus status)
    {
        var op = await ActorAsync(PlanParty.OwnOperator);
        if (status == PlanStatus.Legacy)
        {
            return await LegacyAsync(op);
        }

        var planId = await Workflow.CreateDraftAsync(op);
        await Workflow.SaveDraftAsync(planId, 0, await FormAsync(), op);
        if (status is PlanStatus.Draft)
        {
            return planId;
        }

        if (status is PlanStatus.Cancelled)
        {
            await Workflow.CancelAsync(planId, "不再采购", op);
            return planId;
        }

        await Workflow.SubmitForReviewAsync(planId, op);
        var reviewer = await ActorAsync(PlanParty.OwnReviewer);
        if (status is PlanStatus.Returned)
        {
            await Workflow.ReturnByReviewerAsync(planId, "请补充需求说明", reviewer);
            return planId;
        }

        if (status is PlanStatus.PendingReview)
        {
            return planId;
        }

        await Workflow.ApproveAndSubmitAsync(planId, reviewer);
        if (status is PlanStatus.Filed)
        {
            await Workflow.FileAsync(planId, await ActorAsync(PlanParty.OwnRegionRegulator));
        }

        return planId;
    }

    public async Task<ProcurementPlan> LoadAsync(Guid planId)
    {
        await using var db = await Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync();
        return await db.Plans.AsNoTracking().Include(p => p.Items).Include(p => p.Events).AsSplitQuery().SingleAsync(p => p.Id == planId);
    }

    private async Task<Guid> LegacyAsync(Actor op)
    {
        await using var db = await Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync();
        var unit = await db.Organizations.SingleAsync(o => o.Id == op.OrganizationId);
        var plan = ProcurementPlan.ImportLegacy(unit.Id, unit.RegionCode, $"JM-OLD-{Guid.NewGuid():N}"[..20], "旧系统计划", new DateOnly(2020, 11, 2),
            new PlanItemDraft("A02010104", "台式计算机", 1, "台", Money.FromYuan(1_000m), null), ProcurementMethod.OpenTender, "admin", DateTime.UtcNow);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    private async Task<string> AdminNameAsync()
    {
        await using var db = await Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync();
        var adminId = await db.UserRoles.Where(r => r.RoleId == Roles.PlatformAdmin).Select(r => r.UserId).FirstAsync();
        return await db.Users.Where(u => u.Id == adminId).Select(u => u.UserName!).FirstAsync();
    }
}

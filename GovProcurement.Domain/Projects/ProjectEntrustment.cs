using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Projects;

/// <summary>An agency the purchaser may entrust.</summary>
public sealed record AgencyChoice(Guid Id, string Name, string RegionCode, bool IsCentralized);

/// <summary>What a purchaser may do with a filed plan routed to an agency.</summary>
public enum EntrustmentAction
{
    Entrust = 1,
}

/// <summary>
/// What a plan page offers about its entrustment: whether the actor may entrust it now (and why
/// not), the project already entrusted for it (found by the plan's id), and the agencies to choose from.
/// </summary>
public sealed record EntrustmentOffer(ActionSet<EntrustmentAction> Actions, ProjectRow? Existing, IReadOnlyList<AgencyChoice> Choices)
{
    /// <summary>The panel shows the entrusted project, or the choice of agency when the actor may entrust.</summary>
    public bool Shown => Existing is not null || Actions.Allows(EntrustmentAction.Entrust);
}

/// <summary>
/// A filed plan routed to project procurement is entrusted to an agency: the centralized
/// procurement agency where the route requires it (集中采购目录内、限额以上), a social agency
/// otherwise. The agency accepts (the project starts) or declines with a reason (the purchaser
/// may then entrust another).
/// </summary>
public sealed class ProjectEntrustment(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<AgencyChoice>> ChoicesAsync(Guid planId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await ChoicesAsync(db, await LoadFiledPlanAsync(db, planId, actor, ct), ct);
    }

    private static async Task<IReadOnlyList<AgencyChoice>> ChoicesAsync(GovProcurementDbContext db, ProcurementPlan plan, CancellationToken ct)
    {
        var centralized = RequiresCentralized(plan);
        var regions = RegionDirectory.Guangdong.SelfAndAncestors(plan.RegionCode).Select(r => r.Code).ToList();
        var agencies = await db.Organizations.OfType<Agency>().Where(a => a.IsCentralized == centralized).ToListAsync(ct);
        return agencies
            .Where(a => !centralized || regions.Contains(a.RegionCode))
            .OrderBy(a => regions.IndexOf(a.RegionCode) is var i && i < 0 ? int.MaxValue : i).ThenBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => new AgencyChoice(a.Id, a.Name, a.RegionCode, a.IsCentralized))
            .ToList();
    }

    /// <summary>What the plan's page offers the actor about entrusting it.</summary>
    public async Task<EntrustmentOffer> OfferAsync(Guid planId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new DomainException("计划不存在。", "The plan does not exist.");
        var refusal = WhyNotEntrust(plan, actor);
        var existing = refusal is null ? (await ProjectQueries.RowsAsync(db, Current(db, planId), ct)).FirstOrDefault() : null;
        refusal ??= existing is null ? null : AlreadyEntrusted;
        var actions = new ActionSet<EntrustmentAction>([new AvailableAction<EntrustmentAction>(EntrustmentAction.Entrust, refusal)]);
        return new EntrustmentOffer(actions, existing, actions.Allows(EntrustmentAction.Entrust) ? await ChoicesAsync(db, plan, ct) : []);
    }

    public async Task<ProcurementProject> EntrustAsync(Guid planId, Guid agencyId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var plan = await LoadFiledPlanAsync(db, planId, actor, ct);
        if (await Current(db, planId).AnyAsync(ct))
        {
            throw AlreadyEntrusted.ToException();
        }

        var agency = await db.Organizations.OfType<Agency>().FirstOrDefaultAsync(a => a.Id == agencyId, ct)
            ?? throw new DomainException("请选择代理机构。", "Choose an agency.");
        if ((await ChoicesAsync(db, plan, ct)).All(c => c.Id != agency.Id))
        {
            throw new DomainException(
                RequiresCentralized(plan) ? "本计划须委托本地区的集中采购机构实施。" : "本计划为分散采购，请委托社会代理机构。",
                RequiresCentralized(plan) ? "This plan must be entrusted to the region's centralized procurement agency." : "This decentralized plan goes to a social agency.");
        }

        var category = plan.Items.Select(i => CatalogueDirectory.Shipped.Find(i.CatalogueCode)?.Category).FirstOrDefault(c => c is not null) ?? ProcurementCategory.Goods;
        var project = new ProcurementProject(plan.Id, plan.Number, plan.UnitId, agency.Id, plan.RegionCode, plan.Title, category, plan.Method!.Value, plan.Total, actor.UserName, time.UtcNow());
        db.Projects.Add(project);
        // Touching the plan raises its version in the same save: of two entrustments racing, the second is a conflict.
        plan.MarkEntrusted(time.UtcNow());
        db.Entry(plan).Property(p => p.UpdatedUtc).IsModified = true;
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.ProjectEntrusted, actor.UserName, agency.Name, $"{plan.Number} {plan.Title} 委托 {agency.Name}")], ct);
        return project;
    }

    public async Task AcceptAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.Accepted, time, ct);
        project.Accept(actor.UserName, time.UtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task DeclineAsync(Guid projectId, string reason, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.Declined, time, ct);
        project.Decline(actor.UserName, reason, time.UtcNow());
        await db.SaveChangesAsync(ct);
    }

    private static bool RequiresCentralized(ProcurementPlan plan) => plan.Route == ProcurementRoute.EntrustCentralizedAgency;

    private static readonly Refusal AlreadyEntrusted = new("该计划已委托代理机构。", "This plan is already entrusted.");

    /// <summary>The plan's project that is not declined or cancelled, if any: a plan is entrusted once at a time.</summary>
    private static IQueryable<ProcurementProject> Current(GovProcurementDbContext db, Guid planId) =>
        db.Projects.Where(p => p.PlanId == planId && p.Status != ProjectStatus.Declined && p.Status != ProjectStatus.Cancelled);

    /// <summary>Who may entrust a plan, and when: its own unit's purchaser, once filed, when routed to an agency.</summary>
    private static Refusal? WhyNotEntrust(ProcurementPlan plan, Actor actor)
    {
        if (!actor.IsIn(Roles.PurchaserOperator) && !actor.IsIn(Roles.PurchaserReviewer))
        {
            return new("只有采购人可以委托代理机构。", "Only the purchaser entrusts an agency.");
        }

        if (plan.UnitId != actor.OrganizationId)
        {
            return new("只能委托本单位的采购计划。", "You can only entrust your own unit's plans.");
        }

        if (plan.Status != PlanStatus.Filed)
        {
            return new("计划备案后才能委托代理机构。", "A plan is entrusted once it is filed.");
        }

        return plan.Route is not (ProcurementRoute.EntrustCentralizedAgency or ProcurementRoute.DecentralizedEntrustAgency) || plan.Method is null
            ? new("只有委托代理机构实施项目采购的计划可以委托。", "Only plans routed to an agency's project procurement are entrusted.")
            : null;
    }

    private static async Task<ProcurementPlan> LoadFiledPlanAsync(GovProcurementDbContext db, Guid planId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsIn(Roles.PurchaserOperator) && !actor.IsIn(Roles.PurchaserReviewer))
        {
            throw new DomainException("只有采购人可以委托代理机构。", "Only the purchaser entrusts an agency.");
        }

        var plan = await db.Plans.Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new DomainException("计划不存在。", "The plan does not exist.");
        if (WhyNotEntrust(plan, actor) is { } refusal)
        {
            throw refusal.ToException();
        }

        return plan;
    }
}

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

    public async Task<ProcurementProject> EntrustAsync(Guid planId, Guid agencyId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var plan = await LoadFiledPlanAsync(db, planId, actor, ct);
        if (await db.Projects.AnyAsync(p => p.PlanId == planId && p.Status != ProjectStatus.Declined && p.Status != ProjectStatus.Cancelled, ct))
        {
            throw new DomainException("该计划已委托代理机构。", "This plan is already entrusted.");
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
        var project = await ProjectAccess.LoadForAgencyAsync(db, projectId, actor, ct);
        project.Accept(actor.UserName, time.UtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task DeclineAsync(Guid projectId, string reason, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForAgencyAsync(db, projectId, actor, ct);
        project.Decline(actor.UserName, reason, time.UtcNow());
        await db.SaveChangesAsync(ct);
    }

    private static bool RequiresCentralized(ProcurementPlan plan) => plan.Route == ProcurementRoute.EntrustCentralizedAgency;

    private static async Task<ProcurementPlan> LoadFiledPlanAsync(GovProcurementDbContext db, Guid planId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsIn(Roles.PurchaserOperator) && !actor.IsIn(Roles.PurchaserReviewer))
        {
            throw new DomainException("只有采购人可以委托代理机构。", "Only the purchaser entrusts an agency.");
        }

        var plan = await db.Plans.Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new DomainException("计划不存在。", "The plan does not exist.");
        if (plan.UnitId != actor.OrganizationId)
        {
            throw new DomainException("只能委托本单位的采购计划。", "You can only entrust your own unit's plans.");
        }

        if (plan.Status != PlanStatus.Filed)
        {
            throw new DomainException("计划备案后才能委托代理机构。", "A plan is entrusted once it is filed.");
        }

        if (plan.Route is not (ProcurementRoute.EntrustCentralizedAgency or ProcurementRoute.DecentralizedEntrustAgency) || plan.Method is null)
        {
            throw new DomainException("只有委托代理机构实施项目采购的计划可以委托。", "Only plans routed to an agency's project procurement are entrusted.");
        }

        return plan;
    }
}

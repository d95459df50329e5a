using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Projects;

/// <summary>How an actor stands to a project.</summary>
public enum ProjectRole
{
    None = 0,
    Agency = 1,
    Purchaser = 2,
    Regulator = 3,
    Supplier = 4,
}

/// <summary>Loads projects and decides who may see or act on them.</summary>
internal static class ProjectAccess
{
    public static async Task<ProcurementProject> LoadAsync(GovProcurementDbContext db, Guid projectId, CancellationToken ct) =>
        await db.Projects.Include(p => p.Lots).Include(p => p.Events).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == projectId, ct)
        ?? throw new DomainException("项目不存在。", "The project does not exist.");

    /// <summary>Loads the project for its own agency.</summary>
    public static async Task<ProcurementProject> LoadForAgencyAsync(GovProcurementDbContext db, Guid projectId, Actor actor, CancellationToken ct)
    {
        actor.Require(Roles.Agency);
        var project = await LoadAsync(db, projectId, ct);
        return project.AgencyId == actor.OrganizationId ? project : throw new DomainException("只能处理委托给本机构的项目。", "Only the entrusted agency acts on this project.");
    }

    public static async Task<ProcurementProject> LoadForPurchaserAsync(GovProcurementDbContext db, Guid projectId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsIn(Roles.PurchaserOperator) && !actor.IsIn(Roles.PurchaserReviewer))
        {
            throw new DomainException("您的账号没有执行此操作的权限。", "Your account may not do this.");
        }

        var project = await LoadAsync(db, projectId, ct);
        return project.PurchaserId == actor.OrganizationId ? project : throw new DomainException("只能处理本单位的项目。", "Only the purchasing unit acts on this project.");
    }

    /// <summary>The finance department of the project's region or a region above it.</summary>
    public static async Task<ProcurementProject> LoadForRegulatorAsync(GovProcurementDbContext db, Guid projectId, Actor actor, CancellationToken ct)
    {
        actor.Require(Roles.Regulator);
        var project = await LoadAsync(db, projectId, ct);
        return (await Supervision.Jurisdiction.OfAsync(db, actor, ct)).RegionCodes.Contains(project.RegionCode)
            ? project
            : throw new DomainException("该项目不在本财政部门的监管范围内。", "The project is outside your jurisdiction.");
    }

    /// <summary>How the actor stands to the project for what it may see: a supplier sees a project once it is announced.</summary>
    public static async Task<ProjectRole> RoleAsync(GovProcurementDbContext db, ProcurementProject project, Actor actor, CancellationToken ct)
    {
        var relation = await RelationAsync(db, project, actor, ct);
        return relation == ProjectRole.Supplier && project.Status is ProjectStatus.Entrusted or ProjectStatus.Preparing ? ProjectRole.None : relation;
    }

    /// <summary>How the actor stands to the project, whatever its status: the rows of the who-may-do-what table.</summary>
    public static async Task<ProjectRole> RelationAsync(GovProcurementDbContext db, ProcurementProject project, Actor actor, CancellationToken ct)
    {
        if (actor.OrganizationId is not { } org)
        {
            return ProjectRole.None;
        }

        if (actor.IsIn(Roles.Agency) && project.AgencyId == org)
        {
            return ProjectRole.Agency;
        }

        if ((actor.IsIn(Roles.PurchaserOperator) || actor.IsIn(Roles.PurchaserReviewer)) && project.PurchaserId == org)
        {
            return ProjectRole.Purchaser;
        }

        if (actor.IsIn(Roles.Regulator) && (await Supervision.Jurisdiction.OfAsync(db, actor, ct)).RegionCodes.Contains(project.RegionCode))
        {
            return ProjectRole.Regulator;
        }

        return actor.IsIn(Roles.Supplier) && await db.Organizations.OfType<Supplier>().AnyAsync(s => s.Id == org, ct) ? ProjectRole.Supplier : ProjectRole.None;
    }

    /// <summary>Loads the project and requires the step of the available actions before a use case takes it.</summary>
    public static async Task<ProcurementProject> LoadForStepAsync(GovProcurementDbContext db, Guid projectId, Actor actor, ProjectAction step, TimeProvider time, CancellationToken ct)
    {
        var project = await LoadAsync(db, projectId, ct);
        ProjectActions.Steps(await MomentAsync(db, project, actor, time, ct)).Require(step);
        return project;
    }

    /// <summary>Loads the project and requires the supplier's registration action.</summary>
    public static async Task<ProcurementProject> LoadForRegistrationAsync(GovProcurementDbContext db, Guid projectId, Actor actor, RegistrationAction action, TimeProvider time, CancellationToken ct)
    {
        var project = await LoadAsync(db, projectId, ct);
        ProjectActions.Registration(await MomentAsync(db, project, actor, time, ct)).Require(action);
        return project;
    }

    /// <summary>Loads the project and requires the supplier's bid action.</summary>
    public static async Task<ProcurementProject> LoadForBidAsync(GovProcurementDbContext db, Guid projectId, Actor actor, BidAction action, TimeProvider time, CancellationToken ct)
    {
        var project = await LoadAsync(db, projectId, ct);
        ProjectActions.Bid(await MomentAsync(db, project, actor, time, ct)).Require(action);
        return project;
    }

    /// <summary>The facts the available actions of this actor on this project depend on, now.</summary>
    public static async Task<ProjectMoment> MomentAsync(GovProcurementDbContext db, ProcurementProject project, Actor actor, TimeProvider time, CancellationToken ct)
    {
        var relation = await RelationAsync(db, project, actor, ct);
        var panelDrawn = project.Status == ProjectStatus.Opened && await db.PanelDraws.OfCurrentRound(project).AnyAsync(ct);
        var contractsDue = project.ResultPublishedUtc is null ? [] : await ContractsDueAsync(db, project, ct);
        var supplier = relation == ProjectRole.Supplier ? await SupplierFactsAsync(db, project, actor.RequireOrganization(), time.TodayInChina(), ct) : null;
        var suspension = await Complaints.ProcurementSuspensions.ForProjectAsync(db, project.Id, time.TodayInChina(), ct);
        return new ProjectMoment(project, relation, time.UtcNow(), panelDrawn, contractsDue, supplier, project.CurrentRound.DocumentsFileId is not null, suspension);
    }

    /// <summary>The winners' lots of the round whose contract announcement is not yet published: one contract announcement per winner and lot.</summary>
    private static async Task<IReadOnlyList<ContractDue>> ContractsDueAsync(GovProcurementDbContext db, ProcurementProject project, CancellationToken ct)
    {
        var won = await db.LotResults.AsNoTracking().OfCurrentRound(project).Where(r => r.WinnerSupplierId != null)
            .Select(r => new { Supplier = r.WinnerSupplierId!.Value, r.LotNumber }).ToListAsync(ct);
        var winnerIds = won.Select(w => w.Supplier).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => winnerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        // Only this round's announcements: a repeated round's result announcement comes after every earlier round's.
        var notes = project.Events.Where(e => e.Action == ProjectAction.ContractPublished && e.Note is not null && e.AtUtc >= project.ResultPublishedUtc)
            .Select(e => e.Note!).ToList();
        return won.Select(w => new ContractDue(w.Supplier, names.GetValueOrDefault(w.Supplier, ""), w.LotNumber))
            .Where(due => !notes.Any(due.MetBy))
            .OrderBy(w => w.SupplierName, StringComparer.Ordinal).ThenBy(w => w.Lot).ToList();
    }

    private static async Task<SupplierFacts> SupplierFactsAsync(GovProcurementDbContext db, ProcurementProject project, Guid supplierId, DateOnly today, CancellationToken ct)
    {
        var supplier = await db.Organizations.OfType<Supplier>().AsNoTracking().FirstAsync(s => s.Id == supplierId, ct);
        var registered = await db.SupplierRegistrations.OfCurrentRound(project).AnyAsync(r => r.SupplierId == supplierId, ct);
        var bid = await db.Bids.AsNoTracking().OfCurrentRound(project).Where(b => b.SupplierId == supplierId && b.Status != BidStatus.Withdrawn)
            .Select(b => (BidStatus?)b.Status).FirstOrDefaultAsync(ct);
        var debarments = await db.SupplierDebarments.AsNoTracking().Where(d => d.SupplierId == supplierId).ToListAsync(ct);
        return new SupplierFacts(registered, bid, SupplierEligibility.Debarment(debarments, today), supplier.Scale);
    }
}

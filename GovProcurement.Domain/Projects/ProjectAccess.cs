using GovProcurement.Domain.Accounts;
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

    public static async Task<ProjectRole> RoleAsync(GovProcurementDbContext db, ProcurementProject project, Actor actor, CancellationToken ct)
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

        return actor.IsIn(Roles.Supplier) && project.Status != ProjectStatus.Entrusted && project.Status != ProjectStatus.Preparing ? ProjectRole.Supplier : ProjectRole.None;
    }
}

using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Projects;

public sealed record ProjectRow(Guid Id, string Number, string Title, ProcurementMethod Method, ProjectStatus Status, Money Budget, string RegionCode, string PurchaserName, string AgencyName, DateTime? DeadlineUtc, DateTime UpdatedUtc);

/// <summary>A supplier's own standing on a project.</summary>
public sealed record SupplierStanding(bool Registered, BidSummary? Bid, bool Won);

/// <summary>A file's name and size, without its content.</summary>
public sealed record FileSummary(Guid Id, string Name, long Size, DateTime UploadedUtc);

public sealed record NoticeLink(Guid Id, string? Number, NoticeType Type, string Title, DateTime? PublishedUtc);

/// <summary>Everything a project page shows, cut to what the actor may see.</summary>
public sealed record ProjectDetail(
    ProcurementProject Project,
    ProjectRole Role,
    string PurchaserName,
    string AgencyName,
    string? DocumentsName,
    IReadOnlyList<Clarification> Clarifications,
    IReadOnlyList<NoticeLink> Notices,
    SupplierStanding? Standing,
    IReadOnlyList<FileSummary> SignedRecords,
    ProjectOffer Offer);

/// <summary>Project lists by role, and the project page's data.</summary>
public sealed class ProjectQueries(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time)
{
    /// <summary>
    /// In which capacity the actor's project list holds projects (the agency's, the purchaser's,
    /// the jurisdiction's, or a supplier's registrations): pages word the list after it.
    /// </summary>
    public static ProjectRole ListRoleOf(Actor actor) =>
        actor.IsIn(Roles.Agency) ? ProjectRole.Agency
        : actor.IsIn(Roles.PurchaserOperator) || actor.IsIn(Roles.PurchaserReviewer) ? ProjectRole.Purchaser
        : actor.IsIn(Roles.Regulator) ? ProjectRole.Regulator
        : actor.IsIn(Roles.Supplier) ? ProjectRole.Supplier
        : ProjectRole.None;

    /// <summary>Whether the actor's project page also lists the projects open for bids (a supplier's does).</summary>
    public static bool SeesOpenForBids(Actor actor) => ListRoleOf(actor) == ProjectRole.Supplier;

    /// <summary>The agency's, the purchaser's or (for a regulator) the jurisdiction's projects; for a supplier, those it registered for.</summary>
    public async Task<IReadOnlyList<ProjectRow>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var org = actor.RequireOrganization();
        IQueryable<ProcurementProject> projects;
        switch (ListRoleOf(actor))
        {
            case ProjectRole.Agency:
                projects = db.Projects.Where(p => p.AgencyId == org);
                break;
            case ProjectRole.Purchaser:
                projects = db.Projects.Where(p => p.PurchaserId == org);
                break;
            case ProjectRole.Regulator:
                var regions = (await Supervision.Jurisdiction.OfAsync(db, actor, ct)).RegionCodes;
                projects = db.Projects.Where(p => regions.Contains(p.RegionCode));
                break;
            case ProjectRole.Supplier:
                projects = db.Projects.Where(p => db.SupplierRegistrations.Any(r => r.ProjectId == p.Id && r.SupplierId == org));
                break;
            default:
                return [];
        }

        return await RowsAsync(db, projects.OrderByDescending(p => p.UpdatedUtc).Take(500), ct);
    }

    /// <summary>Projects taking registrations now, for suppliers.</summary>
    public async Task<IReadOnlyList<ProjectRow>> OpenForBidsAsync(CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var now = time.UtcNow();
        return await RowsAsync(db, db.Projects.Where(p => p.Status == ProjectStatus.Active).WhereCurrentRound(r => r.DeadlineUtc > now)
            .OrderByCurrentRound(r => r.DeadlineUtc).Take(500), ct);
    }

    public async Task<ProjectDetail?> GetAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await db.Projects.Include(p => p.Lots).Include(p => p.Events).AsSplitQuery().AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return null;
        }

        var role = await ProjectAccess.RoleAsync(db, project, actor, ct);
        if (role == ProjectRole.None)
        {
            return null;
        }

        var names = await db.Organizations.Where(o => o.Id == project.PurchaserId || o.Id == project.AgencyId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var round = project.CurrentRound;
        var documentsFileId = round.DocumentsFileId;
        var documents = await db.Files.Where(f => f.Id == documentsFileId).Select(f => f.Name).FirstOrDefaultAsync(ct);
        var clarifications = await db.Clarifications.AsNoTracking().Of(round).OrderBy(c => c.AskedUtc).ToListAsync(ct);
        SupplierStanding? standing = null;
        if (role == ProjectRole.Supplier)
        {
            var org = actor.RequireOrganization();
            // Suppliers see their own questions and every answered one, never who asked.
            clarifications = clarifications.Where(c => c.SupplierId == org || c.Answer is not null).ToList();
            var registered = await db.SupplierRegistrations.Of(round).AnyAsync(r => r.SupplierId == org, ct);
            var bid = (await BidSummaries.ListAsync(db, round, b => b.SupplierId == org && b.Status != BidStatus.Withdrawn, ct)).FirstOrDefault();
            var won = project.ResultPublishedUtc is not null && await db.LotResults.Of(round).AnyAsync(r => r.WinnerSupplierId == org, ct);
            standing = new SupplierStanding(registered, bid, won);
        }

        var notices = await db.Notices.AsNoTracking().Where(n => n.ProjectId == projectId && n.Status == NoticeStatus.Published).OrderBy(n => n.PublishedUtc)
            .Select(n => new NoticeLink(n.Id, n.Number, n.Type, n.Title, n.PublishedUtc)).ToListAsync(ct);
        var signed = role == ProjectRole.Supplier ? []
            : await db.Files.AsNoTracking().Where(f => f.ProjectId == projectId && f.Id != documentsFileId).Select(f => new FileSummary(f.Id, f.Name, f.Size, f.UploadedUtc)).ToListAsync(ct);
        // Who bid, and how many, stays confidential until the opening: not even the agency sees a count before it.
        return new ProjectDetail(project, role, names.GetValueOrDefault(project.PurchaserId, ""), names.GetValueOrDefault(project.AgencyId, ""), documents,
            clarifications, notices, standing, signed, new ProjectOffer(await ProjectAccess.MomentAsync(db, project, actor, time, ct)));
    }

    /// <summary>What this actor may do with the project now, and why not: the same answer its use cases require.</summary>
    public async Task<ProjectOffer> OfferAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadAsync(db, projectId, ct);
        return new ProjectOffer(await ProjectAccess.MomentAsync(db, project, actor, time, ct));
    }

    /// <summary>A signed record or other file of the project, for its agency, purchaser and regulators.</summary>
    public async Task<Files.StoredFile> FileAsync(Guid projectId, Guid fileId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadAsync(db, projectId, ct);
        if (await ProjectAccess.RoleAsync(db, project, actor, ct) is ProjectRole.None or ProjectRole.Supplier)
        {
            throw new DomainException("该文件仅向项目相关单位提供。", "The file is for the project's parties only.");
        }

        return await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.ProjectId == projectId, ct)
            ?? throw new DomainException("文件不存在。", "The file does not exist.");
    }

    internal static async Task<IReadOnlyList<ProjectRow>> RowsAsync(GovProcurementDbContext db, IQueryable<ProcurementProject> projects, CancellationToken ct) =>
        await projects.SelectWithCurrentRound((p, round) => new ProjectRow(p.Id, p.Number, p.Title, p.Method, p.Status, p.Budget, p.RegionCode,
            db.Organizations.Where(o => o.Id == p.PurchaserId).Select(o => o.Name).First(),
            db.Organizations.Where(o => o.Id == p.AgencyId).Select(o => o.Name).First(),
            round.DeadlineUtc, p.UpdatedUtc)).ToListAsync(ct);
}

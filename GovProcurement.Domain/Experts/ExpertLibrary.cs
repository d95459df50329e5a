using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Experts;

/// <summary>What the finance department enters for a new expert.</summary>
public sealed record ExpertForm(string Name, string RegionCode, string Specialties, string Employer, string? EmployerBudgetCode);

/// <summary>The expert library (评审专家库), kept by the finance departments and the administrator.</summary>
public sealed class ExpertLibrary(IDbContextFactory<GovProcurementDbContext> store, IOptions<InputLimits> limits, TimeProvider time)
{
    public async Task<IReadOnlyList<Expert>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        RequireKeeper(actor);
        await using var db = await store.CreateDbContextAsync(ct);
        return await db.Experts.Include(e => e.Links).AsNoTracking().OrderBy(e => e.RegionCode).ThenBy(e => e.Name).ToListAsync(ct);
    }

    public async Task<Expert> AddAsync(ExpertForm form, Actor actor, CancellationToken ct = default)
    {
        RequireKeeper(actor);
        var region = RegionDirectory.Guangdong.Find(form.RegionCode) ?? throw new DomainException("请选择专家所在地区。", "Choose the expert's region.");
        Organization.EnsureOnPlatform(region);
        await using var db = await store.CreateDbContextAsync(ct);
        await RequireJurisdictionAsync(db, actor, region.Code, ct);
        Guid? unitId = null;
        if (!string.IsNullOrWhiteSpace(form.EmployerBudgetCode))
        {
            unitId = await db.Organizations.OfType<BudgetUnit>().Where(u => u.BudgetCode == form.EmployerBudgetCode.Trim()).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct)
                ?? throw new DomainException($"预算编码 {form.EmployerBudgetCode} 不对应任何预算单位。", $"No budget unit has the code {form.EmployerBudgetCode}.");
        }

        var specialties = form.Specialties.Split([';', ',', '，', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var expert = new Expert(form.Name, region.Code, specialties, form.Employer, unitId, time.UtcNow());
        db.Experts.Add(expert);
        await db.SaveChangesAsync(ct);
        return expert;
    }

    public async Task DeclareAsync(Guid expertId, ExpertLinkKind kind, string creditCode, DateOnly from, DateOnly? until, Actor actor, CancellationToken ct = default)
    {
        RequireKeeper(actor);
        if (UnifiedSocialCreditCode.Explain(creditCode) is { } problem)
        {
            throw new DomainException(problem);
        }

        if (until is { } end && end < from)
        {
            throw new DomainException("关系的结束日期不能早于开始日期。", "A link cannot end before it starts.");
        }

        await using var db = await store.CreateDbContextAsync(ct);
        var expert = await db.Experts.Include(e => e.Links).FirstOrDefaultAsync(e => e.Id == expertId, ct) ?? throw new DomainException("专家不存在。", "The expert does not exist.");
        await RequireJurisdictionAsync(db, actor, expert.RegionCode, ct);
        InputLimits.Require(expert.Links.Count + 1, limits.Value.ExpertLinks, "每位专家申报的关联关系", "declared links per expert");
        var code = UnifiedSocialCreditCode.Normalize(creditCode);
        var name = await db.Organizations.OfType<Supplier>().Where(s => s.CreditCode == code).Select(s => s.Name).FirstOrDefaultAsync(ct) ?? code;
        expert.Declare(kind, code, name, from, until);
        await db.SaveChangesAsync(ct);
    }

    public async Task SetActiveAsync(Guid expertId, bool active, Actor actor, CancellationToken ct = default)
    {
        RequireKeeper(actor);
        await using var db = await store.CreateDbContextAsync(ct);
        var expert = await db.Experts.FirstOrDefaultAsync(e => e.Id == expertId, ct) ?? throw new DomainException("专家不存在。", "The expert does not exist.");
        await RequireJurisdictionAsync(db, actor, expert.RegionCode, ct);
        expert.SetActive(active);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A finance department keeps the experts of its own region and below; the administrator keeps all.</summary>
    private static async Task RequireJurisdictionAsync(GovProcurementDbContext db, Actor actor, string expertRegion, CancellationToken ct)
    {
        if (!(await Supervision.Jurisdiction.OfAsync(db, actor, ct)).RegionCodes.Contains(expertRegion))
        {
            throw new DomainException("只能维护本辖区的评审专家。", "You keep the experts of your own jurisdiction only.");
        }
    }

    private static void RequireKeeper(Actor actor)
    {
        if (!actor.IsIn(Roles.Regulator) && !actor.IsIn(Roles.PlatformAdmin))
        {
            throw new DomainException("专家库由财政部门和平台管理员维护。", "The finance departments and the administrator keep the expert library.");
        }
    }
}

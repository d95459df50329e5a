using FluentValidation;
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

/// <summary>
/// An expert as the library page shows it. The employer and the declared links are private: they
/// are filled in only for those who maintain the expert (<see cref="Maintained"/>), null otherwise.
/// </summary>
public sealed record LibraryEntry(Guid Id, string Name, string RegionCode, IReadOnlyList<string> Specialties, bool Active, bool Maintained,
    string? Employer, bool? EmployedByBudgetUnit, IReadOnlyList<ExpertLink>? Links);

/// <summary>
/// The expert library (评审专家库). A regulator sees the experts of its jurisdiction (the
/// province's sees all, as does the administrator); an expert is maintained — entered, linked,
/// activated, and its employer and links read — only by the finance department of its own region,
/// or, where that region has none on the platform, by the nearest one above it.
/// </summary>
public sealed class ExpertLibrary(IDbContextFactory<GovProcurementDbContext> store, IOptions<InputLimits> limits, TimeProvider time)
{
    public async Task<IReadOnlyList<LibraryEntry>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        RequireKeeper(actor);
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Supervision.Jurisdiction.OfAsync(db, actor, ct);
        var maintainers = await MaintainersAsync(db, ct);
        var own = await OwnRegionAsync(db, actor, ct);
        var experts = await db.Experts.Include(e => e.Links).AsNoTracking().Where(e => scope.RegionCodes.Contains(e.RegionCode))
            .OrderBy(e => e.RegionCode).ThenBy(e => e.Name).ToListAsync(ct);
        return experts.Select(e => Entry(e, own is not null && maintainers.Of(e.RegionCode) == own)).ToList();
    }

    /// <summary>
    /// Whether the actor may enter new experts: a finance department does, for the regions it
    /// maintains; the administrator only reads. Pages ask this instead of checking roles.
    /// </summary>
    public static bool MayAddExperts(Actor actor) => actor.IsIn(Roles.Regulator);

    private static LibraryEntry Entry(Expert e, bool maintained) => maintained
        ? new(e.Id, e.Name, e.RegionCode, e.SpecialtyList, e.Active, true, e.Employer, e.BudgetUnitId is not null, e.Links)
        : new(e.Id, e.Name, e.RegionCode, e.SpecialtyList, e.Active, false, null, null, null);

    public async Task<Expert> AddAsync(ExpertForm form, Actor actor, CancellationToken ct = default)
    {
        RequireKeeper(actor);
        ExpertFormValidator.Instance.ValidateAndThrow(form);
        var region = RegionDirectory.Guangdong.Find(form.RegionCode) ?? throw new DomainException("请选择专家所在地区。", "Choose the expert's region.");
        Organization.EnsureOnPlatform(region);
        await using var db = await store.CreateDbContextAsync(ct);
        await RequireMaintainerAsync(db, actor, region.Code, ct);
        Guid? unitId = null;
        if (!string.IsNullOrWhiteSpace(form.EmployerBudgetCode))
        {
            unitId = await db.Organizations.OfType<BudgetUnit>().Where(u => u.BudgetCode == form.EmployerBudgetCode.Trim()).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct)
                ?? throw new DomainException($"预算编码 {form.EmployerBudgetCode} 不对应任何预算单位。", $"No budget unit has the code {form.EmployerBudgetCode}.");
        }

        var expert = new Expert(form.Name, region.Code, SpecialtiesOf(form.Specialties), form.Employer, unitId, time.UtcNow());
        db.Experts.Add(expert);
        await db.SaveChangesAsync(ct);
        return expert;
    }

    /// <summary>The specialties typed in one field, separated by semicolons, commas or spaces.</summary>
    public static string[] SpecialtiesOf(string? text) =>
        (text ?? "").Split([';', ',', '，', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

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
        await RequireMaintainerAsync(db, actor, expert.RegionCode, ct);
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
        await RequireMaintainerAsync(db, actor, expert.RegionCode, ct);
        expert.SetActive(active);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Only the finance department that maintains the expert's region may change the expert.</summary>
    private static async Task RequireMaintainerAsync(GovProcurementDbContext db, Actor actor, string expertRegion, CancellationToken ct)
    {
        var own = await OwnRegionAsync(db, actor, ct);
        if (own is null || (await MaintainersAsync(db, ct)).Of(expertRegion) != own)
        {
            throw new DomainException("评审专家由其所在地区的财政部门维护，本账号不能修改该专家。", "An expert is maintained by the finance department of the expert's region; this account cannot change the expert.");
        }
    }

    /// <summary>The region of the regulator's finance department; null for the administrator, who maintains no expert.</summary>
    private static async Task<string?> OwnRegionAsync(GovProcurementDbContext db, Actor actor, CancellationToken ct) =>
        actor.IsIn(Roles.Regulator) && actor.OrganizationId is { } org
            ? await db.Organizations.OfType<Regulator>().Where(r => r.Id == org).Select(r => r.RegionCode).FirstOrDefaultAsync(ct)
            : null;

    private static async Task<ExpertMaintainers> MaintainersAsync(GovProcurementDbContext db, CancellationToken ct) =>
        new((await db.Organizations.OfType<Regulator>().Select(r => r.RegionCode).ToListAsync(ct)).ToHashSet());

    /// <summary>The regions that have a finance department on the platform, and which of them maintains a given region.</summary>
    private sealed record ExpertMaintainers(HashSet<string> RegulatedRegions)
    {
        public string? Of(string expertRegion) =>
            RegionDirectory.Guangdong.SelfAndAncestors(expertRegion).Select(r => r.Code).FirstOrDefault(RegulatedRegions.Contains);
    }

    private static void RequireKeeper(Actor actor)
    {
        if (!actor.IsIn(Roles.Regulator) && !actor.IsIn(Roles.PlatformAdmin))
        {
            throw new DomainException("专家库由财政部门维护，平台管理员可查看。", "The finance departments keep the expert library; the administrator may read it.");
        }
    }
}

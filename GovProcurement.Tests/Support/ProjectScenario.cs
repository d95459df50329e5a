using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Support;

/// <summary>
/// Drives the demo data through the domain to a given point of a project, for tests that start
/// in the middle: 江门市第一中学 files a 1,600,000-yuan property-service plan (C1204) routed to
/// the centralized agency by competitive consultation.
/// </summary>
public sealed class ProjectScenario(IServiceProvider services)
{
    public const string Operator = "440700101002002";
    public const string Reviewer = "440700101002001";
    public const string Regulator = "440700cz";
    public const string Agency = "jmggzy";
    public const string SmallSupplier = "91440703MA51K2Q8XY";
    public const string MicroSupplier = "91440784MA4WJ7C3RF";
    public const string MediumSupplier = "91440101MA5CTY6L0C";
    public const string Title = "江门市第一中学校园物业管理服务项目";

    private T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public async Task<Actor> ActorAsync(string userName)
    {
        await using var db = await Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync();
        return new Actor(userName, user.OrganizationId, roles.ToHashSet());
    }

    public async Task<Guid> FiledPlanAsync() =>
        await FilePlanAsync(await ActorAsync(Operator), await ActorAsync(Reviewer), await ActorAsync(Regulator), Title, "C1204", "物业管理服务", 1_600_000m,
            ProcurementRoute.EntrustCentralizedAgency, ProcurementMethod.CompetitiveConsultation);

    /// <summary>A plan of one line drafted, approved and filed by the given actors.</summary>
    public Task<Guid> FilePlanAsync(Actor op, Actor reviewer, Actor regulator, string title, string code, string name, decimal yuan, ProcurementRoute route, ProcurementMethod? method) =>
        FilePlanAsync(op, reviewer, regulator, title, route, method, (code, name, yuan));

    /// <summary>A plan of these lines (all on the unit's first budget line) drafted, approved and filed by the given actors.</summary>
    public async Task<Guid> FilePlanAsync(Actor op, Actor reviewer, Actor regulator, string title, ProcurementRoute route, ProcurementMethod? method, params (string Code, string Name, decimal Yuan)[] lines)
    {
        var workflow = Get<PlanWorkflow>();
        var start = Get<TimeProvider>().TodayInChina().AddDays(40);
        var budget = (await Get<BudgetLines>().ForUnitAsync(op.OrganizationId!.Value, start.Year))[0];
        var planId = await workflow.CreateDraftAsync(op);
        var drafts = lines.Select(l => new PlanItemDraft(l.Code, l.Name, 1, "项", Money.FromYuan(l.Yuan), budget.Id)).ToList();
        await workflow.SaveDraftAsync(planId, 0, new PlanForm(title, start, null, drafts, route, method), op);
        await workflow.SubmitForReviewAsync(planId, op);
        await workflow.ApproveAndSubmitAsync(planId, reviewer);
        await workflow.FileAsync(planId, regulator);
        return planId;
    }

    /// <summary>Entrusted, accepted, set up (one lot, comprehensive scoring, 10% deduction) with documents attached.</summary>
    public async Task<Guid> PreparedProjectAsync()
    {
        var planId = await FiledPlanAsync();
        var purchaser = await ActorAsync(Operator);
        var agency = await ActorAsync(Agency);
        var choice = (await Get<ProjectEntrustment>().ChoicesAsync(planId, purchaser)).Single();
        var project = await Get<ProjectEntrustment>().EntrustAsync(planId, choice.Id, purchaser);
        await Get<ProjectEntrustment>().AcceptAsync(project.Id, agency);
        var preparation = Get<ProjectPreparation>();
        var setup = new ProjectSetup([new LotDraft("校园物业管理", "C1204", Money.FromYuan(1_600_000m), Money.FromYuan(1_550_000m), "保洁、秩序维护、绿化养护，服务期一年")],
            "具有物业服务相关经验", false, ScoringMethod.Comprehensive, 3000, 1000, false);
        await preparation.SaveSetupAsync(project.Id, 1, setup, agency);
        await preparation.AttachDocumentsAsync(project.Id, "磋商文件.pdf", "application/pdf", "%PDF-1.4 consultation documents"u8.ToArray(), agency);
        return project.Id;
    }

    /// <summary>Published with the deadline on the earliest allowed day at 09:30; returns the deadline in UTC.</summary>
    public async Task<DateTime> AnnounceAsync(Guid projectId)
    {
        var agency = await ActorAsync(Agency);
        var schedule = await Get<ProjectPreparation>().ScheduleAsync(projectId, agency);
        var deadline = schedule.EarliestDeadline.ToDateTime(new TimeOnly(9, 30));
        await Get<ProjectPreparation>().PublishAnnouncementAsync(projectId, deadline, "现场踏勘：不组织。", agency);
        return DateTime.SpecifyKind(deadline - Clock.ChinaOffset, DateTimeKind.Utc);
    }

    public async Task<BidReceipt> BidAsync(Guid projectId, string supplier, decimal yuan, string fileText)
    {
        var actor = await ActorAsync(supplier);
        var box = Get<BidBox>();
        await box.RegisterAsync(projectId, actor);
        return await box.SubmitAsync(projectId, [new LotPrice(1, Money.FromYuan(yuan).Fen)], [new BidFile("响应文件.pdf", "application/pdf", System.Text.Encoding.UTF8.GetBytes(fileText))], actor);
    }
}

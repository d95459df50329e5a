using FluentValidation;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Files;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Projects;

/// <summary>The announcement's schedule as it would be if published today.</summary>
public sealed record AnnouncementSchedule(DateOnly PublishDay, IReadOnlyList<StatutoryDate> Dates, DateOnly EarliestDeadline, bool Offline, string RolloutCitation);

/// <summary>
/// The agency prepares the project (lots, qualifications, scoring), attaches the documents and
/// publishes the announcement; every statutory date is computed and enforced.
/// </summary>
public sealed class ProjectPreparation(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook ruleBook, Plans.PlanRouting routing, AuditLog audit, IOptions<InputLimits> limits, TimeProvider time)
{
    /// <summary>What the filed plan fixes for the set-up: the agency's form starts from it and shows where it departs.</summary>
    public async Task<FiledPlanTerms> PlanTermsAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await PlanTermsAsync(db, await ProjectAccess.LoadForAgencyAsync(db, projectId, actor, ct), ct);
    }

    private async Task<FiledPlanTerms> PlanTermsAsync(GovProcurementDbContext db, ProcurementProject project, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Items).FirstAsync(p => p.Id == project.PlanId, ct);
        // The SME reservation as the plan was routed: by the rules in force on the plan's own date.
        var decision = await routing.DecideAsync(new RoutingRequest(plan.RegionCode, plan.ExpectedStart, plan.Items.Select(i => new RoutingItem(i.CatalogueCode, i.Amount)).ToList()), ct);
        return FiledPlanTerms.Of(plan, decision);
    }

    public async Task<long> SaveSetupAsync(Guid projectId, long expectedVersion, ProjectSetup setup, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.SetUp, time, ct);
        if (project.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        InputLimits.Require(setup.Lots.Count, limits.Value.ProjectLots, "每个项目的采购包", "lots per project");
        ProjectSetupValidator.Instance.ValidateAndThrow(setup);
        Validate(project, setup, await ruleBook.CurrentAsync(ct), time.TodayInChina());
        (await PlanTermsAsync(db, project, ct)).Enforce(setup);
        project.SetUp(setup, actor.UserName, time.UtcNow());
        await db.SaveChangesAsync(ct);
        return project.Version;
    }

    public async Task AttachDocumentsAsync(Guid projectId, string fileName, string contentType, byte[] content, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.SetUp, time, ct);
        var file = new StoredFile(fileName, contentType, content, limits.Value.FileBytes, project.AgencyId, actor.UserName, time.UtcNow(), project.Id);
        db.Files.Add(file);
        project.AttachDocuments(file.Id, time.UtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task<AnnouncementSchedule> ScheduleAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForAgencyAsync(db, projectId, actor, ct);
        return await ScheduleAsync(db, project, ct);
    }

    public Task<Notice> PublishAnnouncementAsync(Guid projectId, DateTime deadlineInChina, string? additions, Actor actor, CancellationToken ct = default) =>
        PublishAnnouncementAsync(projectId, new AnnouncementRequest(deadlineInChina, additions), actor, ct);

    /// <summary>Publishes the announcement; a request its <see cref="AnnouncementRequestValidator"/> refuses throws its field errors.</summary>
    public async Task<Notice> PublishAnnouncementAsync(Guid projectId, AnnouncementRequest request, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.Announced, time, ct);
        var schedule = await ScheduleAsync(db, project, ct);
        var rules = await ruleBook.CurrentAsync(ct);
        Validate(project, CurrentSetup(project), rules, schedule.PublishDay);
        (await PlanTermsAsync(db, project, ct)).Enforce(CurrentSetup(project));
        new AnnouncementRequestValidator(schedule).ValidateAndThrow(request);
        var (deadlineInChina, additions) = (request.DeadlineInChina!.Value, request.Additions);
        var nowUtc = time.UtcNow();
        var documentsUntil = schedule.Dates.FirstOrDefault(d => d.Kind == PeriodKind.DocumentsAvailableUntil)?.Date;
        project.Announce(DateTime.SpecifyKind(deadlineInChina - Clock.ChinaOffset, DateTimeKind.Utc), documentsUntil, schedule.Offline, actor.UserName, additions, nowUtc);
        var parties = await NoticeDesk.PartiesAsync(db, project, ct);
        var type = project.Method == ProcurementMethod.SingleSource ? NoticeType.SingleSourceNotice : NoticeType.ProcurementAnnouncement;
        var records = new List<AuditRecord>();
        var notice = NoticeDesk.Publish(db, project, type, ProjectNoticeComposer.AnnouncementTitle(project),
            ProjectNoticeComposer.Announcement(project, parties, schedule.Dates, additions), parties.AgencyName, actor, nowUtc, records);
        await audit.SaveWithAsync(db, records, ct);
        return notice;
    }

    private async Task<AnnouncementSchedule> ScheduleAsync(GovProcurementDbContext db, ProcurementProject project, CancellationToken ct)
    {
        var rules = await ruleBook.CurrentAsync(ct);
        var today = time.TodayInChina();
        var tender = rules.Find(RuleKind.PublicTenderThreshold, project.RegionCode, today, project.Category);
        var noticeRequired = tender is not null && project.Budget >= tender.Amount;
        var periods = new ProjectPeriods(rules, WorkingDayCalendar.China);
        var dates = periods.AfterAnnouncement(project.Method, project.RegionCode, today, noticeRequired);
        var earliest = dates.FirstOrDefault(d => d.Kind is PeriodKind.EarliestDeadline or PeriodKind.EarliestSingleSourceAward)?.Date ?? today.AddDays(1);
        var rollout = ETradingRollout.For(await db.ETradingRollouts.AsNoTracking().ToListAsync(ct), project.RegionCode, RegionDirectory.Guangdong);
        var offline = rollout is null || today < rollout.GoLive;
        return new AnnouncementSchedule(today, dates, earliest, offline, rollout?.Citation ?? "本地区电子交易上线日期未配置，按线下开评标处理");
    }

    private static ProjectSetup CurrentSetup(ProcurementProject p) => new(
        p.Lots.Select(l => new LotDraft(l.Name, l.CatalogueCode, l.Budget, l.MaxPrice, l.Requirements)).ToList(),
        p.Qualifications, p.ReservedForSme, p.CurrentRound.Scoring, p.PriceWeightBasisPoints, p.SmeDeductionBasisPoints, p.Complex);

    /// <summary>Checks a setup against the project's budget and the rules in force on <paramref name="day"/>.</summary>
    internal static void Validate(ProcurementProject project, ProjectSetup setup, RuleSet rules, DateOnly day)
    {
        if (setup.Lots.Count == 0)
        {
            throw new DomainException("请至少设置一个采购包。", "Add at least one lot.");
        }

        foreach (var (lot, i) in setup.Lots.Select((l, i) => (l, i + 1)))
        {
            Texts.Required(lot.Name, ProjectLot.NameMaxLength, $"第 {i} 包名称", $"Lot {i}'s name");
            Texts.Optional(lot.Requirements, ProjectLot.RequirementsMaxLength, $"第 {i} 包采购需求", $"Lot {i}'s requirements");
            if (CatalogueDirectory.Shipped.Find(lot.CatalogueCode) is null)
            {
                throw new DomainException($"第 {i} 包的品目编码“{lot.CatalogueCode}”不在采购品目目录中。", $"Lot {i}: {lot.CatalogueCode} is not a catalogue code.");
            }

            if (lot.Budget.Fen <= 0 || lot.MaxPrice.Fen <= 0 || lot.MaxPrice > lot.Budget)
            {
                throw new DomainException($"第 {i} 包的预算金额和最高限价须大于零，且最高限价不得超过预算金额。", $"Lot {i}: budget and maximum price must be positive, the maximum within the budget.");
            }
        }

        var total = setup.Lots.Select(l => l.Budget).Total();
        if (total > project.Budget)
        {
            throw new DomainException($"各采购包预算合计 {total} 超过备案计划金额 {project.Budget}。", $"The lots total {total}, more than the filed plan's {project.Budget}.");
        }

        Texts.Optional(setup.Qualifications, ProjectSetup.QualificationsMaxLength, "特定资格要求", "The qualifications");
        if (setup.Scoring == ScoringMethod.Comprehensive)
        {
            if (!ProjectSetup.AllowsComprehensive(project.Method))
            {
                throw new DomainException($"{ProjectTexts.Method(project.Method).Zh}按最低报价确定成交供应商，不采用综合评分法。", $"{ProjectTexts.Method(project.Method).En} awards the lowest price; no comprehensive scoring.");
            }

            var minimum = rules.Find(RuleKind.PriceWeightMinimum, project.RegionCode, day, project.Category);
            var maximum = project.Method == ProcurementMethod.CompetitiveConsultation ? rules.Find(RuleKind.ConsultationPriceWeightMaximum, project.RegionCode, day, project.Category) : null;
            if (maximum is not null && setup.PriceWeightBasisPoints > maximum.Value)
            {
                throw new DomainException(
                    $"竞争性磋商的价格分值比重不得超过 {maximum.Value / 100m:0.##}%（{maximum.Citation}）。",
                    $"In a competitive consultation the price weight is at most {maximum.Value / 100m:0.##}%.");
            }

            if (minimum is not null && setup.PriceWeightBasisPoints < minimum.Value || setup.PriceWeightBasisPoints >= 10_000)
            {
                throw new DomainException(
                    $"价格分值比重应不低于 {minimum?.Value / 100m:0.##}% 且低于 100%（{minimum?.Citation}）。",
                    $"The price weight must be at least {minimum?.Value / 100m:0.##}% and below 100%.");
            }
        }

        SmePriceDeduction.Check(setup.SmeDeductionBasisPoints, SmePriceDeduction.RangeOn(rules, project.RegionCode, day, project.Category), setup.ReservedForSme);
    }
}

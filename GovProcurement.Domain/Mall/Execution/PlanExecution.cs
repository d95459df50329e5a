using FluentValidation;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Execution;

/// <summary>One plan line as the e-mall sees it: planned, used, left.</summary>
public sealed record PlanLineFigures(Guid PlanItemId, int LineNumber, string CatalogueCode, string CatalogueName, Money Planned, Money Consumed)
{
    public Money Remaining => Planned - Consumed;
}

/// <summary>What the plan page shows of the plan's execution: the steps offered, each line's figures, the old-platform records.</summary>
public sealed record PlanExecutionView(Guid PlanId, string PlanNumber, string RegionCode, ActionSet<EMallStep> Steps, IReadOnlyList<PlanLineFigures> Lines, IReadOnlyList<OldPlatformRecord> OldPlatformRecords);

/// <summary>
/// The plan's execution in the e-mall: what the purchaser is offered on a filed plan, and the record
/// of a line carried out on the old platform, which consumes the line's balance like an order.
/// </summary>
public sealed class PlanExecution(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time)
{
    /// <summary>The plan's execution for the actor, or null when the plan does not exist.</summary>
    public async Task<PlanExecutionView?> ViewAsync(Actor actor, Guid planId, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var plan = await LoadPlanAsync(db, planId, ct);
        if (plan is null)
        {
            return null;
        }

        var remaining = await PlanLineLedger.RemainingAsync(db, plan, ct);
        var steps = EMallSteps.For(plan, await ActorStanding.LoadAsync(db, actor, ct), remaining.Values.Total(), await CoveredAsync(db, plan, time.TodayInChina(), ct));
        var lines = plan.Items.OrderBy(i => i.LineNumber)
            .Select(i => new PlanLineFigures(i.Id, i.LineNumber, i.CatalogueCode, i.CatalogueName, i.Amount, i.Amount - remaining[i.Id])).ToList();
        var records = await db.OldPlatformRecords.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.RecordedUtc).ToListAsync(ct);
        return new PlanExecutionView(plan.Id, plan.Number, plan.RegionCode, steps, lines, records);
    }

    /// <summary>Records a line carried out on the old platform; its amount comes off the line's balance in the same save.</summary>
    public async Task<OldPlatformRecord> RecordOldPlatformAsync(Guid planId, OldPlatformForm form, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (plan, line) = await RequireAsync(db, planId, form.PlanItemId, actor, EMallStep.RecordOldPlatform, ct);
        new OldPlatformFormValidator(time.TodayInChina(), FiledOn(plan)).ValidateAndThrow(form);
        var now = time.UtcNow();
        var record = new OldPlatformRecord(plan.Id, line.Id, form.Reference!.Trim(), Money.FromYuan(form.AmountYuan), form.CarriedOutOn, actor.UserName, now);
        var balance = await PlanLineLedger.OpenAsync(db, plan, line, now, ct);
        balance.Consume(PlanLineUse.OldPlatform, record.Id, record.Reference, record.Amount, actor.UserName, now);
        db.OldPlatformRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>The plan and its line, once the actor's answer allows the step on the plan.</summary>
    internal static Task<(ProcurementPlan Plan, PlanItem Line)> RequireAsync(GovProcurementDbContext db, Guid planId, Guid planItemId, Actor actor, EMallStep step, CancellationToken ct) =>
        RequireAsync(db, planId, planItemId, actor, step, null, ct);

    /// <summary>The plan and its line, once the actor's answer allows the step; a framework call-off also needs an agreement covering the line on <paramref name="today"/>.</summary>
    internal static async Task<(ProcurementPlan Plan, PlanItem Line)> RequireAsync(GovProcurementDbContext db, Guid planId, Guid planItemId, Actor actor, EMallStep step, DateOnly? today, CancellationToken ct)
    {
        var plan = await LoadPlanAsync(db, planId, ct) ?? throw new DomainException("计划不存在。", "The plan does not exist.");
        var remaining = await PlanLineLedger.RemainingAsync(db, plan, ct);
        var line = plan.Items.FirstOrDefault(i => i.Id == planItemId) ?? throw new DomainException("该计划没有这条明细。", "The plan has no such line.");
        var covered = today is { } day && await Frameworks.FrameworkCoverage.CoversAnyAsync(db, plan.RegionCode, [line.CatalogueCode], day, ct);
        EMallSteps.For(plan, await ActorStanding.LoadAsync(db, actor, ct), remaining.Values.Total(), covered).Require(step);
        if (remaining[line.Id] <= Money.Zero)
        {
            throw new DomainException($"第 {line.LineNumber} 行计划额度已全部使用。", $"Line {line.LineNumber}'s amount is used up.");
        }

        return (plan, line);
    }

    /// <summary>Whether an agreement in force today covers one of the plan's catalogue items in its region.</summary>
    private static Task<bool> CoveredAsync(GovProcurementDbContext db, ProcurementPlan plan, DateOnly today, CancellationToken ct) =>
        Frameworks.FrameworkCoverage.CoversAnyAsync(db, plan.RegionCode, plan.Items.Select(i => i.CatalogueCode).Distinct().ToList(), today, ct);

    /// <summary>The day (Beijing time) the plan was filed.</summary>
    public static DateOnly FiledOn(ProcurementPlan plan) =>
        BeijingTime.Day(plan.Events.Where(e => e.Action == PlanAction.Filed).Select(e => e.AtUtc).DefaultIfEmpty(plan.UpdatedUtc).Max());

    private static Task<ProcurementPlan?> LoadPlanAsync(GovProcurementDbContext db, Guid planId, CancellationToken ct) =>
        db.Plans.AsNoTracking().Include(p => p.Items).Include(p => p.Events).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, ct);
}

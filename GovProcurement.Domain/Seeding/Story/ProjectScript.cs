using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>Where a project's story stops.</summary>
internal enum ProjectEnd
{
    Entrusted,
    Preparing,
    TakingBids,
    Terminated,
    Opened,
    Evaluated,
    WinnerConfirmed,
    ResultPublished,
    ContractPublished,
}

/// <summary>A supplier's offer (the supplier's account is its credit code) and the technical score the panel gives it.</summary>
internal sealed record StoryBid(string Supplier, decimal Yuan, decimal TechnicalScore = 50m);

/// <summary>A round that fails for too few bidders, and the method the agency asks the regulator to change to.</summary>
internal sealed record StoryRetry(ProcurementMethod Method, string Reason, StoryBid Bid);

internal sealed record StoryProject(StoryPlan Plan, int DraftDaysAgo, ProjectEnd End, IReadOnlyList<StoryBid> Bids, string Requirements, StoryRetry? Retry = null, string? TerminationReason = null,
    StoryChallenge? Challenge = null);

/// <summary>
/// A project's life from its plan to where the story stops: entrustment, set-up, announcement,
/// sealed bids, opening, the panel draw, evaluation, the purchaser's confirmation, the result and
/// the contract announcement, each by the actor who does it in the portal.
/// </summary>
internal sealed class ProjectScript(StoryDesk desk, StoryProject project)
{
    /// <summary>Days from the announcement to the deadline at least, when the statutory period is shorter (a single-source notice).</summary>
    private const int MinimumBiddingDays = 5;

    /// <summary>30 %: the price weight 财政部令第87号 requires at least for goods (services: 10 %).</summary>
    private const int PriceWeight = 3000;

    /// <summary>10 %: a small-enterprise deduction inside both ranges in force since 2021 (财库〔2020〕46号 6–10 %, 财库〔2022〕19号 10–20 %).</summary>
    private const int SmeDeduction = 1000;

    private readonly Actor agency = desk.Actor(StoryCast.Agency);
    private readonly Actor purchaser = desk.Actor(project.Plan.Unit.Operator);
    private DateTimeOffset deadline;

    public Guid Id { get; private set; }

    public async IAsyncEnumerable<DateTimeOffset> RunAsync()
    {
        var plan = new PlanScript(desk, project.Plan);
        await foreach (var moment in plan.RunAsync(project.DraftDaysAgo, PlanEnd.Filed))
        {
            yield return moment;
        }

        yield return desk.Clock.Later(1, 9, 30);
        var choice = (await desk.Entrustment.ChoicesAsync(plan.Id, purchaser)).First();
        Id = (await desk.Entrustment.EntrustAsync(plan.Id, choice.Id, purchaser)).Id;
        if (project.End == ProjectEnd.Entrusted)
        {
            yield break;
        }

        yield return desk.Clock.Later(1, 10, 0);
        await desk.Entrustment.AcceptAsync(Id, agency);
        yield return desk.Clock.Later(0, 14, 0);
        await SetUpAsync();
        if (project.End == ProjectEnd.Preparing)
        {
            yield break;
        }

        await foreach (var moment in BiddingAsync(project.Bids))
        {
            yield return moment;
        }

        if (project.End is ProjectEnd.TakingBids or ProjectEnd.Terminated)
        {
            yield break;
        }

        if (project.Retry is { } retry)
        {
            yield return deadline.AddMinutes(30);
            await desk.Failure.RequestMethodChangeAsync(Id, retry.Method, retry.Reason, agency);
            yield return desk.Clock.Later(1, 10, 0);
            await desk.Failure.DecideMethodChangeAsync(Id, true, null, desk.Actor(project.Plan.Unit.Regulator));
            yield return desk.Clock.Later(1, 10, 0);
            await SetUpAsync();
            await foreach (var moment in BiddingAsync([retry.Bid]))
            {
                yield return moment;
            }
        }

        await foreach (var moment in AwardAsync())
        {
            yield return moment;
        }
    }

    /// <summary>Announces, takes the bids, and (unless the story stops before) opens at the deadline.</summary>
    private async IAsyncEnumerable<DateTimeOffset> BiddingAsync(IReadOnlyList<StoryBid> bids)
    {
        yield return desk.Clock.Later(1, 10, 0);
        await AnnounceAsync();
        if (project.End == ProjectEnd.Terminated)
        {
            yield return desk.Clock.Later(2, 10, 0);
            await desk.Failure.TerminateAsync(Id, project.TerminationReason ?? "", agency);
            yield break;
        }

        // The bids come in the day after the announcement, an hour apart.
        var firstBid = desk.Clock.Later(1, 11, 0);
        for (var i = 0; i < bids.Count; i++)
        {
            var at = firstBid.AddHours(i);
            yield return at < deadline ? at : deadline.AddHours(-1);
            await BidAsync(bids[i]);
        }

        if (project.End == ProjectEnd.TakingBids)
        {
            yield break;
        }

        yield return deadline.AddMinutes(10);
        await desk.Opening.OpenAsync(Id, agency);
    }

    private async IAsyncEnumerable<DateTimeOffset> AwardAsync()
    {
        yield return desk.Clock.GetUtcNow().AddMinutes(20);
        var panel = await desk.Panels.DrawAsync(Id, (await desk.Panels.MinimumAsync(Id, agency)).Minimum, agency);
        if (project.End == ProjectEnd.Opened)
        {
            yield break;
        }

        // A project left for its purchaser to confirm is evaluated yesterday, well inside the purchaser's period.
        var evaluation = deadline.AddHours(4);
        var yesterday = desk.Clock.Anchor.AddDays(-1);
        yield return project.End == ProjectEnd.Evaluated && yesterday > evaluation ? yesterday : evaluation;
        var record = await desk.Opening.RecordAsync(Id, agency);
        var scores = !ProjectSetup.AllowsComprehensive((await StateAsync()).Method) ? [] : record.Lines.SelectMany(line => panel.Members.Select((member, i) =>
            new ScoreEntry(line.LotNumber, line.BidId, member.Id, Score(line.CreditCode) + i % 3 - 1))).ToList();
        await desk.Evaluation.FinishAsync(Id, scores, [], agency);
        if (project.End == ProjectEnd.Evaluated)
        {
            yield break;
        }

        yield return desk.Clock.Later(1, 10, 0);
        await desk.Evaluation.ConfirmWinnersAsync(Id, desk.Actor(project.Plan.Unit.Reviewer));
        if (project.End == ProjectEnd.WinnerConfirmed)
        {
            yield break;
        }

        yield return desk.Clock.Later(1, 10, 0);
        await desk.Evaluation.PublishResultAsync(Id, agency);
        if (project.Challenge is { } challenge)
        {
            await foreach (var moment in new ChallengeScript(desk, project.Plan.Unit, agency, challenge).RunAsync(Id))
            {
                yield return moment;
            }
        }

        if (project.End == ProjectEnd.ResultPublished)
        {
            yield break;
        }

        yield return desk.Clock.Later(12, 15, 0);
        await PublishContractAsync();
    }

    private decimal Score(string creditCode) =>
        (project.Bids.FirstOrDefault(b => b.Supplier == creditCode) ?? project.Retry?.Bid)?.TechnicalScore ?? 50m;

    /// <summary>One lot as the plan has it; comprehensive scoring where the method allows it, the lowest price otherwise.</summary>
    private async Task SetUpAsync()
    {
        var (version, method) = await StateAsync();
        var budget = Money.FromYuan(project.Plan.Yuan);
        var lot = new LotDraft(project.Plan.ItemName, project.Plan.CatalogueCode, budget, budget, project.Requirements);
        var setup = ProjectSetup.AllowsComprehensive(method)
            ? new ProjectSetup([lot], "具有独立承担民事责任的能力，近三年无重大违法记录", false, ScoringMethod.Comprehensive, PriceWeight, SmeDeduction, false)
            : new ProjectSetup([lot], "具有独立承担民事责任的能力，近三年无重大违法记录", false, ScoringMethod.LowestEvaluatedPrice, 0, SmeDeduction, false);
        await desk.Preparation.SaveSetupAsync(Id, version, setup, agency);
        await desk.Preparation.AttachDocumentsAsync(Id, "采购文件.pdf", "application/pdf", StoryDocuments.Pdf($"Procurement documents: {project.Plan.CatalogueCode}"), agency);
    }

    private async Task AnnounceAsync()
    {
        var schedule = await desk.Preparation.ScheduleAsync(Id, agency);
        var earliest = desk.Clock.TodayInChina().AddDays(MinimumBiddingDays);
        var day = schedule.EarliestDeadline > earliest ? schedule.EarliestDeadline : earliest;
        var inChina = day.ToDateTime(new TimeOnly(9, 30));
        await desk.Preparation.PublishAnnouncementAsync(Id, inChina, "现场踏勘：不组织。", agency);
        deadline = new DateTimeOffset(inChina, Clock.ChinaOffset).ToUniversalTime();
    }

    private async Task BidAsync(StoryBid bid)
    {
        var supplier = desk.Actor(bid.Supplier);
        await desk.Bids.RegisterAsync(Id, supplier);
        await desk.Bids.SubmitAsync(Id, [new LotPrice(1, Money.FromYuan(bid.Yuan).Fen)],
            [new BidFile("响应文件.pdf", "application/pdf", StoryDocuments.Pdf($"Bid of {bid.Supplier}: {bid.Yuan:0.00} yuan"))], supplier);
    }

    private async Task PublishContractAsync()
    {
        await using var db = await desk.Store.CreateDbContextAsync();
        var result = await db.LotResults.AsNoTracking().Where(r => r.ProjectId == Id && r.WinnerSupplierId != null)
            .OrderByDescending(r => r.Round).FirstAsync();
        var number = await db.Projects.Where(p => p.Id == Id).Select(p => p.Number).FirstAsync();
        await desk.Contracts.PublishAsync(Id, result.WinnerSupplierId!.Value, $"HT-{number}", result.WinningPrice!.Value, desk.Clock.TodayInChina().AddDays(-2), purchaser);
    }

    private async Task<(long Version, ProcurementMethod Method)> StateAsync()
    {
        await using var db = await desk.Store.CreateDbContextAsync();
        var state = await db.Projects.AsNoTracking().Where(p => p.Id == Id).Select(p => new { p.Version, p.Method }).FirstAsync();
        return (state.Version, state.Method);
    }
}

using FluentValidation;
using FluentValidation.Results;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Portal.Components.Workspaces.Plans;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Plans;

/// <summary>The plan form's draft session on a fake clock: when it saves, what, how often, and what it shows.</summary>
public sealed class PlanDraftSessionTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
    private readonly List<(long Version, string Title)> saves = [];
    private int running;
    private int mostAtOnce;

    /// <summary>What the next saves wait for before they finish; a completed gate lets them through at once.</summary>
    private TaskCompletionSource gate = Open();

    private Func<string, Exception?> refusal = _ => null;

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource();
        open.SetResult();
        return open;
    }

    private static PlanForm Form(string title, decimal yuan = 0) => new(title, new DateOnly(2027, 1, 4), null,
        yuan == 0 ? [] : [new PlanItemDraft("A02010104", "台式计算机", 1, "台", Money.FromYuan(yuan), null)], null, null);

    private static RoutingDecision Decision(decimal yuan) => new(Money.FromYuan(yuan), null, true, false,
        new RuleReason(new Bilingual("政府采购", "Government procurement")), [], [], null, []);

    private PlanDraftSession Session(Func<PlanForm, Task<RoutingDecision>>? route = null) => new(
        7,
        async (version, form) =>
        {
            saves.Add((version, form.Title));
            mostAtOnce = Math.Max(mostAtOnce, Interlocked.Increment(ref running));
            try
            {
                await gate.Task;
                return refusal(form.Title) is { } refused ? throw refused : version + 1;
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        },
        route ?? (form => Task.FromResult(Decision(form.Items.Sum(i => i.Amount.Yuan)))),
        time,
        NullLogger.Instance);

    [Fact]
    public async Task Edits_within_the_pause_coalesce_into_one_save_of_the_last_content()
    {
        var session = Session();

        await session.EditAsync(Form("办"));
        time.Advance(TimeSpan.FromMilliseconds(500));
        await session.EditAsync(Form("办公"));
        time.Advance(TimeSpan.FromMilliseconds(500));
        await session.EditAsync(Form("办公设备"));
        time.Advance(PlanDraftSession.Debounce - TimeSpan.FromMilliseconds(1));

        Assert.Empty(saves);
        Assert.Equal(DraftSaveState.Unsaved, session.State);
        Assert.True(session.HasUnsavedEdits);

        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal([(7L, "办公设备")], saves);
        Assert.Equal(DraftSaveState.Saved, session.State);
        Assert.Equal(8, session.Version);
        Assert.Equal(time.GetUtcNow(), session.SavedAt);
        Assert.False(session.HasUnsavedEdits);

        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(saves);
    }

    [Fact]
    public async Task One_save_runs_at_a_time_and_the_newest_content_wins()
    {
        var session = Session();
        gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await session.EditAsync(Form("第一稿"));
        time.Advance(PlanDraftSession.Debounce);
        Assert.Equal([(7L, "第一稿")], saves);

        // Two more pauses while the first save still runs: both wait, neither starts a second save.
        await session.EditAsync(Form("第二稿"));
        time.Advance(PlanDraftSession.Debounce);
        await session.EditAsync(Form("第三稿"));
        time.Advance(PlanDraftSession.Debounce);
        Assert.Single(saves);

        gate.SetResult();
        Assert.True(await session.SaveNowAsync()); // queued behind the waiting saves: returns once they are done

        Assert.Equal([(7L, "第一稿"), (8L, "第三稿")], saves);
        Assert.Equal(1, mostAtOnce);
        Assert.Equal(9, session.Version);
        Assert.Equal(DraftSaveState.Saved, session.State);
    }

    [Fact]
    public async Task An_older_routing_answer_arriving_after_a_newer_one_is_ignored()
    {
        var answers = new Dictionary<string, TaskCompletionSource<RoutingDecision>>
        {
            ["旧"] = new(), ["新"] = new(),
        };
        var session = Session(form => answers[form.Title].Task);

        var older = session.EditAsync(Form("旧", 300_000m));
        var newer = session.EditAsync(Form("新", 5_000_000m));
        answers["新"].SetResult(Decision(5_000_000m));
        await newer;
        answers["旧"].SetResult(Decision(300_000m));
        await older;

        Assert.Equal(Money.FromYuan(5_000_000m), session.Decision!.Total);
    }

    [Fact]
    public async Task Content_without_items_has_no_routing_answer()
    {
        var session = Session();
        await session.EditAsync(Form("有品目", 300_000m));
        Assert.NotNull(session.Decision);

        await session.EditAsync(Form("删去品目"));

        Assert.Null(session.Decision);
    }

    [Fact]
    public async Task Closing_saves_the_pending_edit_once()
    {
        var session = Session();
        await session.EditAsync(Form("未停顿就关闭"));

        await session.DisposeAsync();
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal([(7L, "未停顿就关闭")], saves);
    }

    [Fact]
    public async Task Closing_without_edits_saves_nothing()
    {
        var session = Session();

        await session.DisposeAsync();

        Assert.Empty(saves);
    }

    [Fact]
    public async Task A_conflict_is_reported_and_the_edit_stays_unsaved_never_saved_over_the_other_version()
    {
        refusal = _ => new ConcurrencyConflictException();
        var session = Session();
        await session.EditAsync(Form("被他人修改"));
        time.Advance(PlanDraftSession.Debounce);

        Assert.Equal(DraftSaveState.Conflict, session.State);
        Assert.Contains("已被其他用户修改", session.Problem!.Zh, StringComparison.Ordinal);
        Assert.True(session.HasUnsavedEdits);
        Assert.Equal(7, session.Version);

        await session.EditAsync(Form("再次修改"));
        time.Advance(PlanDraftSession.Debounce);
        Assert.False(await session.SaveNowAsync());
        Assert.All(saves, s => Assert.Equal(7, s.Version));
    }

    [Fact]
    public async Task Fields_refused_by_the_validator_are_kept_for_the_form_to_show()
    {
        refusal = _ => new ValidationException([new ValidationFailure("Title", "项目名称不超过 200 字")]);
        var session = Session();
        await session.EditAsync(Form("太长"));

        Assert.False(await session.SaveNowAsync());

        Assert.Equal(DraftSaveState.Rejected, session.State);
        Assert.Equal("Title", Assert.Single(session.Rejections).PropertyName);
        Assert.True(session.HasUnsavedEdits);

        refusal = _ => null;
        Assert.True(await session.SaveNowAsync());
        Assert.Empty(session.Rejections);
        Assert.Equal(DraftSaveState.Saved, session.State);
    }

    [Fact]
    public async Task A_save_after_the_pause_tells_the_form()
    {
        var session = Session();
        var told = 0;
        session.Saved += () =>
        {
            told++;
            return Task.CompletedTask;
        };

        await session.EditAsync(Form("通知"));
        Assert.Equal(0, told);
        time.Advance(PlanDraftSession.Debounce);

        Assert.Equal(1, told);
    }
}

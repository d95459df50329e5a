using FluentValidation;
using FluentValidation.Results;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Portal.Components.Workspaces.Plans;

/// <summary>Where the draft stands against the store.</summary>
public enum DraftSaveState
{
    /// <summary>Nothing typed since the last save (or since the form opened).</summary>
    Saved,

    /// <summary>Edits wait for the typing to pause.</summary>
    Unsaved,

    /// <summary>The last save was refused field by field (<see cref="PlanDraftSession.Rejections"/>).</summary>
    Rejected,

    /// <summary>Someone else saved the plan since it was opened: nothing is overwritten.</summary>
    Conflict,

    /// <summary>The last save was refused for another reason (<see cref="PlanDraftSession.Problem"/>, if the domain gave one).</summary>
    Failed,
}

/// <summary>
/// The plan form's draft session: every edit is routed at once and saved once the typing pauses for
/// <see cref="Debounce"/>; one save runs at a time and saves the newest content; a slower, older
/// routing answer never replaces a newer one; closing saves what is pending; a plan changed by
/// someone else is reported as a conflict and never overwritten.
/// </summary>
public sealed class PlanDraftSession : IAsyncDisposable
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(800);

    private readonly Func<long, PlanForm, Task<long>> save;
    private readonly Func<PlanForm, Task<RoutingDecision>> route;
    private readonly TimeProvider time;
    private readonly Func<Func<Task>, Task> dispatch;
    private readonly ILogger logger;
    private readonly SemaphoreSlim saving = new(1, 1);
    private readonly ITimer quiet;
    private PlanForm? pending;
    private int routeTicket;

    /// <param name="version">The plan's version as the form loaded it.</param>
    /// <param name="save">Saves content over the given version and returns the new one (the plan workflow's save).</param>
    /// <param name="route">The rules' answer for content with items.</param>
    /// <param name="dispatch">Runs a timed save where the form's state may change (the component's dispatcher); inline when absent.</param>
    public PlanDraftSession(long version, Func<long, PlanForm, Task<long>> save, Func<PlanForm, Task<RoutingDecision>> route,
        TimeProvider time, ILogger logger, Func<Func<Task>, Task>? dispatch = null)
    {
        Version = version;
        this.save = save;
        this.route = route;
        this.time = time;
        this.logger = logger;
        this.dispatch = dispatch ?? (work => work());
        quiet = time.CreateTimer(_ => _ = this.dispatch(SaveAfterPauseAsync), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Raised after a save the pause started, so the form shows the new state.</summary>
    public event Func<Task>? Saved;

    public long Version { get; private set; }

    public DraftSaveState State { get; private set; } = DraftSaveState.Saved;

    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>Why the last save failed, when the domain said why.</summary>
    public Bilingual? Problem { get; private set; }

    /// <summary>The fields the last save was refused for.</summary>
    public IReadOnlyList<ValidationFailure> Rejections { get; private set; } = [];

    /// <summary>The rules' answer for the newest content routed; none while it has no items.</summary>
    public RoutingDecision? Decision { get; private set; }

    public bool HasUnsavedEdits => pending is not null;

    /// <summary>Takes the newest content: routes it now and saves it once the typing pauses.</summary>
    public async Task EditAsync(PlanForm content)
    {
        pending = content;
        State = DraftSaveState.Unsaved;
        quiet.Change(Debounce, Timeout.InfiniteTimeSpan);
        await RouteAsync(content);
    }

    /// <summary>Routes the content; false when a newer edit's answer is already (or will be) the one shown.</summary>
    public async Task<bool> RouteAsync(PlanForm content)
    {
        var ticket = Interlocked.Increment(ref routeTicket);
        var fresh = content.Items.Count == 0 ? null : await route(content);
        if (ticket != Volatile.Read(ref routeTicket))
        {
            return false;
        }

        Decision = fresh;
        return true;
    }

    /// <summary>Saves the newest content now (after a save already running); false when it could not be saved.</summary>
    public async Task<bool> SaveNowAsync()
    {
        quiet.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        await saving.WaitAsync();
        try
        {
            if (pending is not { } content)
            {
                return true;
            }

            Version = await save(Version, content);
            if (ReferenceEquals(pending, content))
            {
                pending = null;
                State = DraftSaveState.Saved;
            }

            SavedAt = time.GetUtcNow();
            (Problem, Rejections) = (null, []);
            return true;
        }
        catch (ConcurrencyConflictException e)
        {
            (State, Problem, Rejections) = (DraftSaveState.Conflict, e.Text, []);
            return false;
        }
        catch (ValidationException e)
        {
            (State, Problem, Rejections) = (DraftSaveState.Rejected, null, e.Errors.ToList());
            return false;
        }
        catch (DomainException e)
        {
            (State, Problem, Rejections) = (DraftSaveState.Failed, e.Text, []);
            return false;
        }
        finally
        {
            saving.Release();
        }
    }

    private async Task SaveAfterPauseAsync()
    {
        try
        {
            await SaveNowAsync();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Autosave of a plan draft failed");
            (State, Problem, Rejections) = (DraftSaveState.Failed, null, []);
        }

        if (Saved is { } saved)
        {
            await saved();
        }
    }

    /// <summary>Closing the form (a closed tab, a dropped connection) still saves the last edit.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await SaveNowAsync();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Saving a plan draft on close failed");
        }
        finally
        {
            quiet.Dispose();
        }
    }
}

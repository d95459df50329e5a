using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovProcurement.Tests.Support;

/// <summary>
/// Counts the SQL commands one <see cref="DbContext"/> sends, from EF Core's diagnostic events: only
/// that context's, so tests running in parallel on other contexts do not disturb the count.
/// </summary>
public sealed class CommandCounter : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly DbContext context;
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];
    private readonly List<string> commands = [];

    public CommandCounter(DbContext context)
    {
        this.context = context;
        allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>The commands sent so far, in order.</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (commands)
            {
                return [.. commands];
            }
        }
    }

    public void Reset()
    {
        lock (commands)
        {
            commands.Clear();
        }
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && ReferenceEquals(data.Context, context))
        {
            lock (commands)
            {
                commands.Add(data.Command.CommandText);
            }
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}

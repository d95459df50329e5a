using System.Collections.Concurrent;

namespace GovProcurement.Domain.Common;

/// <summary>
/// Tells open pages that something they show has changed: a topic (such as "auction") and the id of
/// what changed. A signal carries no data; a page that receives one reads the store again. The
/// default (<see cref="InProcessLiveSignals"/>) reaches the pages of this process only; a deployment
/// of several instances registers one that reaches every instance.
/// </summary>
public interface ILiveSignals
{
    /// <summary>Signals every subscriber of <paramref name="topic"/>; never throws for a subscriber's failure.</summary>
    void Publish(string topic, Guid id);

    /// <summary>Calls <paramref name="onSignal"/> for each signal of <paramref name="topic"/> until disposed. Handlers must be quick and thread-safe.</summary>
    IDisposable Subscribe(string topic, Action<Guid> onSignal);
}

/// <summary>Live signals within one process.</summary>
public sealed class InProcessLiveSignals : ILiveSignals
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> topics = new(StringComparer.Ordinal);

    public void Publish(string topic, Guid id)
    {
        if (!topics.TryGetValue(topic, out var subscribers))
        {
            return;
        }

        foreach (var subscriber in subscribers.Keys)
        {
            subscriber.Deliver(id);
        }
    }

    public IDisposable Subscribe(string topic, Action<Guid> onSignal)
    {
        var subscription = new Subscription(this, topic, onSignal);
        topics.GetOrAdd(topic, _ => new ConcurrentDictionary<Subscription, byte>()).TryAdd(subscription, 0);
        return subscription;
    }

    private sealed class Subscription(InProcessLiveSignals owner, string topic, Action<Guid> onSignal) : IDisposable
    {
        public void Deliver(Guid id)
        {
            try
            {
                onSignal(id);
            }
            catch (Exception)
            {
                // One page's failing handler must not keep the signal from the others; the page logs its own errors.
            }
        }

        public void Dispose()
        {
            if (owner.topics.TryGetValue(topic, out var subscribers))
            {
                subscribers.TryRemove(this, out _);
            }
        }
    }
}

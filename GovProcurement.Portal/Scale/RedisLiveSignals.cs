using GovProcurement.Domain.Common;
using StackExchange.Redis;

namespace GovProcurement.Portal.Scale;

/// <summary>
/// Live signals that reach every portal instance on one Redis: a signal is delivered to this
/// instance's subscribers at once and published on one Redis channel, and each instance hands the
/// signals of the others to its own subscribers.
/// </summary>
/// <remarks>
/// Why Redis pub/sub and not SignalR's Redis backplane: a Blazor Server circuit is a SignalR
/// connection to the one instance that renders it, and no circuit ever sends to another instance's
/// connections, so the backplane would have nothing to carry for the pages. Registering it would
/// put every circuit's connection through Redis (a subscription per connection) for nothing. What
/// must cross instances is "this auction, this account, this export changed", and each instance's
/// circuits then read the store themselves: that is one pub/sub channel, the same Redis mechanism
/// the backplane is built on, without a hub or an instance connecting to itself. Delivery is at
/// most once: a signal sent while Redis is away is lost, and pages catch up on their next read
/// (sessions are still checked on every request against the shared cache).
/// </remarks>
public sealed class RedisLiveSignals(RedisConnection redis, ILogger<RedisLiveSignals> logger) : ILiveSignals, IHostedService
{
    private readonly InProcessLiveSignals local = new();
    private readonly string origin = Guid.NewGuid().ToString("N");

    private RedisChannel Channel => RedisChannel.Literal(redis.Prefix + "live-signals");

    public void Publish(string topic, Guid id)
    {
        local.Publish(topic, id);
        try
        {
            redis.Multiplexer.GetSubscriber().Publish(Channel, $"{origin}|{topic}|{id:N}", CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "Live signal {Topic} {Id} reached this instance only: Redis is not available", topic, id);
        }
    }

    public IDisposable Subscribe(string topic, Action<Guid> onSignal) => local.Subscribe(topic, onSignal);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            // The multiplexer subscribes again by itself after a reconnection.
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(Channel, (_, message) => Receive(message));
        }
        catch (RedisException e)
        {
            logger.LogError(e, "Could not subscribe to the live signals of the other instances");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        redis.IsCreated && redis.Multiplexer.IsConnected ? redis.Multiplexer.GetSubscriber().UnsubscribeAsync(Channel) : Task.CompletedTask;

    /// <summary>"origin|topic|id": another instance's signal is delivered here; this instance's own was already.</summary>
    private void Receive(RedisValue message)
    {
        var parts = ((string?)message)?.Split('|', 3);
        if (parts is [var from, var topic, var id] && from != origin && Guid.TryParseExact(id, "N", out var value))
        {
            local.Publish(topic, value);
        }
    }
}

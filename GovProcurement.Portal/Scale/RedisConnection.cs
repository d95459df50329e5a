using StackExchange.Redis;

namespace GovProcurement.Portal.Scale;

/// <summary>
/// The section <c>Redis</c>: when <c>Redis:Configuration</c> is set (a StackExchange.Redis
/// configuration string such as <c>127.0.0.1:6379</c>), the instances share their cache and live
/// signals through that Redis; unset, one instance keeps both in its own memory and needs no setup.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>The StackExchange.Redis configuration string; empty for a single instance.</summary>
    public string? Configuration { get; set; }

    /// <summary>The prefix of every key and channel, so several deployments can share one Redis.</summary>
    public string InstanceName { get; set; } = "GovProcurement:";

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}

/// <summary>
/// One connection to Redis for the whole process, shared by the distributed cache and the live
/// signals. It connects on first use and, when Redis is away, keeps retrying in the background
/// instead of failing the start (callers handle a failed command).
/// </summary>
public sealed class RedisConnection(RedisOptions options, string clientName) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> multiplexer = new(() =>
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration!);
        configuration.AbortOnConnectFail = false;
        configuration.ClientName = clientName;
        return ConnectionMultiplexer.Connect(configuration);
    });

    public string Prefix => options.InstanceName;

    public IConnectionMultiplexer Multiplexer => multiplexer.Value;

    /// <summary>Whether anything has connected yet (so that stopping does not connect only to disconnect).</summary>
    public bool IsCreated => multiplexer.IsValueCreated;

    public void Dispose()
    {
        if (multiplexer.IsValueCreated)
        {
            multiplexer.Value.Dispose();
        }
    }
}

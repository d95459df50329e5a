using GovProcurement.Domain.Common;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovProcurement.Portal.Scale;

/// <summary>
/// What several portal instances behind one balancer share beyond the store: with
/// <c>Redis:Configuration</c> set, the distributed cache (<see cref="IDistributedCache"/>) and the
/// live signals (<see cref="ILiveSignals"/>) go through Redis; without it the domain's in-process
/// defaults stay. <c>Portal:InstanceName</c> names this instance in the <c>X-GP-Instance</c>
/// response header, in the Redis client name and on the export jobs it runs.
/// </summary>
public static class MultiInstance
{
    public const string InstanceNameKey = "Portal:InstanceName";

    public const string InstanceHeader = "X-GP-Instance";

    public static IServiceCollection AddMultiInstance(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();
        if (!redis.Enabled)
        {
            return services;
        }

        var connection = new RedisConnection(redis, InstanceName(configuration) is { Length: > 0 } name ? name : Environment.MachineName);
        services.AddSingleton(connection);
        services.RemoveAll<IDistributedCache>();
        services.AddStackExchangeRedisCache(o =>
        {
            o.InstanceName = redis.InstanceName;
            o.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
        });
        services.AddSingleton<RedisLiveSignals>();
        services.Replace(ServiceDescriptor.Singleton<ILiveSignals>(sp => sp.GetRequiredService<RedisLiveSignals>()));
        services.AddHostedService(sp => sp.GetRequiredService<RedisLiveSignals>());
        return services;
    }

    /// <summary>This instance's configured name, or empty for an unnamed single instance.</summary>
    public static string InstanceName(IConfiguration configuration) => configuration[InstanceNameKey]?.Trim() ?? "";

    /// <summary>Names the instance that answered, so an operator (and the two-instance test) can tell them apart.</summary>
    public static void UseInstanceHeader(this WebApplication app)
    {
        var name = InstanceName(app.Configuration);
        if (name.Length > 0)
        {
            app.Use((context, next) =>
            {
                context.Response.Headers[InstanceHeader] = name;
                return next(context);
            });
        }
    }
}

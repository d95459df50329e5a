using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Support;

/// <summary>
/// A test class over its own store with the demo organisations, a project scenario on it and a fake
/// clock that starts on 2026-11-27 09:00 Beijing time. <see cref="ArrangeAsync"/> adds a class's own set-up.
/// </summary>
public abstract class ProjectScenarioTest : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));

    protected TestStore Store { get; private set; } = default!;

    protected ProjectScenario Scenario { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Store = await TestStore.CreateAsync(demoData: true, time: Time, configure: ConfigureStore);
        Scenario = new ProjectScenario(Store.Services);
        await ArrangeAsync();
    }

    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    /// <summary>Adds or replaces the store's services (a fake of another area's port) before it is built.</summary>
    protected virtual void ConfigureStore(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();
}

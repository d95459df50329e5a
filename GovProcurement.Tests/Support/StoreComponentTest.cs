using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GovProcurement.Tests.Support;

/// <summary>
/// A bUnit test of a component over its own store with the demo organisations: MudBlazor, the
/// portal's texts in Chinese, loose JS interop. <see cref="ArrangeAsync"/> adds a class's own services.
/// </summary>
public abstract class StoreComponentTest(TimeProvider? time = null) : BunitContext, IAsyncLifetime
{
    protected TestStore Store { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Store = await TestStore.CreateAsync(demoData: true, time: time, configure: ConfigureStore);
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        await ArrangeAsync();
    }

    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    /// <summary>Adds or replaces the store's services (a fake of another area's port) before it is built.</summary>
    protected virtual void ConfigureStore(IServiceCollection services)
    {
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Store.DisposeAsync();
    }
}

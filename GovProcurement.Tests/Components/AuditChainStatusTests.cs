using Bunit;
using GovProcurement.Domain.Audit;
using GovProcurement.Portal.Components.Shared;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>The administrator's chain status: green only when a checkpoint witnesses the chain.</summary>
public sealed class AuditChainStatusTests : BunitContext, IAsyncLifetime
{
    private TestStore store = default!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(demoData: true);
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(store.Get<AuditLog>());
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task A_chain_matching_its_checkpoint_shows_intact()
    {
        await store.Get<AuditCheckpoints>().WriteAsync();

        var status = Render<AuditChainStatus>();

        status.WaitForAssertion(() => Assert.Contains("与", status.Find("[data-testid=audit-intact]").TextContent));
    }

    [Fact]
    public async Task A_chain_whose_checkpoint_file_was_removed_is_not_shown_as_intact()
    {
        var checkpoints = store.Get<AuditCheckpoints>();
        await checkpoints.WriteAsync();
        File.Delete(checkpoints.FilePath);

        var status = Render<AuditChainStatus>();

        status.WaitForAssertion(() => Assert.Contains("找不到任何检查点", status.Find("[data-testid=audit-unanchored]").TextContent));
        Assert.Empty(status.FindAll("[data-testid=audit-intact]"));
    }
}

using Bunit;
using GovProcurement.Domain.Audit;
using GovProcurement.Portal.Components.Shared;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>The administrator's chain status: green only when a checkpoint witnesses the chain.</summary>
public sealed class AuditChainStatusTests : StoreComponentTest
{
    protected override Task ArrangeAsync()
    {
        Services.AddSingleton(Store.Get<AuditLog>());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_chain_matching_its_checkpoint_shows_intact()
    {
        await Store.Get<AuditCheckpoints>().WriteAsync();

        var status = Render<AuditChainStatus>();

        status.WaitForAssertion(() => Assert.Contains("与", status.Find("[data-testid=audit-intact]").TextContent));
    }

    [Fact]
    public async Task A_chain_whose_checkpoint_file_was_removed_is_not_shown_as_intact()
    {
        var checkpoints = Store.Get<AuditCheckpoints>();
        await checkpoints.WriteAsync();
        File.Delete(checkpoints.FilePath);

        var status = Render<AuditChainStatus>();

        status.WaitForAssertion(() => Assert.Contains("找不到任何检查点", status.Find("[data-testid=audit-unanchored]").TextContent));
        Assert.Empty(status.FindAll("[data-testid=audit-intact]"));
    }
}

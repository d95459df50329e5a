using Bunit;
using GovProcurement.Domain.Audit;
using GovProcurement.Portal.Components.Workspaces.Admin;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The audit log page shows Beijing time, like every other page, and says so.</summary>
public sealed class AdminAuditPageTests() : StoreComponentTest(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 2, 3, TimeSpan.Zero)))
{
    protected override Task ArrangeAsync()
    {
        Services.AddSingleton(Store.Get<AuditLog>());
        return Task.CompletedTask;
    }

    [Fact]
    public void Entries_written_at_01_02_UTC_read_09_02_Beijing_time_under_a_heading_that_says_so()
    {
        Render<MudPopoverProvider>();
        var page = Render<AdminAudit>();

        page.WaitForAssertion(() => Assert.Contains("2026-11-27 09:02:03", page.Find("[data-testid=audit-grid]").TextContent));
        Assert.Contains("时间（北京时间）", page.Find("[data-testid=audit-grid] thead").TextContent);
        Assert.DoesNotContain("2026-11-27 01:02:03", page.Markup);
    }
}

using Bunit;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Persistence;
using GovProcurement.Portal.Components.Workspaces.Mall.Biddings;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>The purchaser posts a requirement from a filed e-mall plan line: the form refuses a ceiling above the balance at its field, then posts.</summary>
public sealed class BiddingRequirementFormTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton(Store.Get<PlanExecution>());
        Services.AddSingleton(Store.Get<OnlineBiddings>());
        Services.AddSingleton<TimeProvider>(Time);
    }

    [Fact]
    public async Task A_ceiling_above_the_remaining_amount_is_shown_at_its_field_and_a_valid_requirement_is_posted()
    {
        var scenario = new ProjectScenario(Store.Services);
        var mall = new MallScenario(Store.Services, scenario);
        var plan = await mall.FiledPlanAsync(50_000m);
        var form = Render<BiddingRequirementForm>(p => p.Add(f => f.PlanId, plan.Id).Add(f => f.LineId, plan.Items[0].Id).Add(f => f.Actor, mall.OperatorAsync().GetAwaiter().GetResult()));

        form.WaitForAssertion(() => Assert.Contains("剩余额度 ¥50,000.00", form.Markup));
        var ceiling = form.FindAll("label").First(l => l.TextContent.Contains("最高限价")).ParentElement!.QuerySelector("input")!;
        ceiling.Change("50000.01");
        await form.InvokeAsync(() => form.FindAll("button").First(b => b.TextContent.Contains("发布竞价")).Click());

        form.WaitForAssertion(() => Assert.Contains("超过计划明细的剩余额度", form.Markup));
        await using (var db = Store.Db())
        {
            Assert.False(await db.OnlineBiddings.AnyAsync());
        }

        form.FindAll("label").First(l => l.TextContent.Contains("最高限价")).ParentElement!.QuerySelector("input")!.Change("45000");
        form.FindAll("label").First(l => l.TextContent.Contains("交货地点")).ParentElement!.QuerySelector("input")!.Change("江门市第一中学");
        await form.InvokeAsync(() => form.FindAll("button").First(b => b.TextContent.Contains("发布竞价")).Click());

        await using var check = Store.Db();
        var posted = await check.OnlineBiddings.SingleAsync();
        Assert.Equal((45_000m, "江门市第一中学", BiddingStatus.Quoting), (posted.Ceiling.Yuan, posted.DeliveryPlace, posted.Status));
        Assert.EndsWith($"/mall/biddings/{posted.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }
}

using Bunit;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Portal.Components.Workspaces.Mall.Auctions;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>The purchaser posts a reverse auction from a filed e-mall plan line: the form shows the rules in force, refuses a step below the rule's share at its field, then posts and reserves the ceiling.</summary>
public sealed class AuctionRequirementFormTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton(Store.Get<PlanExecution>());
        Services.AddSingleton(Store.Get<ReverseAuctions>());
        Services.AddSingleton<TimeProvider>(Time);
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<AuctionRequirementForm> form, string label) =>
        form.FindAll("label").First(l => l.TextContent.Contains(label, StringComparison.Ordinal)).ParentElement!.QuerySelector("input")!;

    [Fact]
    public async Task A_step_below_the_rules_share_of_the_ceiling_is_shown_at_its_field_and_a_valid_auction_is_posted_with_its_ceiling_reserved()
    {
        var mall = new MallScenario(Store.Services, new ProjectScenario(Store.Services));
        var plan = await mall.FiledPlanAsync(50_000m);
        var form = Render<AuctionRequirementForm>(p => p.Add(f => f.PlanId, plan.Id).Add(f => f.LineId, plan.Items[0].Id).Add(f => f.Actor, mall.OperatorAsync().GetAwaiter().GetResult()));

        form.WaitForAssertion(() => Assert.Contains("剩余额度 ¥50,000.00", form.Markup));
        Assert.Contains("参与供应商不少于 3 家；结束前 5 分钟内有有效报价的自动延时 5 分钟，最多 6 次", form.Find("[data-testid=auction-terms]").TextContent);
        Field(form, "最高限价").Change("40000");
        Field(form, "报价幅度").Change("39.99");
        await form.InvokeAsync(() => form.FindAll("button").First(b => b.TextContent.Contains("发布反拍")).Click());

        form.WaitForAssertion(() => Assert.Contains("报价幅度不低于最高限价的 0.1%，即 ¥40.00", form.Markup));
        await using (var db = Store.Db())
        {
            Assert.False(await db.ReverseAuctions.AnyAsync());
        }

        Field(form, "报价幅度").Change("40");
        await form.InvokeAsync(() => form.FindAll("button").First(b => b.TextContent.Contains("发布反拍")).Click());

        await using var check = Store.Db();
        var posted = await check.ReverseAuctions.SingleAsync();
        Assert.Equal((40_000m, 40m, AuctionStatus.Scheduled), (posted.Ceiling.Yuan, posted.Step.Yuan, posted.Status));
        Assert.Equal(10_000m, (await PlanLineLedger.RemainingAsync(check, plan))[plan.Items[0].Id].Yuan);
        Assert.EndsWith($"/mall/auctions/{posted.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }
}

using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Mall.Biddings;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The online bidding pages, on 27 Nov 2026 with a bidding open for quotes: the lists of the purchaser and
/// the supplier, and the bidding itself, which offers the quote to a supplier alone, checks it against the
/// ceiling at the field and keeps the quotes sealed until the window closes.
/// </summary>
public sealed class BiddingPagesTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<BiddingQueries>());
        Services.AddSingleton(Store.Get<OnlineBiddings>());
        Services.AddScoped<CurrentActor>();
    }

    private MallScenario Mall => new(Store.Services, new ProjectScenario(Store.Services));

    private async Task<OnlineBidding> OpenBiddingAsync()
    {
        var plan = await Mall.FiledPlanAsync(50_000m);
        return await Mall.Biddings.PostAsync(MallScenario.Requirement(plan, 48_000m, Time.GetUtcNow().UtcDateTime), await Mall.OperatorAsync());
    }

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    private static AngleSharp.Dom.IElement QuoteField(IRenderedComponent<BiddingPage> page) =>
        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == "报价金额（元）");

    [Fact]
    public async Task The_purchasers_list_shows_its_bidding_in_words_and_links_to_it()
    {
        var bidding = await OpenBiddingAsync();
        SignIn(await Mall.OperatorAsync());

        var page = Render<PurchaserBiddings>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=bidding-table] tbody tr a")));
        var cells = page.Find("[data-testid=bidding-table] tbody tr").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["教研室台式计算机竞价", "¥48,000.00"], [cells[1], cells[3]]);
        Assert.Equal($"/mall/biddings/{bidding.Id}", page.Find("[data-testid=bidding-table] tbody a").GetAttribute("href"));
    }

    [Fact]
    public async Task Without_biddings_the_lists_say_there_are_none()
    {
        SignIn(await Mall.SupplierAsync(0));

        var page = Render<SupplierBiddings>();

        page.WaitForAssertion(() => Assert.Equal("暂无竞价。", page.Find("[data-testid=bidding-table] tbody td").TextContent.Trim()));
    }

    [Fact]
    public async Task A_supplier_is_offered_the_quote_and_a_price_above_the_ceiling_is_told_at_the_field()
    {
        var bidding = await OpenBiddingAsync();
        SignIn(await Mall.SupplierAsync(0));
        Render<MudSnackbarProvider>();
        var page = Render<BiddingPage>(p => p.Add(x => x.Id, bidding.Id));
        page.WaitForAssertion(() => Assert.Equal("教研室台式计算机竞价", page.Find("h1").TextContent.Trim()));
        Assert.Contains("报价在截止前密封", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=quotes]"));

        QuoteField(page).QuerySelector("input")!.Change("49000");
        page.FindAll("button").Single(b => b.TextContent.Trim() == "提交报价").Click();

        page.WaitForAssertion(() => Assert.Contains("报价不能高于最高限价 ¥48,000.00。", QuoteField(page).TextContent, StringComparison.Ordinal));
        await using (var db = Store.Db())
        {
            Assert.False(await db.Set<BiddingQuote>().AnyAsync());
        }

        QuoteField(page).QuerySelector("input")!.Change("45000");
        page.FindAll("button").Single(b => b.TextContent.Trim() == "提交报价").Click();

        await using var after = Store.Db();
        page.WaitForAssertion(() => Assert.Equal(Money.FromYuan(45_000m), after.Set<BiddingQuote>().AsNoTracking().Single().Price));
    }

    [Fact]
    public async Task The_purchaser_is_not_offered_a_quote_and_sees_the_quotes_sealed()
    {
        var bidding = await OpenBiddingAsync();
        await Mall.Biddings.QuoteAsync(bidding.Id, new QuoteForm(45_000m), await Mall.SupplierAsync(0));
        SignIn(await Mall.OperatorAsync());

        var page = Render<BiddingPage>(p => p.Add(x => x.Id, bidding.Id));

        page.WaitForAssertion(() => Assert.Equal("教研室台式计算机竞价", page.Find("h1").TextContent.Trim()));
        Assert.Empty(page.FindAll(".mud-input-control"));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "提交报价");
        Assert.Empty(page.FindAll("[data-testid=quotes]"));
        Assert.DoesNotContain("45,000", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bidding_the_actor_may_not_see_is_said_not_found()
    {
        var bidding = await OpenBiddingAsync();
        SignIn(await new ProjectScenario(Store.Services).ActorAsync("440700101001002"));

        var page = Render<BiddingPage>(p => p.Add(x => x.Id, bidding.Id));

        page.WaitForAssertion(() => Assert.Equal("竞价不存在或无权查看。", page.Find(".mud-alert").TextContent.Trim()));
    }
}

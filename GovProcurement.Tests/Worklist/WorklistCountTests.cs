using GovProcurement.Domain.Mall.Orders;
using Microsoft.EntityFrameworkCore;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Worklists;

/// <summary>The navigation's counts are exact however many wait, while the list stays bounded, in the same few queries.</summary>
public sealed class WorklistCountTests : ProjectScenarioTest
{
    private Worklist List => Store.Get<Worklist>();

    [Fact]
    public async Task Sixty_plans_waiting_for_review_count_sixty_the_list_shows_the_oldest_fifty_and_the_queries_do_not_grow()
    {
        var parties = new PlanParties(Store.Services);
        var reviewer = await parties.ActorAsync(PlanParty.OwnReviewer);
        await parties.PlanAsync(PlanStatus.PendingReview);
        var before = await CountAsync(reviewer); // one waiting already: the split query's second part is sent either way

        for (var i = 0; i < 60; i++)
        {
            await parties.PlanAsync(PlanStatus.PendingReview);
        }

        var after = await CountAsync(reviewer);
        Assert.Equal(before.Counts.ByKind.GetValueOrDefault(WorkKind.ReviewPlan) + 60, after.Counts.ByKind[WorkKind.ReviewPlan]);
        Assert.True(after.Counts.ByKind[WorkKind.ReviewPlan] > Worklist.CandidatesPerSource);
        Assert.Equal(Worklist.CandidatesPerSource, (await List.ForAsync(reviewer)).Count(i => i.Kind == WorkKind.ReviewPlan));
        Assert.Equal(before.Commands, after.Commands);
        Assert.InRange(after.Commands, 1, 20);
    }

    [Fact]
    public async Task Sixty_plans_waiting_for_filing_count_sixty_for_the_same_level_finance_department_and_none_for_another()
    {
        var parties = new PlanParties(Store.Services);
        var own = await parties.ActorAsync(PlanParty.OwnRegionRegulator);
        var province = await parties.ActorAsync(PlanParty.ProvinceRegulator);
        var before = (await List.CountsAsync(own)).ByKind.GetValueOrDefault(WorkKind.FilePlan);
        var provinceBefore = (await List.CountsAsync(province)).ByKind.GetValueOrDefault(WorkKind.FilePlan);

        for (var i = 0; i < 60; i++)
        {
            await parties.PlanAsync(PlanStatus.PendingFiling);
        }

        Assert.Equal(before + 60, (await List.CountsAsync(own)).ByKind[WorkKind.FilePlan]);
        Assert.Equal(provinceBefore, (await List.CountsAsync(province)).ByKind.GetValueOrDefault(WorkKind.FilePlan));
    }

    [Fact]
    public async Task Sixty_orders_waiting_for_the_suppliers_confirmation_count_sixty_and_the_list_shows_fifty()
    {
        var mall = new Mall.MallScenario(Store.Services, Scenario);
        var op = await mall.OperatorAsync();
        var supplier = await mall.SupplierAsync(0);
        for (var p = 0; p < 6; p++)
        {
            var plan = await mall.FiledPlanAsync();
            Guid listing;
            await using (var db = Store.Db())
            {
                listing = await db.Listings.Where(l => l.SupplierId == supplier.OrganizationId).Select(l => l.Id).FirstAsync();
            }

            for (var i = 0; i < 10; i++)
            {
                await Store.Get<MallOrders>().PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, 1)]), op);
            }
        }

        Assert.Equal(60, (await List.CountsAsync(supplier)).ByKind[WorkKind.ConfirmDirectOrder]);
        Assert.Equal(Worklist.CandidatesPerSource, (await List.ForAsync(supplier)).Count(i => i.Kind == WorkKind.ConfirmDirectOrder));
    }

    private async Task<(WorkCounts Counts, int Commands)> CountAsync(Actor actor)
    {
        await using var db = Store.Db();
        using var counter = new CommandCounter(db);
        var counts = await List.CountsAsync(db, actor);
        return (counts, counter.Commands.Count);
    }
}

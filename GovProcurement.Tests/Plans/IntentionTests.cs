using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Plans;

public class IntentionTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly RuleSet Rules = new(DefaultProcurementRules.All(), RegionDirectory.Guangdong);

    private static ProcurementIntention Published(DateOnly on)
    {
        var intention = new ProcurementIntention(Guid.NewGuid(), "440700", new IntentionForm("物业服务", "机关大楼物业管理", Money.FromYuan(1_600_000m), on.AddMonths(2), true, null), "op", DateTime.UtcNow);
        intention.Publish("rev", on.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc)); // 10:00 in China, the same day
        return intention;
    }

    private static RoutingDecision Decision(decimal yuan) =>
        new PlanRouter(Rules, CatalogueDirectory.Shipped, RegionDirectory.Guangdong).Decide(new RoutingRequest("440700", Today, [new RoutingItem("C1204", Money.FromYuan(yuan))]));

    [Theory]
    [InlineData(30, false)]
    [InlineData(29, true)]
    public void PlanStartingWithin30DaysOfTheIntention_IsWarned_NamingTheRule(int days, bool warned)
    {
        var published = new DateOnly(2026, 10, 1);
        var warning = IntentionLeadCheck.Check(Published(published), published.AddDays(days), ProcurementRoute.EntrustCentralizedAgency, Decision(1_600_000m).IsGovernmentProcurement, Rules, "440700");
        Assert.Equal(warned, warning is not null);
        if (warning is not null)
        {
            Assert.Contains("少于 30 天", warning.Reason.Text.Zh);
            Assert.Contains("财库〔2020〕10号", warning.Reason.Source!.Zh);
        }
    }

    [Fact]
    public void EMallPurchases_AreExempt() =>
        Assert.Null(IntentionLeadCheck.Check(null, Today, ProcurementRoute.EMallSimpleProcurement, Decision(1_600_000m).IsGovernmentProcurement, Rules, "440700"));

    [Fact]
    public void GovernmentProcurementWithoutAnIntention_IsWarned() =>
        Assert.Contains("未关联", IntentionLeadCheck.Check(null, Today, ProcurementRoute.EntrustCentralizedAgency, Decision(1_600_000m).IsGovernmentProcurement, Rules, "440700")!.Reason.Text.Zh);

    [Fact]
    public async Task OnlyPublishedIntentions_ReachThePublicPortal_FilteredByJurisdiction()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var intentions = store.Get<Intentions>();
        async Task<Actor> ActorAsync(string name)
        {
            await using var db = store.Db();
            var user = await db.Users.SingleAsync(u => u.UserName == name);
            return new Actor(name, user.OrganizationId, (await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync()).ToHashSet());
        }

        var form = new IntentionForm("教学设备采购", "多媒体教室设备", Money.FromYuan(900_000m), new DateOnly(2027, 2, 1), true, null);
        var heshan = await intentions.DraftAsync(form, await ActorAsync("440784201001002"));
        var jiangmen = await intentions.DraftAsync(form with { ProjectName = "办公家具采购" }, await ActorAsync("440700101001002"));
        await Assert.ThrowsAsync<DomainException>(async () => await intentions.PublishAsync(heshan, await ActorAsync("440784201001002")));
        Assert.Equal(0, (await intentions.SearchPublishedAsync(new IntentionSearch())).TotalCount);

        await intentions.PublishAsync(heshan, await ActorAsync("440784201001001"));
        await intentions.PublishAsync(jiangmen, await ActorAsync("440700101001001"));

        Assert.Equal(["教学设备采购"], (await intentions.ForUnitAsync((await ActorAsync("440784201001002")).OrganizationId!.Value)).Select(i => i.ProjectName));
        Assert.Equal(2, (await intentions.SearchPublishedAsync(new IntentionSearch("440700"))).TotalCount);
        Assert.Equal(["教学设备采购"], (await intentions.SearchPublishedAsync(new IntentionSearch("440784"))).Items.Select(i => i.ProjectName));
        Assert.Equal(["办公家具采购"], (await intentions.SearchPublishedAsync(new IntentionSearch(UnitName: "江门市教育局"))).Items.Select(i => i.ProjectName));
        Assert.Equal(2, (await intentions.SearchPublishedAsync(new IntentionSearch(Month: new DateOnly(2027, 2, 15)))).TotalCount);
        Assert.Equal(0, (await intentions.SearchPublishedAsync(new IntentionSearch(Month: new DateOnly(2027, 3, 1)))).TotalCount);
    }

    [Fact]
    public void IntentionWithoutASummary_IsRefusedInChinese()
    {
        var error = Assert.Throws<DomainException>(() => new ProcurementIntention(Guid.NewGuid(), "440700",
            new IntentionForm("项目", " ", Money.FromYuan(1m), Today, false, null), "op", DateTime.UtcNow));
        Assert.Contains("采购需求概况", error.Text.Zh);
    }
}

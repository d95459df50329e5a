using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Organizations;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Mall;

/// <summary>A listing's review (上架审核): new listings and changes of price or specification wait for the reviewer; buyers see the approved version.</summary>
public sealed class ListingLifecycleTests : ListingScenario
{
    [Fact]
    public async Task A_new_listing_is_seen_only_once_approved_and_every_step_is_audited()
    {
        var id = await Desk.CreateAsync(Form(), Small);
        Assert.Equal(ListingStatus.Draft, (await LoadAsync(id)).Status);
        Assert.Empty(await FindAsync());

        await Desk.SubmitAsync(id, Small);
        Assert.Equal(ListingStatus.InReview, (await LoadAsync(id)).Status);
        Assert.Empty(await FindAsync());

        await Desk.ApproveAsync(id, Admin);

        var card = Assert.Single(await FindAsync());
        Assert.Equal(("台式电脑", Money.FromYuan(4_800m)), (card.Name, card.Price));
        await using var db = Store.Db();
        var types = await db.AuditEntries.Where(e => e.Subject == id.ToString()).Select(e => e.Type).ToListAsync();
        Assert.Equal([AuditEventType.ListingCreated, AuditEventType.ListingSubmitted, AuditEventType.ListingApproved], types);
    }

    [Fact]
    public async Task A_returned_listing_carries_the_reason_and_is_approved_after_it_is_resubmitted()
    {
        var id = await Desk.CreateAsync(Form(), Small);
        await Desk.SubmitAsync(id, Small);

        await Desk.ReturnAsync(id, "规格参数缺少显示器尺寸", Admin);

        var returned = await LoadAsync(id);
        Assert.Equal((ListingStatus.Returned, "规格参数缺少显示器尺寸"), (returned.Status, returned.ReturnReason));
        Assert.Empty(await FindAsync());
        await Desk.EditAsync(id, Form(specification: "i5/16G/512G SSD/23.8英寸"), Small);
        await Desk.SubmitAsync(id, Small);
        await Desk.ApproveAsync(id, Admin);
        Assert.Equal("i5/16G/512G SSD/23.8英寸", Assert.Single(await FindAsync()).Specification);
        Assert.Null((await LoadAsync(id)).ReturnReason);
    }

    [Fact]
    public async Task A_price_change_waits_for_review_while_buyers_still_see_the_approved_price()
    {
        var id = await ListedAsync(Small, Form(price: 4_800m));

        var needsReview = await Desk.EditAsync(id, Form(price: 5_200m), Small);

        Assert.True(needsReview);
        Assert.Equal(ListingStatus.Changed, (await LoadAsync(id)).Status);
        Assert.Equal(Money.FromYuan(4_800m), Assert.Single(await FindAsync()).Price);
        await Desk.SubmitAsync(id, Small);
        Assert.Equal(Money.FromYuan(4_800m), Assert.Single(await FindAsync()).Price);
        await Desk.ReturnAsync(id, "涨价幅度过大", Admin);
        Assert.Equal(Money.FromYuan(4_800m), Assert.Single(await FindAsync()).Price);

        await Desk.EditAsync(id, Form(price: 4_950m), Small);
        await Desk.SubmitAsync(id, Small);
        await Desk.ApproveAsync(id, Admin);

        var listing = await LoadAsync(id);
        Assert.Equal((ListingStatus.Listed, 2, Money.FromYuan(4_950m)), (listing.Status, listing.ApprovedVersion, Assert.Single(await FindAsync()).Price));
    }

    [Fact]
    public async Task Stock_delivery_time_and_regions_apply_at_once_without_review()
    {
        var id = await ListedAsync(Small, Form(stock: 50));

        var needsReview = await Desk.EditAsync(id, Form(stock: 12, regions: ["440700"]), Small);

        Assert.False(needsReview);
        var listing = await LoadAsync(id);
        Assert.Equal((ListingStatus.Listed, 12, "440700"), (listing.Status, listing.Stock, Assert.Single(listing.Areas).RegionCode));
        Assert.Equal(12, Assert.Single(await FindAsync()).Stock);
    }

    [Fact]
    public async Task A_withdrawn_listing_is_hidden_and_goes_back_on_sale_only_after_a_new_review()
    {
        var id = await ListedAsync(Small, Form());

        await Desk.WithdrawAsync(id, Small);
        Assert.Empty(await FindAsync());
        await Desk.SubmitAsync(id, Small);
        Assert.Empty(await FindAsync());
        await Desk.ApproveAsync(id, Admin);

        Assert.Single(await FindAsync());
    }

    [Fact]
    public async Task A_debarred_suppliers_listings_are_hidden_and_it_cannot_submit()
    {
        var listed = await ListedAsync(Small, Form());
        var other = await Desk.CreateAsync(Form(name: "便携式电脑", code: Laptop), Small);
        var today = Time.TodayInChina();
        await Store.Get<SupplierDebarments>().DebarAsync(ProjectScenario.SmallSupplier, today, today.AddYears(1), "提供虚假材料谋取中标", await Scenario.ActorAsync(ProjectScenario.Regulator));

        Assert.Empty(await FindAsync());
        var refusal = await Assert.ThrowsAsync<DomainException>(() => Desk.SubmitAsync(other, Small));
        Assert.Contains("禁止参加政府采购活动", refusal.Text.Zh);
        await using var db = Store.Db();
        Assert.Equal([Desktop], await ListingQueries.UnlistedAsync(db, Small.OrganizationId!.Value, [Desktop], today));
        Assert.Equal(ListingStatus.Listed, (await LoadAsync(listed)).Status);
    }

    [Fact]
    public async Task Each_party_is_offered_only_its_own_steps()
    {
        var id = await Desk.CreateAsync(Form(), Small);
        await Desk.SubmitAsync(id, Small);

        var supplierSteps = Assert.Single((await Desk.MineAsync(Small)).Rows, r => r.Id == id);
        var mine = (await Desk.MineAsync(Small)).For(supplierSteps);
        Assert.Equal([ListingStep.Withdraw], mine.Available);
        Assert.Equal(RefusalGround.Role, mine.WhyNot(ListingStep.Approve)!.Ground);
        var queue = await Desk.QueueAsync(Admin);
        Assert.Equal([ListingStep.Approve, ListingStep.Return], queue.For(Assert.Single(queue.Rows)).Available);
        Assert.Empty((await Desk.QueueAsync(Micro)).Rows);

        var notMine = await Assert.ThrowsAsync<DomainException>(() => Desk.WithdrawAsync(id, Micro));
        Assert.Contains("本供应商", notMine.Text.Zh);
        await Assert.ThrowsAsync<DomainException>(() => Desk.ApproveAsync(id, Small));
        var inReview = await Assert.ThrowsAsync<DomainException>(() => Desk.EditAsync(id, Form(price: 1m), Small));
        Assert.Contains("审核中", inReview.Text.Zh);
    }

    [Fact]
    public void The_steps_follow_the_transition_table()
    {
        var supplierId = Guid.NewGuid();
        var supplier = new ListingActor(new ActorStanding(new Actor("s", supplierId, new HashSet<string> { Roles.Supplier }), OrganizationKind.Supplier, "440703"),
            new Refusal("x", "x", ground: RefusalGround.Role), false);

        foreach (var status in Enum.GetValues<ListingStatus>())
        {
            var steps = ListingSteps.For(supplierId, status, supplier);
            foreach (var step in new[] { ListingStep.Edit, ListingStep.Submit, ListingStep.Withdraw })
            {
                Assert.Equal(Listing.Allows(status, step), steps.Allows(step));
            }
        }
    }

    [Fact]
    public async Task The_centralized_agency_reviews_when_so_configured()
    {
        await using var db = Store.Db();
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        var isCentralized = await db.Organizations.OfType<Agency>().AnyAsync(a => a.Id == agency.OrganizationId && a.IsCentralized);

        var asAgency = await ListingActor.LoadAsync(db, agency, ListingReviewer.CentralizedAgency, Time.TodayInChina());
        var asAdmin = await ListingActor.LoadAsync(db, Admin, ListingReviewer.CentralizedAgency, Time.TodayInChina());

        Assert.True(isCentralized);
        Assert.Null(asAgency.NotReviewer);
        Assert.NotNull(asAdmin.NotReviewer);
    }

    [Fact]
    public async Task The_reviewer_finds_listings_to_review_on_the_worklist()
    {
        var id = await Desk.CreateAsync(Form(name: "电脑机箱"), Small);
        await Desk.SubmitAsync(id, Small);
        var admin = await AdminAsync();

        var items = await Store.Get<GovProcurement.Domain.Worklist.Worklist>().ForAsync(admin);

        var item = Assert.Single(items, i => i.Kind == GovProcurement.Domain.Worklist.WorkKind.ReviewListing);
        Assert.Equal(("电脑机箱", ListingDesk.ReviewPage), (item.Title, item.Href));
        Assert.DoesNotContain(await Store.Get<GovProcurement.Domain.Worklist.Worklist>().ForAsync(Small), i => i.Kind == GovProcurement.Domain.Worklist.WorkKind.ReviewListing);
    }

    [Fact]
    public async Task Pictures_and_documents_are_checked_by_their_content()
    {
        var id = await Desk.CreateAsync(Form(), Small);

        await Desk.AttachAsync(id, new ListingUpload("外观.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2]), Small);
        var fake = await Assert.ThrowsAsync<DomainException>(() => Desk.AttachAsync(id, new ListingUpload("彩页.pdf", "application/pdf", "not a pdf"u8.ToArray()), Small));
        var exe = await Assert.ThrowsAsync<DomainException>(() => Desk.AttachAsync(id, new ListingUpload("setup.exe", "application/octet-stream", [1]), Small));

        Assert.Contains("PDF", fake.Text.Zh);
        Assert.Contains("JPG", exe.Text.Zh);
        var row = Assert.Single((await Desk.MineAsync(Small)).Rows);
        Assert.Equal([("外观.png", ListingFileKind.Image)], row.Files.Select(f => (f.Name, f.Kind)));
    }

    private async Task<Actor> AdminAsync()
    {
        await using var db = Store.Db();
        var adminId = await db.UserRoles.Where(r => r.RoleId == Roles.PlatformAdmin).Select(r => r.UserId).FirstAsync();
        return await Scenario.ActorAsync(await db.Users.Where(u => u.Id == adminId).Select(u => u.UserName!).FirstAsync());
    }
}

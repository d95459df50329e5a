using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Mall;

/// <summary>A test class over the demo store with the commodity library's parties: two demo suppliers, a large one added, the platform administrator.</summary>
public abstract class ListingScenario : ProjectScenarioTest
{
    public const string Desktop = "A02010104";
    public const string Laptop = "A02010105";

    protected static readonly Actor Admin = new("admin", null, new HashSet<string> { Roles.PlatformAdmin });

    protected Actor Small { get; private set; } = default!;

    protected Actor Micro { get; private set; } = default!;

    protected Actor Large { get; private set; } = default!;

    protected ListingDesk Desk => Store.Get<ListingDesk>();

    protected ListingQueries Queries => Store.Get<ListingQueries>();

    public static ListingForm Form(string name = "台式电脑", decimal price = 4_800m, string code = Desktop, string brand = "联想", string model = "启天M437",
        string specification = "i5/16G/512G SSD/23.8英寸显示器", int? stock = 50, params string[] regions) =>
        new(code, name, brand, model, specification, "台", price, stock, regions.Length == 0 ? [RegionDirectory.ProvinceCode] : regions, 7);

    protected override async Task ArrangeAsync()
    {
        Small = await Scenario.ActorAsync(ProjectScenario.SmallSupplier);
        Micro = await Scenario.ActorAsync(ProjectScenario.MicroSupplier);
        await using var db = Store.Db();
        var region = await db.Regions.SingleAsync(r => r.Code == "440703");
        var large = new Supplier("广东大型电子设备集团有限公司", region, SupplierLibrary.SupplierLibraryTests.WithCheck("91440703MA53X8Y2L"), EnterpriseScale.Large, Time.GetUtcNow().UtcDateTime);
        db.Organizations.Add(large);
        await db.SaveChangesAsync();
        Large = new Actor("large-supplier", large.Id, new HashSet<string> { Roles.Supplier });
    }

    /// <summary>Created, submitted and approved.</summary>
    protected async Task<Guid> ListedAsync(Actor supplier, ListingForm form)
    {
        var id = await Desk.CreateAsync(form, supplier);
        await Desk.SubmitAsync(id, supplier);
        await Desk.ApproveAsync(id, Admin);
        return id;
    }

    protected async Task<Listing> LoadAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.Listings.AsNoTracking().Include(l => l.Areas).SingleAsync(l => l.Id == id);
    }

    protected async Task<IReadOnlyList<ListingCard>> FindAsync(string? term = null) => (await Queries.SearchAsync(new ListingSearch(term))).Items;
}

using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Support;

/// <summary>
/// Filed plans across three regions of Jiangmen for the supervision tests: Jiangmen city level
/// (the property-service plan), Heshan (two desktop-computer plans through the e-mall that add up
/// past the open-tender threshold: possible splitting) and Taishan (a unit and finance bureau
/// made here, with actors but no accounts).
/// </summary>
public sealed class SupervisionScenario(IServiceProvider services)
{
    public const string HeshanOperator = "440784201002002";
    public const string HeshanReviewer = "440784201002001";

    public ProjectScenario Projects { get; } = new(services);

    public Guid JiangmenPlan { get; private set; }

    public IReadOnlyList<Guid> HeshanPlans { get; private set; } = [];

    public Guid TaishanPlan { get; private set; }

    public async Task SeedAsync()
    {
        JiangmenPlan = await Projects.FiledPlanAsync();
        var heshanOp = await Projects.ActorAsync(HeshanOperator);
        var heshanRev = await Projects.ActorAsync(HeshanReviewer);
        var heshanCz = await Projects.ActorAsync("440784cz");
        HeshanPlans =
        [
            await Projects.FilePlanAsync(heshanOp, heshanRev, heshanCz, "鹤山市第一中学教学电脑采购（一）", "A02010104", "台式计算机", 1_100_000m, ProcurementRoute.EMallSimpleProcurement, null),
            await Projects.FilePlanAsync(heshanOp, heshanRev, heshanCz, "鹤山市第一中学教学电脑采购（二）", "A02010104", "台式计算机", 1_050_000m, ProcurementRoute.EMallSimpleProcurement, null),
        ];

        var (unit, bureau) = await TaishanAsync();
        var op = new Actor("taishan-op", unit, new HashSet<string> { Roles.PurchaserOperator });
        var rev = new Actor("taishan-rev", unit, new HashSet<string> { Roles.PurchaserReviewer });
        var cz = new Actor("440781cz", bureau, new HashSet<string> { Roles.Regulator });
        TaishanPlan = await Projects.FilePlanAsync(op, rev, cz, "台山市第一中学课桌椅采购", "A060205", "木制台、桌类", 300_000m, ProcurementRoute.EMallSimpleProcurement, null);
    }

    private async Task<(Guid Unit, Guid Bureau)> TaishanAsync()
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync();
        var region = RegionDirectory.Guangdong.Find("440781")!;
        var unit = new BudgetUnit("台山市第一中学", region, "781002", "301002", null, null, DateTime.UtcNow);
        var bureau = new Regulator("台山市财政局", region, DateTime.UtcNow);
        db.Organizations.AddRange(unit, bureau);
        await db.SaveChangesAsync();
        var year = services.GetRequiredService<TimeProvider>().TodayInChina().AddDays(40).Year;
        await services.GetRequiredService<BudgetLines>().LoadAsync(unit.Id, [new BudgetLineInput(year, $"781002-{year}-01", "一般公共预算", Money.FromYuan(1_000_000m))]);
        return (unit.Id, bureau.Id);
    }
}

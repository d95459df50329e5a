using GovProcurement.Domain.Common;
using GovProcurement.Domain.Onboarding;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Seeding;

/// <summary>
/// Demo organisations for the embedded default (configuration <c>DemoData:Enabled</c>): a
/// province-level unit, competent and subordinate units in Jiangmen and in Heshan, an agency,
/// three suppliers and the finance departments of the province, Jiangmen and Heshan. They go
/// through the same onboarding as an import, so their accounts follow the account rules.
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<GovProcurementDbContext> store, OrganizationOnboarding onboarding, Budget.BudgetLines budgetLines,
    Organizations.OrganizationContacts contacts, Story.DemoStory story, TimeProvider time)
{
    public const string Section = "DemoData";

    public static IReadOnlyList<OrganizationDraft> Drafts { get; } =
    [
        Unit(1, "广东省教育厅", "440000", "126001", null, null, "gdjyt"),
        Unit(2, "江门市教育局", "440700", "701001", "101001", null, null),
        Unit(3, "江门市第一中学", "440700", "701002", "101002", "701001", null),
        Unit(4, "鹤山市教育局", "440784", "784001", "201001", null, null),
        Unit(5, "鹤山市第一中学", "440784", "784002", "201002", "784001", null),
        new() { RowNumber = 6, Kind = "代理机构", Name = "江门市公共资源交易中心", RegionCode = "440700", CreditCode = "124407004559123451", Centralized = "是", LegacyAccountName = "jmggzy" },
        Supplier(7, "江门市华信电脑科技有限公司", "440703", "91440703MA51K2Q8XY", "小型"),
        Supplier(8, "鹤山市南粤办公家具有限公司", "440784", "91440784MA4WJ7C3RF", "微型"),
        Supplier(9, "广东粤联物业管理有限公司", "440100", "91440101MA5CTY6L0C", "中型"),
        Regulator(10, "广东省财政厅", "440000"),
        Regulator(11, "江门市财政局", "440700"),
        Regulator(12, "鹤山市财政局", "440784"),
    ];

    /// <summary>Adds the demo organisations once, to a store that has none.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        if (await db.Organizations.AnyAsync(cancellationToken))
        {
            return;
        }

        var result = await onboarding.OnboardAsync(Drafts, "system", cancellationToken, passwordForGeneratedAccounts: DefaultAccountRules.CommonInitialPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data is invalid: " + string.Join("; ", result.Errors.Select(e => $"{e.RowNumber}/{e.Column}: {e.MessageEn}")));
        }

        // Approved budget lines of this year and the next for every demo unit.
        var year = time.TodayInChina().Year;
        foreach (var unit in result.Organizations.OfType<Organizations.BudgetUnit>())
        {
            await budgetLines.LoadAsync(unit.Id,
            [
                new(year, $"{unit.BudgetCode}-{year}-01", "一般公共预算", Common.Money.FromYuan(8_000_000m)),
                new(year, $"{unit.BudgetCode}-{year}-02", "政府性基金预算", Common.Money.FromYuan(2_000_000m)),
                new(year + 1, $"{unit.BudgetCode}-{year + 1}-01", "一般公共预算", Common.Money.FromYuan(8_000_000m)),
            ], cancellationToken);
        }

        foreach (var (contact, actor) in DemoContacts.For(result.Organizations))
        {
            await contacts.SaveAsync(contact, 0, actor, cancellationToken);
        }

        db.Experts.AddRange(DemoExperts.Create(result.Organizations.OfType<Organizations.BudgetUnit>().ToList(), time.UtcNow()));
        db.Notices.AddRange(DemoPolicyNotices.Create(result.Organizations.OfType<Organizations.Regulator>().ToList()));
        await db.SaveChangesAsync(cancellationToken);
        await story.TellAsync(cancellationToken);
    }

    private static OrganizationDraft Unit(int row, string name, string region, string budgetCode, string? financeCode, string? competent, string? legacy) =>
        new() { RowNumber = row, Kind = "预算单位", Name = name, RegionCode = region, BudgetCode = budgetCode, FinanceCode = financeCode, CompetentBudgetCode = competent, LegacyAccountName = legacy };

    private static OrganizationDraft Supplier(int row, string name, string region, string creditCode, string scale) =>
        new() { RowNumber = row, Kind = "供应商", Name = name, RegionCode = region, CreditCode = creditCode, Scale = scale };

    private static OrganizationDraft Regulator(int row, string name, string region) =>
        new() { RowNumber = row, Kind = "财政部门", Name = name, RegionCode = region };
}

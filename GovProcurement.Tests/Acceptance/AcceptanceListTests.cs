using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Common;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Acceptance;

/// <summary>
/// The acceptance list on the store: each party reads its own contracts' acceptances, newest first, filtered by status
/// and words and paged; a stranger reads none; a regulator is pointed to the register; the search is bounded.
/// </summary>
public sealed class AcceptanceListTests : ProjectScenarioTest
{
    private AcceptanceList List => Store.Get<AcceptanceList>();

    /// <summary>Two contracts of the first supplier: the first only delivering, the second (newer) concluded and awaiting both confirmations.</summary>
    private async Task<(Guid Delivering, Guid Concluded, Actor Operator, Actor Supplier)> TwoAsync()
    {
        var acceptances = Store.Get<ContractAcceptances>();
        var (first, op, supplier) = await AcceptanceArrangement.ContractAsync(Store, Scenario);
        await acceptances.RecordDeliveryAsync(first, new DeliveryDraft(Time.TodayInChina(), [new DeliveryLine(1, 1)], null), op);
        Time.Advance(TimeSpan.FromMinutes(5));
        var (second, _, _) = await AcceptanceArrangement.ContractAsync(Store, Scenario);
        await AcceptanceArrangement.ConcludedAsync(acceptances, second, op, Time.TodayInChina(), passed: true);
        return (first, second, op, supplier);
    }

    [Fact]
    public async Task Each_party_reads_its_acceptances_newest_first_filtered_and_paged()
    {
        var (delivering, concluded, op, supplier) = await TwoAsync();

        var all = await List.PageAsync(op, new AcceptanceFilter(), 0, 20);
        Assert.Equal(AcceptanceListScope.Purchaser, all.Scope);
        Assert.Equal(2, all.TotalCount);
        Assert.Equal([concluded, delivering], all.Rows.Select(r => r.ContractId));
        Assert.Equal((AcceptanceStatus.Concluded, (bool?)true, 1), (all.Rows[0].Status, all.Rows[0].ResultPassed, all.Rows[0].Round));
        Assert.Equal((AcceptanceStatus.Delivering, (bool?)null), (all.Rows[1].Status, all.Rows[1].ResultPassed));

        var second = await List.PageAsync(op, new AcceptanceFilter(), 1, 1);
        Assert.Equal((2, delivering), (second.TotalCount, Assert.Single(second.Rows).ContractId));

        var filtered = await List.PageAsync(op, new AcceptanceFilter(AcceptanceStatus.Concluded), 0, 20);
        Assert.Equal(concluded, Assert.Single(filtered.Rows).ContractId);
        var byNumber = await List.PageAsync(supplier, new AcceptanceFilter(null, all.Rows[1].ContractNumber), 0, 20);
        Assert.Equal((AcceptanceListScope.Supplier, delivering), (byNumber.Scope, Assert.Single(byNumber.Rows).ContractId));
        Assert.Equal(2, (await List.PageAsync(supplier, new AcceptanceFilter(null, all.Rows[0].PurchaserName), 0, 20)).TotalCount);
        Assert.Equal(2, (await List.PageAsync(op, new AcceptanceFilter(null, all.Rows[0].SupplierName), 0, 20)).TotalCount);
        Assert.Equal(0, (await List.PageAsync(op, new AcceptanceFilter(null, "没有这个合同"), 0, 20)).TotalCount);
    }

    [Fact]
    public async Task A_stranger_reads_none_a_regulator_is_sent_to_the_register_and_the_search_is_bounded()
    {
        var (_, _, op, _) = await TwoAsync();
        var stranger = await new MallScenario(Store.Services, Scenario).SupplierAsync(1);

        Assert.Equal(0, (await List.PageAsync(stranger, new AcceptanceFilter(), 0, 20)).TotalCount);
        var regulator = await List.PageAsync(await Scenario.ActorAsync(ProjectScenario.Regulator), new AcceptanceFilter(), 0, 20);
        Assert.True(regulator.ReadsRegister);
        Assert.Empty(regulator.Rows);
        await Assert.ThrowsAsync<DomainException>(() => List.PageAsync(op, new AcceptanceFilter(null, new string('验', AcceptanceFilter.SearchMaxLength + 1)), 0, 20));
        await Assert.ThrowsAsync<DomainException>(() => List.PageAsync(op, new AcceptanceFilter((AcceptanceStatus)99), 0, 20));
    }
}

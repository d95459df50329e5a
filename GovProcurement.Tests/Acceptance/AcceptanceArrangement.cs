using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Acceptance;

/// <summary>A contract of two desktops from a confirmed direct purchase, sent to the first supplier and, unless asked not to, signed by both, through the use cases.</summary>
internal static class AcceptanceArrangement
{
    public static ContractDraft Draft() => new(new BankAccount("中国工商银行江门分行", "2012000012345678"), new BankAccount("中国建设银行江门分行", "44050000567800"),
        [new ContractItem("台式电脑", "台", 2, Money.FromYuan(2_400m))], new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), "江门市第一中学",
        [new ContractInstalment(10_000, PaymentCondition.OnAcceptance)], 30, false, Sme: true, Financing: false);

    public static AcceptancePlanDraft Plan(DateOnly on, bool publicService = false) => new(on, AcceptanceMethod.ByPurchaser, publicService,
        [new("张三", AcceptanceMemberRole.PurchaserRepresentative), new("李四", AcceptanceMemberRole.User),
            new("王五", publicService ? AcceptanceMemberRole.ServiceRecipient : AcceptanceMemberRole.Expert)]);

    public static AcceptanceResultDraft Result(bool passed) => passed
        ? new([new ItemCheck(1, true, true, true, null)], true, null)
        : new([new ItemCheck(1, false, true, true, "一台无法开机")], false, "更换后重新验收");

    public static async Task<(Guid ContractId, Actor Operator, Actor Supplier)> ContractAsync(TestStore store, ProjectScenario scenario, bool sign = true)
    {
        var mall = new MallScenario(store.Services, scenario);
        var plan = await mall.FiledPlanAsync();
        var op = await mall.OperatorAsync();
        var supplier = await mall.SupplierAsync(0);
        Guid listing;
        await using (var db = store.Db())
        {
            listing = db.Listings.Where(l => l.SupplierId == supplier.OrganizationId).Select(l => l.Id).First();
        }

        var orders = store.Get<MallOrders>();
        var order = await orders.PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, 1)]), op);
        await orders.ConfirmAsync(order.Id, supplier);
        var contracts = store.Get<GovContracts>();
        var contract = await contracts.DraftAsync(ContractSubject.ForOrder(order.Id), Draft(), op);
        await contracts.SendAsync(contract.Id, op);
        if (sign)
        {
            await contracts.ConfirmAsync(contract.Id, ContractParty.Purchaser, op);
            await contracts.ConfirmAsync(contract.Id, ContractParty.Supplier, supplier);
        }

        return (contract.Id, op, supplier);
    }

    /// <summary>Both desktops delivered on <paramref name="today"/>, the delivery marked complete, planned and concluded that day.</summary>
    public static async Task ConcludedAsync(ContractAcceptances acceptances, Guid id, Actor op, DateOnly today, bool passed, bool publicService = false)
    {
        await acceptances.RecordDeliveryAsync(id, new DeliveryDraft(today, [new DeliveryLine(1, 2)], null), op);
        await acceptances.CompleteDeliveryAsync(id, op);
        await acceptances.PlanAsync(id, Plan(today, publicService), op);
        await acceptances.RecordResultAsync(id, Result(passed), op);
    }
}

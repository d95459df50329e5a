using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Payments;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Payments;

/// <summary>
/// A contract of 江门市第一中学 with the first supplier for one desktop of 4,800 yuan, drafted from a confirmed direct purchase and taken
/// through the use cases: 30 % prepayment, 30 % on delivery, 40 % on acceptance, paid within 30 days.
/// </summary>
internal sealed class PaymentScenario(TestStore store, ProjectScenario scenario)
{
    public static readonly Money Total = Money.FromYuan(4_800m);

    public MallScenario Mall { get; } = new(store.Services, scenario);

    public MallParties Parties { get; } = new(scenario);

    public ContractPayments Payments => store.Get<ContractPayments>();

    public FakeContractMilestones Milestones => (FakeContractMilestones)store.Services.GetRequiredService<IContractMilestones>();

    public static ContractDraft Draft(bool sme = true, int termDays = 30) => new(new BankAccount("中国工商银行江门分行", "2012000012345678"),
        new BankAccount("中国建设银行江门分行", "44050000567800"), [new ContractItem("台式电脑1", "台", 1, Money.FromYuan(4_800m))],
        new DateOnly(2026, 12, 1), new DateOnly(2027, 3, 31), "江门市第一中学",
        [new ContractInstalment(3000, PaymentCondition.Prepayment), new ContractInstalment(3000, PaymentCondition.OnDelivery), new ContractInstalment(4000, PaymentCondition.OnAcceptance)],
        termDays, false, Sme: sme, Financing: false);

    /// <summary>The contract drafted from a fresh confirmed order (on <paramref name="draft"/>, else <see cref="Draft"/>), and signed by both unless <paramref name="sign"/> is false.</summary>
    public async Task<Guid> ContractAsync(bool sign = true, bool sme = true, ContractDraft? draft = null)
    {
        var plan = await Mall.FiledPlanAsync();
        var op = await Mall.OperatorAsync();
        var supplier = await Mall.SupplierAsync(0);
        Guid listing;
        await using (var db = store.Db())
        {
            listing = await db.Listings.Where(l => l.SupplierId == supplier.OrganizationId).Select(l => l.Id).FirstAsync();
        }

        var orders = store.Get<MallOrders>();
        var order = await orders.PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, 1)]), op);
        await orders.ConfirmAsync(order.Id, supplier);
        var contracts = store.Get<GovContracts>();
        var contract = await contracts.DraftAsync(ContractSubject.ForOrder(order.Id), draft ?? Draft(sme), op);
        if (sign)
        {
            await contracts.SendAsync(contract.Id, op);
            await contracts.ConfirmAsync(contract.Id, ContractParty.Purchaser, op);
            await contracts.ConfirmAsync(contract.Id, ContractParty.Supplier, supplier);
        }

        return contract.Id;
    }

    public async Task<ContractPayment> PayAsync(Guid contractId, int instalment, decimal yuan, DateOnly paidOn, string? note = "付款凭证 001") =>
        await Payments.RecordAsync(contractId, new PaymentForm(instalment, Money.FromYuan(yuan), paidOn, note), await Mall.OperatorAsync());
}

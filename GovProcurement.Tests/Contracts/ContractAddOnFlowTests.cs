using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Contracts;

/// <summary>
/// Add-ons through the use cases: from a signed 4,800 yuan contract of a direct purchase, two add-ons up to
/// 480 yuan together, the third fen refused (on drafting and on revising), each audited and listed on the original.
/// </summary>
public sealed class ContractAddOnFlowTests : ProjectScenarioTest
{
    private MallScenario mall = default!;

    private GovContracts Contracts => Store.Get<GovContracts>();

    protected override Task ArrangeAsync()
    {
        mall = new MallScenario(Store.Services, Scenario);
        return Task.CompletedTask;
    }

    private static ContractDraft Draft(decimal yuan) => new(new BankAccount("中国工商银行江门分行", "2012000012345678"), new BankAccount("中国建设银行江门分行", "44050000567800"),
        [new ContractItem("台式电脑1", "台", 1, Money.FromYuan(yuan))], new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), "江门市第一中学",
        [new ContractInstalment(10_000, PaymentCondition.OnAcceptance)], 30, false, Sme: true, Financing: false);

    [Fact]
    public async Task Two_add_ons_share_the_cap_and_the_original_lists_them()
    {
        var (original, op, supplier) = await SignedAsync();
        var opening = await Contracts.StartAddOnAsync(original, op);
        Assert.Equal((Money.FromYuan(480m), Money.Zero, (Refusal?)null), (opening!.Cap, opening.Earlier, opening.WhyNot));

        var first = await Contracts.DraftAddOnAsync(original, "增加键盘", Draft(300m), op);
        var second = await Contracts.DraftAddOnAsync(original, "增加鼠标", Draft(180m), op);
        var thrown = await Assert.ThrowsAsync<DomainException>(() => Contracts.DraftAddOnAsync(original, "增加鼠标垫", Draft(0.01m), op));
        Assert.Contains("480.01", thrown.Message);
        Assert.Contains("第四十九条", thrown.Message);
        Assert.Equal(Money.Zero, (await Contracts.StartAddOnAsync(original, op))!.Remaining);

        var overOnRevision = await Assert.ThrowsAsync<DomainException>(() => Contracts.ReviseAsync(second.Id, Draft(180.01m), op));
        Assert.Contains("480.01", overOnRevision.Message);
        await Contracts.ReviseAsync(second.Id, Draft(170m), op);

        var view = (await Contracts.GetAsync(original, op))!;
        Assert.Equal([first.Id, second.Id], view.AddOns.Select(a => a.Id));
        Assert.Equal(Money.FromYuan(170m), view.AddOns[1].Amount);

        await Contracts.SendAsync(first.Id, op);
        await Contracts.ConfirmAsync(first.Id, ContractParty.Purchaser, op);
        await Contracts.ConfirmAsync(first.Id, ContractParty.Supplier, supplier);
        await Contracts.PublishAsync(first.Id, op);
        var addOn = (await Contracts.GetAsync(first.Id, op))!;
        Assert.Equal(ContractStatus.Published, addOn.Contract.Status);
        Assert.False(addOn.Steps.Allows(ContractAction.DraftAddOn));

        await using var db = Store.Db();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Type == AuditEventType.ContractAddOnDrafted));
    }

    [Fact]
    public async Task An_add_on_is_refused_before_the_original_is_signed_and_to_anyone_but_its_purchaser()
    {
        var op = await mall.OperatorAsync();
        var supplier = await mall.SupplierAsync(0);
        var draft = await DraftedAsync(op, supplier);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Contracts.DraftAddOnAsync(draft, "增加键盘", Draft(10m), op));
        Assert.Equal(GovContract.NotSignedYet.ToException().Message, refused.Message);
        Assert.Equal(GovContract.NotSignedYet, (await Contracts.StartAddOnAsync(draft, op))!.WhyNot);

        var (signed, _, _) = await SignedAsync();
        await Assert.ThrowsAsync<DomainException>(() => Contracts.DraftAddOnAsync(signed, "增加键盘", Draft(10m), supplier));
    }

    private async Task<Guid> DraftedAsync(Actor op, Actor supplier)
    {
        var plan = await mall.FiledPlanAsync();
        Guid listing;
        await using (var db = Store.Db())
        {
            listing = await db.Listings.Where(l => l.SupplierId == supplier.OrganizationId).Select(l => l.Id).FirstAsync();
        }

        var orders = Store.Get<MallOrders>();
        var order = await orders.PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, 1)]), op);
        await orders.ConfirmAsync(order.Id, supplier);
        return (await Contracts.DraftAsync(ContractSubject.ForOrder(order.Id), Draft(4_800m), op)).Id;
    }

    private async Task<(Guid Id, Actor Operator, Actor Supplier)> SignedAsync()
    {
        var op = await mall.OperatorAsync();
        var supplier = await mall.SupplierAsync(0);
        var id = await DraftedAsync(op, supplier);
        await Contracts.SendAsync(id, op);
        await Contracts.ConfirmAsync(id, ContractParty.Purchaser, op);
        await Contracts.ConfirmAsync(id, ContractParty.Supplier, supplier);
        return (id, op, supplier);
    }
}

using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Contracts;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>A contract's page over the store: its terms in words, both confirmations, its deadlines with their rules, and the steps the domain offers each party.</summary>
public sealed class ContractPageTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<GovContracts>());
        Services.AddSingleton(Store.Get<GovProcurement.Domain.Bonds.BondDesk>());
        Services.AddScoped<CurrentActor>();
    }

    private MallScenario Mall => new(Store.Services, new ProjectScenario(Store.Services));

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    /// <summary>A direct purchase of two desktops the supplier confirmed, and the contract the operator drafts from it.</summary>
    private async Task<GovContract> DraftedAsync()
    {
        var mall = Mall;
        var plan = await mall.FiledPlanAsync(50_000m);
        var listing = (await Store.Get<ListingDesk>().MineAsync(await mall.SupplierAsync(0))).Rows.Single().Id;
        var order = await Store.Get<MallOrders>().PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, 2)]), await mall.OperatorAsync());
        var contracts = Store.Get<GovContracts>();
        var op = await mall.OperatorAsync();
        Assert.Equal("供应商确认订单后才能起草合同。", (await contracts.OpeningForOrderAsync(order.Id, op))!.WhyNot!.Why.Zh);
        await Store.Get<MallOrders>().ConfirmAsync(order.Id, await mall.SupplierAsync(0));
        var start = (await contracts.StartAsync(ContractSubject.ForOrder(order.Id), op))!.Value;
        Assert.True(start.Opening.IsAvailable);
        var draft = new ContractDraft(new BankAccount("中国工商银行江门分行", "2012000012345678"), new BankAccount("中国建设银行江门分行", "44050000567800"),
            start.Items, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), "江门市第一中学",
            [new ContractInstalment(10_000, PaymentCondition.OnAcceptance)], 30, false, Sme: true, Financing: false, PerformanceBondShare: 500);
        var contract = await contracts.DraftAsync(ContractSubject.ForOrder(order.Id), draft, op);
        Assert.False((await contracts.OpeningForOrderAsync(order.Id, op))!.IsAvailable);
        return contract;
    }

    private static string[] Buttons(IRenderedComponent<ContractPage> page) => page.FindAll("button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0).ToArray();

    // Found and clicked in one step on the renderer's dispatcher, so no render comes between (see ChallengeComponentTest.Click).
    private static void Click(IRenderedComponent<ContractPage> page, string label) =>
        page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == label).Click()).GetAwaiter().GetResult();

    [Fact]
    public async Task The_purchaser_sends_both_parties_confirm_and_the_regulator_files_with_each_step_offered_only_to_its_party()
    {
        var contract = await DraftedAsync();
        var op = await Mall.OperatorAsync();
        SignIn(op);
        Render<MudSnackbarProvider>();

        var page = Render<ContractPage>(p => p.Add(x => x.Id, contract.Id));
        page.WaitForAssertion(() => Assert.Equal($"合同 {contract.Number}", page.Find("h1").TextContent.Trim()));
        Assert.Contains("大写：人民币玖仟陆佰元整", page.Find("[data-testid=contract-amount]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["修改合同", "发送供应商"], Buttons(page));
        Assert.Contains("第四十六条", page.Find("[data-testid=contract-deadlines]").TextContent, StringComparison.Ordinal);

        Click(page, "发送供应商");
        page.WaitForAssertion(() => Assert.Equal(["修改合同", "采购人确认"], Buttons(page)));
        Click(page, "采购人确认");
        page.WaitForAssertion(() => Assert.Contains("文本摘要 SHA-256", page.Find("[data-testid=confirmation-Purchaser]").TextContent, StringComparison.Ordinal));
        Assert.Contains("尚未确认当前文本", page.Find("[data-testid=confirmation-Supplier]").TextContent, StringComparison.Ordinal);

        var contracts = Store.Get<GovContracts>();
        var supplier = await Mall.SupplierAsync(0);
        Assert.Equal([ContractAction.ConfirmAsSupplier], (await contracts.GetAsync(contract.Id, supplier))!.Steps.Available);
        await contracts.ConfirmAsync(contract.Id, ContractParty.Supplier, supplier);
        await contracts.PublishAsync(contract.Id, op);

        var regulator = await new ProjectScenario(Store.Services).ActorAsync(ProjectScenario.Regulator);
        var filed = await contracts.GetAsync(contract.Id, regulator);
        Assert.Equal([ContractAction.File, ContractAction.Return], filed!.Steps.Available);
        Assert.Equal(3, filed.Deadlines.Count);
        await contracts.FileAsync(contract.Id, regulator);

        var after = Render<ContractPage>(p => p.Add(x => x.Id, contract.Id));
        after.WaitForAssertion(() => Assert.Contains("已备案", after.Find(".mud-chip").TextContent, StringComparison.Ordinal));
        Assert.Equal(["要求履约保证金", "签订补充合同"], Buttons(after));
        Assert.Contains("第五十条", after.Find("[data-testid=contract-deadlines]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_contract_offers_an_add_on_within_its_cap_and_lists_it_and_the_add_on_names_its_original()
    {
        var contract = await DraftedAsync();
        var op = await Mall.OperatorAsync();
        var contracts = Store.Get<GovContracts>();
        await contracts.SendAsync(contract.Id, op);
        await contracts.ConfirmAsync(contract.Id, ContractParty.Purchaser, op);
        await contracts.ConfirmAsync(contract.Id, ContractParty.Supplier, await Mall.SupplierAsync(0));
        SignIn(op);
        Render<MudSnackbarProvider>();

        Services.GetRequiredService<NavigationManager>().NavigateTo($"/contracts/new?parent={contract.Id}");
        var draftPage = Render<ContractDraftPage>();
        draftPage.WaitForAssertion(() => Assert.Contains($"签订补充合同（原合同 {contract.Number}）", draftPage.Find("h1").TextContent, StringComparison.Ordinal));
        var cap = draftPage.Find("[data-testid=addon-cap]").TextContent;
        Assert.Contains("¥960.00", cap, StringComparison.Ordinal);
        Assert.Contains("第四十九条", cap, StringComparison.Ordinal);
        Assert.Contains("不超过合同金额的 10%。《中华人民共和国政府采购法实施条例》第四十八条", draftPage.Markup, StringComparison.Ordinal);

        var addOn = await contracts.DraftAddOnAsync(contract.Id, "增加显示器支架", new ContractDraft(new BankAccount("中国工商银行江门分行", "2012000012345678"),
            new BankAccount("中国建设银行江门分行", "44050000567800"), [new ContractItem("显示器支架", "个", 2, Money.FromYuan(480m))], new DateOnly(2026, 12, 1),
            new DateOnly(2026, 12, 31), "江门市第一中学", [new ContractInstalment(10_000, PaymentCondition.OnAcceptance)], 30, false, Sme: true, Financing: false), op);

        var original = Render<ContractPage>(p => p.Add(x => x.Id, contract.Id));
        original.WaitForAssertion(() => Assert.Contains(addOn.Number, original.Find("[data-testid=contract-addons]").TextContent, StringComparison.Ordinal));
        Assert.Contains("增加显示器支架", original.Find("[data-testid=contract-addons]").TextContent, StringComparison.Ordinal);
        Assert.Contains($"履约保证金：合同金额的 5%，{contract.PerformanceBond}", original.Markup, StringComparison.Ordinal);
        Assert.Contains("签订补充合同", Buttons(original));

        var child = Render<ContractPage>(p => p.Add(x => x.Id, addOn.Id));
        child.WaitForAssertion(() => Assert.Contains(contract.Number, child.Find("[data-testid=contract-parent]").TextContent, StringComparison.Ordinal));
        Assert.Equal(["修改合同", "发送供应商"], Buttons(child));
    }

    [Fact]
    public async Task A_stranger_does_not_see_the_contract_and_the_supplier_cannot_confirm_a_draft()
    {
        var contract = await DraftedAsync();
        SignIn(await Mall.SupplierAsync(1));

        var page = Render<ContractPage>(p => p.Add(x => x.Id, contract.Id));
        page.WaitForAssertion(() => Assert.Equal("合同不存在或无权查看。", page.Find("[role=status]").TextContent.Trim()));

        var owner = await Mall.SupplierAsync(0);
        await Assert.ThrowsAsync<DomainException>(() => Store.Get<GovContracts>().ConfirmAsync(contract.Id, ContractParty.Supplier, owner));
    }
}

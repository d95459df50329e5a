using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Contracts;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Payments;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The performance bond panel on the page of a contract drafted from an e-mall order: the purchaser sees the bond the
/// contract states and the cap, and requires it, the supplier records paying it, the purchaser confirms and refunds it, each button only where the
/// domain offers the step; a draft contract, and one that states no bond, show no panel.
/// </summary>
public sealed class ContractBondPanelTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<GovContracts>());
        Services.AddSingleton(Store.Get<BondDesk>());
        Services.AddScoped<CurrentActor>();
    }

    private PaymentScenario Scenario => new(Store, new ProjectScenario(Store.Services));

    private Bunit.TestDoubles.BunitAuthorizationContext? auth;

    private void SignIn(Actor actor)
    {
        auth ??= AddAuthorization();
        auth.SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));
    }

    private IRenderedComponent<ContractPage> Open(Guid id)
    {
        var page = Render<ContractPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("h1")));
        return page;
    }

    private static string[] PanelButtons(IRenderedComponent<ContractPage> page) =>
        page.FindAll("[data-testid=performance-bond-panel] button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0).ToArray();

    /// <summary>The input of a field (MudBlazor puts the field's attributes on the input itself).</summary>
    private static AngleSharp.Dom.IElement Input(IRenderedComponent<ContractPage> page, string testId) =>
        page.Find($"input[data-testid={testId}], [data-testid={testId}] input");

    [Fact]
    public async Task The_purchaser_requires_the_bond_the_supplier_pays_it_and_the_purchaser_confirms_and_refunds_it_on_the_contract_page()
    {
        var s = Scenario;
        var op = await s.Mall.OperatorAsync();
        var supplier = await s.Mall.SupplierAsync(0);
        var withBond = PaymentScenario.Draft() with { PerformanceBondShare = 500 };
        var draft = await s.ContractAsync(sign: false, draft: withBond);
        var noTerm = await s.ContractAsync();
        var id = await s.ContractAsync(draft: withBond);
        SignIn(op);
        Render<MudSnackbarProvider>();
        Assert.Empty(Open(draft).FindAll("[data-testid=performance-bond-panel]"));
        Assert.Empty(Open(noTerm).FindAll("[data-testid=performance-bond-panel]"));
        var page = Open(id);
        page.WaitForAssertion(() => Assert.Contains("合同约定 合同金额的 5%，¥240.00 · 上限 ¥480.00", page.Find("[data-testid=performance-bond-cap]").TextContent, StringComparison.Ordinal));
        Assert.Contains("第四十八条", page.Find("[data-testid=performance-bond-panel]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["要求履约保证金"], PanelButtons(page));
        page.Find("[data-testid=require-performance-bond]").Click();
        page.WaitForAssertion(() => Assert.Equal("待缴纳", page.Find("[data-testid=performance-bond-status]").TextContent.Trim()));
        Assert.Empty(PanelButtons(page));

        SignIn(supplier);
        var supplierPage = Open(id);
        supplierPage.WaitForAssertion(() => Assert.Equal(["登记缴纳"], PanelButtons(supplierPage)));
        Input(supplierPage, "payment-reference").Change("BH-2026-0001");
        supplierPage.Find("[data-testid=record-payment]").Click();
        supplierPage.WaitForAssertion(() => Assert.Equal("已缴纳，待确认收到", supplierPage.Find("[data-testid=performance-bond-status]").TextContent.Trim()));
        Assert.Empty(PanelButtons(supplierPage));

        SignIn(op);
        var purchaserPage = Open(id);
        purchaserPage.WaitForAssertion(() => Assert.Equal(["确认收到"], PanelButtons(purchaserPage)));
        purchaserPage.Find("[data-testid=confirm-receipt]").Click();
        purchaserPage.WaitForAssertion(() => Assert.Equal(["退还保证金"], PanelButtons(purchaserPage)));
        Assert.Contains("2027-04-08", purchaserPage.Find("[data-testid=refund-due]").TextContent, StringComparison.Ordinal);
        Assert.Contains("合同履行期限届满（2027-03-31）", purchaserPage.Find("[data-testid=refund-due]").TextContent, StringComparison.Ordinal);
        Input(purchaserPage, "refund-reference").Change("TH-2027-0001");
        purchaserPage.Find("[data-testid=refund]").Click();
        purchaserPage.WaitForAssertion(() => Assert.Equal("已退还", purchaserPage.Find("[data-testid=performance-bond-status]").TextContent.Trim()));
        Assert.Empty(PanelButtons(purchaserPage));
    }
}

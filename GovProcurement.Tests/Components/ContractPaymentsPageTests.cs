using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Payments;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Payments;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Payments;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The "合同支付" page of a contract: its parties read the heading with the contract's number, a way back to the contract and
/// the payment panel (the operator with the record form, the supplier without); anyone else is told the contract is not
/// found and sees no schedule.
/// </summary>
public sealed class ContractPaymentsPageTests : ProjectComponentTest
{
    protected override void ConfigureStore(IServiceCollection services) => services.AddSingleton<IContractMilestones, FakeContractMilestones>();

    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<ContractPayments>());
        Services.AddSingleton(Store.Get<IContractMilestones>());
        Services.AddScoped<CurrentActor>();
    }

    private PaymentScenario Scenario => new(Store, new ProjectScenario(Store.Services));

    private Bunit.TestDoubles.BunitAuthorizationContext? auth;

    private void SignIn(Actor actor)
    {
        auth ??= AddAuthorization();
        auth.SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));
    }

    private IRenderedComponent<ContractPaymentsPage> Open(Guid id) => Render<ContractPaymentsPage>(p => p.Add(x => x.Id, id));

    [Fact]
    public async Task The_operator_reads_the_contracts_payments_under_its_number_with_the_form_and_a_way_back()
    {
        var s = Scenario;
        var id = await s.ContractAsync();
        var op = await s.Mall.OperatorAsync();
        var number = (await Store.Get<ContractPayments>().GetAsync(id, op))!.Contract.Number;
        SignIn(op);

        var page = Open(id);

        page.WaitForAssertion(() => Assert.Equal($"合同支付 {number}", page.Find("h1").TextContent.Trim()));
        Assert.Equal($"/contracts/{id}", page.FindAll("a").Single(a => a.TextContent.Trim() == "返回合同").GetAttribute("href"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=payment-form]")));
        Assert.NotEmpty(page.FindAll("[data-testid=instalment-1]"));
        Assert.Empty(page.FindAll("[role=status]"));
    }

    [Fact]
    public async Task The_supplier_reads_the_page_without_the_record_form()
    {
        var s = Scenario;
        var id = await s.ContractAsync();
        SignIn(await s.Mall.SupplierAsync(0));

        var page = Open(id);

        page.WaitForAssertion(() => Assert.StartsWith("合同支付 ", page.Find("h1").TextContent.Trim(), StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=instalment-1]")));
        Assert.Empty(page.FindAll("[data-testid=payment-form]"));
        Assert.Empty(page.FindAll("button"));
    }

    [Fact]
    public async Task Another_supplier_is_told_the_contract_is_not_found_and_sees_no_schedule()
    {
        var s = Scenario;
        var id = await s.ContractAsync();
        SignIn(await s.Mall.SupplierAsync(1));

        var page = Open(id);

        page.WaitForAssertion(() => Assert.Equal("合同不存在或无权查看。", page.Find("[role=status]").TextContent.Trim()));
        Assert.Empty(page.FindAll("h1"));
        Assert.Empty(page.FindAll("[data-testid=payment-panel]"));
        Assert.DoesNotContain("返回合同", page.Markup, StringComparison.Ordinal);
    }
}

using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Acceptance;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Acceptance;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The acceptance page over the store: the forms and buttons are the steps the domain offers each party, and a step taken on the page shows its record.</summary>
public sealed class AcceptancePageTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<ContractAcceptances>());
        Services.AddScoped<CurrentActor>();
    }

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    private static string[] Buttons(IRenderedComponent<ContractAcceptancePage> page) =>
        page.FindAll("button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0).ToArray();

    [Fact]
    public async Task The_purchaser_records_the_delivery_on_the_page_and_is_offered_the_next_step()
    {
        var (id, op, _) = await AcceptanceArrangement.ContractAsync(Store, new ProjectScenario(Store.Services));
        SignIn(op);
        Render<MudSnackbarProvider>();

        var page = Render<ContractAcceptancePage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.StartsWith("合同 ", page.Find("h1").TextContent.Trim()));
        Assert.NotEmpty(page.FindAll("[data-testid=delivery-form]"));
        Assert.Empty(page.FindAll("[data-testid=plan-form]"));
        Assert.Empty(page.FindAll("[data-testid=acceptance-pdf]"));

        page.Find("[data-testid=record-delivery]").Click();

        page.WaitForAssertion(() => Assert.Contains("确认交付完毕", Buttons(page)));
        Assert.Empty(page.FindAll("[data-testid=delivery-form]"));
        Assert.NotEmpty(page.FindAll("[data-testid=acceptance-deliveries]"));
        Assert.NotEmpty(page.FindAll("[data-testid=acceptance-pdf]"));
        Assert.Equal(AcceptanceStatus.Delivering, (await Store.Get<ContractAcceptances>().GetAsync(id, op))!.Acceptance.Status);
    }

    [Fact]
    public async Task The_supplier_is_offered_only_its_confirmation_and_sees_it_recorded_with_the_digest()
    {
        var (id, op, supplier) = await AcceptanceArrangement.ContractAsync(Store, new ProjectScenario(Store.Services));
        await AcceptanceArrangement.ConcludedAsync(Store.Get<ContractAcceptances>(), id, op, Time.TodayInChina(), passed: true);
        SignIn(supplier);
        Render<MudSnackbarProvider>();

        var page = Render<ContractAcceptancePage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Contains("供应商确认验收书", Buttons(page)));
        Assert.Empty(page.FindAll("[data-testid=delivery-form]"));
        Assert.Empty(page.FindAll("[data-testid=plan-form]"));
        Assert.Empty(page.FindAll("[data-testid=result-form]"));
        Assert.DoesNotContain("采购人确认验收书", Buttons(page));
        Assert.Contains("合格", page.Find("[data-testid=acceptance-result]").TextContent, StringComparison.Ordinal);

        page.FindAll("button").Single(b => b.TextContent.Trim() == "供应商确认验收书").Click();

        page.WaitForAssertion(() => Assert.Contains("SHA-256", page.Find("[data-testid=acceptance-confirmation-Supplier]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("供应商确认验收书", Buttons(page));
    }
}

using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Portal.Accounts;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Portal.Components.Workspaces.Mall.Frameworks;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Mall.Frameworks;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The framework pages render the domain's answer: a closed agreement in force offers its agency no
/// admission and says why; an admitted supplier is offered the quote of a second competition, checked
/// against its agreement price at the field; the purchaser is offered no quote.
/// </summary>
public sealed class FrameworkPagesTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<FrameworkAgreements>());
        Services.AddSingleton(Store.Get<FrameworkCallOffs>());
        Services.AddSingleton(Store.Get<FrameworkQueries>());
        Services.AddScoped<CurrentActor>();
    }

    private FrameworkScenario Frameworks => new(Store.Services, new ProjectScenario(Store.Services));

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    [Fact]
    public async Task A_closed_agreement_in_force_shows_its_agency_the_suppliers_in_rotation_order_and_why_no_supplier_may_join()
    {
        var agreement = await Frameworks.InForceAsync(FrameworkKind.Closed);
        SignIn(await Frameworks.AgencyAsync());

        var page = Render<FrameworkPage>(p => p.Add(x => x.Id, agreement.Id));

        page.WaitForAssertion(() => Assert.Equal("生效", page.Find("[data-testid=framework-status]").TextContent.Trim()));
        Assert.Equal(["1", "2", "3"], page.FindAll("[data-testid=framework-suppliers] tbody tr td:first-child").Select(c => c.TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=framework-admission]"));
        Assert.Empty(page.FindAll("[data-testid=framework-editor]"));
        Assert.Contains("封闭式框架协议在有效期内不得增加入围供应商", page.Find("[data-testid=admission-refused]").TextContent);
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains("终止协议"));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("协议生效"));
    }

    [Fact]
    public async Task An_admitted_supplier_is_offered_the_quote_and_a_price_above_its_agreement_price_is_told_at_the_field()
    {
        var agreement = await Frameworks.InForceAsync();
        var plan = await Frameworks.FiledPlanAsync(50_000m);
        var callOff = await Frameworks.CallOffs.CallOffAsync(FrameworkScenario.Second(plan, agreement, Time.GetUtcNow().UtcDateTime.AddHours(24)), await Frameworks.OperatorAsync());
        SignIn(await Frameworks.SupplierAsync(0));
        Render<MudSnackbarProvider>();

        var page = Render<CallOffPage>(p => p.Add(x => x.Id, callOff.Id));

        page.WaitForAssertion(() => Assert.Contains("贵公司报价单价（不高于 ¥4,500.00）", page.Markup));
        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Contains("贵公司报价单价") == true).QuerySelector("input")!.Change("4500.01");
        await page.InvokeAsync(() => page.FindAll("button").First(b => b.TextContent.Contains("提交报价")).Click());
        page.WaitForAssertion(() => Assert.Contains("报价不能高于协议价格 ¥4,500.00", page.Markup));
        Assert.Empty((await Frameworks.CallOffs.GetAsync(callOff.Id, await Frameworks.OperatorAsync()))!.Value.CallOff.Quotes);
    }

    [Fact]
    public async Task The_purchaser_sees_its_second_competition_sealed_and_is_offered_the_withdrawal_but_no_quote()
    {
        var agreement = await Frameworks.InForceAsync();
        var plan = await Frameworks.FiledPlanAsync(50_000m);
        var op = await Frameworks.OperatorAsync();
        var callOff = await Frameworks.CallOffs.CallOffAsync(FrameworkScenario.Second(plan, agreement, Time.GetUtcNow().UtcDateTime.AddHours(24)), op);
        SignIn(op);

        var page = Render<CallOffPage>(p => p.Add(x => x.Id, callOff.Id));

        page.WaitForAssertion(() => Assert.Equal("竞价中", page.Find("[data-testid=calloff-status]").TextContent.Trim()));
        Assert.Contains("报价截止前报价保密", page.Markup);
        Assert.DoesNotContain("贵公司报价单价", page.Markup);
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains("撤回二次竞价"));
    }
}

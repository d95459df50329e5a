using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Organization;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The contact form in a purchaser's workspace: it shows the unit's contact, refuses a bad phone with its reason at the field and saves a good one.</summary>
public sealed class OrganizationContactPageTests : StoreComponentTest
{
    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<OrganizationContacts>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        await using var db = Store.Db();
        var unit = await db.Organizations.SingleAsync(o => o.Name == "江门市第一中学");
        var auth = AddAuthorization();
        auth.SetAuthorized(ProjectScenario.Operator);
        auth.SetRoles(Roles.PurchaserOperator);
        auth.SetClaims(new Claim(PortalClaims.OrganizationId, unit.Id.ToString()));
    }

    [Fact]
    public void The_unit_sees_its_contact_and_a_bad_phone_is_refused_before_a_good_one_is_saved()
    {
        var snackbar = Render<MudSnackbarProvider>();
        var page = Render<OrganizationContactPage>();
        page.WaitForAssertion(() => Assert.Contains("江门市第一中学的联系人", page.Markup));
        var inputs = page.FindAll("input");
        Assert.Equal(["黄志强", "0750-3501002", "江门市蓬江区育德街 1 号"], inputs.Select(i => i.GetAttribute("value")));

        inputs[1].Change("12345");
        page.Find("button").Click();
        // The validator's message stands at the phone field, and nothing was sent to be saved.
        page.WaitForAssertion(() => Assert.Contains("联系电话应为 11 位手机号码", page.FindAll(".mud-input-control")[1].TextContent));
        var fields = page.FindAll(".mud-input-control");
        Assert.Equal([false, true, false], fields.Select(f => f.QuerySelector(".mud-input-error") is not null));
        Assert.DoesNotContain("联系电话应为", snackbar.Markup);

        page.FindAll("input")[1].Change("13800138000");
        page.Find("button").Click();
        page.WaitForAssertion(() => Assert.Contains("最近修改", page.Find("[data-testid=contact-updated]").TextContent));
        using var db = Store.Db();
        Assert.Equal("13800138000", db.OrganizationContacts.Single(c => c.Person == "黄志强").Phone);
    }
}

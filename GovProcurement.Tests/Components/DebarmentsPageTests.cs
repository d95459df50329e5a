using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Regulator;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The debarment form: the validator's errors stand at their fields and nothing is stored until the form is valid.</summary>
public sealed class DebarmentsPageTests : StoreComponentTest
{
    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<SupplierDebarments>());
        Services.AddSingleton(Store.Get<TimeProvider>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        await using var db = Store.Db();
        var regulator = await db.Organizations.SingleAsync(o => o.Name == "江门市财政局");
        var auth = AddAuthorization();
        auth.SetAuthorized(ProjectScenario.Regulator);
        auth.SetRoles(Roles.Regulator);
        auth.SetClaims(new Claim(PortalClaims.OrganizationId, regulator.Id.ToString()));
    }

    [Fact]
    public void A_bad_code_and_a_missing_reason_are_shown_at_their_fields_and_nothing_is_stored_until_they_are_fixed()
    {
        Render<MudSnackbarProvider>();
        var page = Render<DebarmentsPage>();
        page.FindAll("input")[0].Change("123");
        AddButton(page).Click();

        page.WaitForAssertion(() => Assert.Contains("统一社会信用代码", Field(page, 0)));
        Assert.Contains("请填写理由", Field(page, 3));
        Assert.Equal([true, false, false, true], page.FindAll(".mud-input-control").Take(4).Select(f => f.QuerySelector(".mud-input-error") is not null));
        using (var db = Store.Db())
        {
            Assert.Empty(db.SupplierDebarments);
        }

        page.FindAll("input")[0].Change(ProjectScenario.SmallSupplier);
        page.FindAll("input")[3].Change("提供虚假材料谋取中标");
        AddButton(page).Click();

        page.WaitForAssertion(() => Assert.Contains("提供虚假材料谋取中标", page.Find("table").TextContent));
        Assert.DoesNotContain(page.FindAll(".mud-input-control").Take(4), f => f.QuerySelector(".mud-input-error") is not null);
    }

    private static AngleSharp.Dom.IElement AddButton(IRenderedComponent<DebarmentsPage> page) =>
        page.FindAll("button").Single(b => b.TextContent.Contains("列入禁止参加政府采购活动名单"));

    private static string Field(IRenderedComponent<DebarmentsPage> page, int index) => page.FindAll(".mud-input-control")[index].TextContent;
}

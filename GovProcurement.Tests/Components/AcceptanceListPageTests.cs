using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Common;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Acceptance;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Acceptance;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The acceptance list page over the store: the purchaser's acceptances with both confirmations in Beijing time and links to each acceptance, filtered by status; the regulator gets the register's link.</summary>
public sealed class AcceptanceListPageTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<AcceptanceList>());
        Services.AddScoped<CurrentActor>();
    }

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    [Fact]
    public async Task The_purchaser_sees_each_acceptance_with_its_confirmations_in_beijing_time_and_filters_by_status()
    {
        var scenario = new ProjectScenario(Store.Services);
        var acceptances = Store.Get<ContractAcceptances>();
        var (delivering, op, _) = await AcceptanceArrangement.ContractAsync(Store, scenario);
        await acceptances.RecordDeliveryAsync(delivering, new DeliveryDraft(Time.TodayInChina(), [new DeliveryLine(1, 1)], null), op);
        var (concluded, _, _) = await AcceptanceArrangement.ContractAsync(Store, scenario);
        await AcceptanceArrangement.ConcludedAsync(acceptances, concluded, op, Time.TodayInChina(), passed: true);
        await acceptances.ConfirmAsync(concluded, GovProcurement.Domain.Contracts.ContractParty.Purchaser, op);
        SignIn(op);
        var popovers = Render<MudPopoverProvider>();

        var page = Render<AcceptanceListPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=acceptance-list] tbody tr").Count));
        Assert.Equal("履约验收列表", page.Find("h1").TextContent.Trim());
        var rows = page.FindAll("[data-testid=acceptance-list] tbody tr");
        var concludedRow = rows.Single(r => r.QuerySelector($"a[href='/contracts/{concluded}/acceptance']") is not null);
        var cells = concludedRow.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Contains("待双方确认验收书", cells);
        Assert.Contains("合格", cells);
        Assert.Contains("2026-11-27 09:00", cells); // confirmed at 01:00 UTC, shown in Beijing time
        Assert.Contains("尚未确认", cells);
        var deliveringRow = rows.Single(r => r.QuerySelector($"a[href='/contracts/{delivering}/acceptance']") is not null);
        Assert.Contains("交付中", deliveringRow.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));

        page.Find(".mud-select .mud-input-control").MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == "待双方确认验收书").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=acceptance-list] tbody tr")));
        Assert.NotNull(page.Find($"a[href='/contracts/{concluded}/acceptance']"));
    }

    [Fact]
    public async Task The_regulator_is_pointed_to_the_acceptance_register_of_its_reports()
    {
        SignIn(await new ProjectScenario(Store.Services).ActorAsync(ProjectScenario.Regulator));

        var page = Render<AcceptanceListPage>();
        page.WaitForAssertion(() => Assert.Equal("/regulator/reports", page.Find("[data-testid=acceptance-register-link] a").GetAttribute("href")));
        Assert.Empty(page.FindAll("[data-testid=acceptance-list]"));
    }
}

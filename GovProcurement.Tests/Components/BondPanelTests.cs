using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Common;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Bonds;
using GovProcurement.Tests.Bonds;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The bid bond panel of a project (BondPanel with its BondActions): before the announcement the agency states the bid bond
/// within the cap (an amount over it is refused with the cap and stores nothing), a supplier is offered no such step; once
/// announced each registered supplier records paying its own bond, the agency confirms receipt, each button only for the
/// actor the domain offers it; after the bid deadline an unpaid bond says why it can no longer be paid.
/// </summary>
public sealed class BondPanelTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<BondDesk>());
        auth = AddAuthorization();
    }

    private BondStory Story => new(Store, new ProjectScenario(Store.Services), Time);

    private Bunit.TestDoubles.BunitAuthorizationContext? auth;

    private void SignIn(Actor actor)
    {
        auth!.SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));
    }

    private IRenderedComponent<BondPanel> Open(Guid project, Actor actor)
    {
        SignIn(actor);
        var panel = Render<BondPanel>(p => p.Add(x => x.ProjectId, project).Add(x => x.Actor, actor));
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("h2")));
        return panel;
    }

    private static string[] Buttons(IRenderedComponent<BondPanel> panel, string? within = null) =>
        panel.FindAll($"{within ?? "[data-testid=bond-panel]"} button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0).ToArray();

    private static IElement Field(IRenderedComponent<BondPanel> panel, string label, string? within = null) =>
        panel.FindAll($"{within ?? ""} .mud-input-control").First(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input")!;

    private static string Row(IRenderedComponent<BondPanel> panel, string supplier) =>
        panel.FindAll("[data-testid=bond-list] tbody tr").Single(r => r.QuerySelectorAll("td")[1].TextContent.Trim() == supplier).TextContent;

    [Fact]
    public async Task The_agency_states_the_bid_bond_within_the_cap_an_amount_over_it_is_refused_and_a_supplier_is_offered_no_such_step()
    {
        var s = Story;
        var project = await new ProjectScenario(Store.Services).PreparedProjectAsync();
        var snackbar = Render<MudSnackbarProvider>();

        var supplierView = Open(project, await s.WinnerAsync());
        Assert.Empty(Buttons(supplierView));
        Assert.Contains("不要求", supplierView.Find("[data-testid=bond-lines] tbody").TextContent, StringComparison.Ordinal);

        var panel = Open(project, await s.AgencyAsync());
        Assert.Equal(["设置投标保证金"], Buttons(panel));
        Assert.Contains("¥1,600,000.00", panel.Find("[data-testid=bond-lines] tbody").TextContent, StringComparison.Ordinal);
        Assert.Contains("¥32,000.00", panel.Find("[data-testid=bond-lines] tbody").TextContent, StringComparison.Ordinal);
        Assert.Contains("第三十三条", panel.Find("[data-testid=bond-panel]").TextContent, StringComparison.Ordinal);
        Assert.Equal("暂无保证金记录。", panel.Find("[data-testid=no-bonds]").TextContent.Trim());

        await panel.InvokeAsync(() => Field(panel, "金额（元）").Change("32000.01"));
        await panel.InvokeAsync(() => panel.FindAll("button").Single(b => b.TextContent.Trim() == "设置投标保证金").Click());
        snackbar.WaitForAssertion(() => Assert.Contains("投标保证金 ¥32,000.01 超过预算金额 ¥1,600,000.00 的 2%（上限 ¥32,000.00）", snackbar.Markup, StringComparison.Ordinal));
        Assert.Null(Assert.Single((await s.Desk.ForProjectAsync(project, await s.AgencyAsync()))!.Lines).Amount);

        await panel.InvokeAsync(() => Field(panel, "金额（元）").Change("32000"));
        await panel.InvokeAsync(() => panel.FindAll("button").Single(b => b.TextContent.Trim() == "设置投标保证金").Click());
        snackbar.WaitForAssertion(() => Assert.Contains("已办理。", snackbar.Markup, StringComparison.Ordinal));
        Assert.Equal(Money.FromYuan(32_000m), Assert.Single((await s.Desk.ForProjectAsync(project, await s.AgencyAsync()))!.Lines).Amount);

        var read = Open(project, await s.WinnerAsync());
        Assert.Contains("¥32,000.00", read.Find("[data-testid=bond-lines] tbody tr td:last-child").TextContent, StringComparison.Ordinal);
        Assert.Empty(Buttons(read));
    }

    [Fact]
    public async Task Each_registered_supplier_pays_its_own_bond_and_the_agency_confirms_it_each_offered_only_its_own_step()
    {
        var s = Story;
        var (project, _, _) = await s.AnnouncedAsync();
        Render<MudSnackbarProvider>();

        var agency = Open(project, await s.AgencyAsync());
        Assert.Equal("¥32,000.00", agency.Find("[data-testid=bond-lines] tbody tr td:last-child").TextContent.Trim());
        Assert.Empty(Buttons(agency));
        // Both registered suppliers are listed to the agency as still to pay, with no step of its own on them.
        Assert.Contains("待缴纳", Row(agency, Huaxin), StringComparison.Ordinal);
        Assert.Contains("待缴纳", Row(agency, Nanyue), StringComparison.Ordinal);

        var winner = Open(project, await s.WinnerAsync());
        Assert.Equal(["登记缴纳"], Buttons(winner));
        await winner.InvokeAsync(() => Field(winner, "缴纳凭证号（转账流水号、保函或保单编号）").Change("ZH-2026-0001"));
        await winner.InvokeAsync(() => winner.Find("[data-testid=record-payment]").Click());
        winner.WaitForAssertion(() => Assert.Contains("已缴纳，待确认收到", winner.Find("[data-testid=bond-list]").TextContent, StringComparison.Ordinal));
        Assert.Contains("银行转账 2026-11-27 ZH-2026-0001", winner.Find("[data-testid=bond-list]").TextContent, StringComparison.Ordinal);
        Assert.Empty(Buttons(winner));

        var loser = Open(project, await s.LoserAsync());
        Assert.Equal(["登记缴纳"], Buttons(loser));
        Assert.DoesNotContain("ZH-2026-0001", loser.Markup, StringComparison.Ordinal);

        var confirming = Open(project, await s.AgencyAsync());
        var paidRow = $"[data-testid='bond-{Huaxin}-0']";
        Assert.Equal(["确认收到"], Buttons(confirming));
        Assert.Equal(["确认收到"], Buttons(confirming, paidRow));
        await confirming.InvokeAsync(() => confirming.Find("[data-testid=confirm-receipt]").Click());
        confirming.WaitForAssertion(() => Assert.Contains("已确认收到", Row(confirming, Huaxin), StringComparison.Ordinal));
        Assert.Equal(["退还保证金"], Buttons(confirming, paidRow));
        Assert.Contains("待缴纳", Row(confirming, Nanyue), StringComparison.Ordinal);
        Assert.Empty(Buttons(confirming, $"[data-testid='bond-{Nanyue}-0']"));
    }

    private const string Huaxin = "江门市华信电脑科技有限公司";
    private const string Nanyue = "鹤山市南粤办公家具有限公司";

    [Fact]
    public async Task After_the_bid_deadline_an_unpaid_bond_says_why_it_can_no_longer_be_paid()
    {
        var s = Story;
        var (project, _, deadline) = await s.AnnouncedAsync();
        Time.SetUtcNow(deadline.AddHours(1));

        var winner = Open(project, await s.WinnerAsync());

        Assert.Empty(Buttons(winner));
        Assert.Contains("投标保证金应在投标截止时间前缴纳。", winner.Find("[data-testid=payment-closed]").TextContent, StringComparison.Ordinal);
        Assert.Empty(winner.FindAll("[data-testid=payment-reference]"));
    }
}

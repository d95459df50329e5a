using Bunit;
using GovProcurement.Domain.Plans;
using GovProcurement.Portal.Components.Workspaces.Plans;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The plan's action bar renders the domain's answer: exactly the steps available, and why a regulator of another region may not file.</summary>
public sealed class PlanActionsTests : StoreComponentTest
{
    private PlanParties parties = default!;

    protected override Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<PlanQueries>());
        Services.AddSingleton(Store.Get<PlanWorkflow>());
        Services.AddScoped<StepRunner>();
        parties = new PlanParties(Store.Services);
        return Task.CompletedTask;
    }

    private async Task<IRenderedComponent<PlanActions>> RenderAsync(PlanStatus status, PlanParty party, Action? changed = null)
    {
        var actor = await parties.ActorAsync(party);
        var detail = await Store.Get<PlanQueries>().GetAsync(actor, await parties.PlanAsync(status));
        Assert.NotNull(detail);
        return Render<PlanActions>(p => p
            .Add(c => c.Detail, detail)
            .Add(c => c.Actor, actor)
            .Add(c => c.OnChanged, EventCallback.Factory.Create(this, () => changed?.Invoke())));
    }

    private static string[] Buttons(IRenderedComponent<PlanActions> bar) => bar.FindAll("button").Select(b => b.TextContent.Trim()).ToArray();

    [Theory]
    [InlineData(PlanStatus.PendingFiling, PlanParty.OwnRegionRegulator, new[] { "备案", "退回" })]
    [InlineData(PlanStatus.PendingReview, PlanParty.OwnReviewer, new[] { "审核通过并提交备案", "退回" })]
    [InlineData(PlanStatus.Draft, PlanParty.OwnOperator, new[] { "撤销计划" })]
    [InlineData(PlanStatus.Returned, PlanParty.OwnOperator, new[] { "撤销计划" })]
    [InlineData(PlanStatus.PendingReview, PlanParty.OwnOperator, new string[0])]
    [InlineData(PlanStatus.PendingFiling, PlanParty.OwnReviewer, new string[0])]
    [InlineData(PlanStatus.Filed, PlanParty.OwnRegionRegulator, new string[0])]
    [InlineData(PlanStatus.PendingFiling, PlanParty.Admin, new string[0])]
    public async Task It_renders_exactly_the_steps_the_domain_offers(PlanStatus status, PlanParty party, string[] expected)
    {
        var bar = await RenderAsync(status, party);
        bar.WaitForAssertion(() => Assert.Equal(expected, Buttons(bar)));
        Assert.Empty(bar.FindAll("[data-testid=plan-why-not]"));
    }

    [Fact]
    public async Task A_regulator_of_another_region_sees_no_filing_but_which_finance_department_files_it()
    {
        var bar = await RenderAsync(PlanStatus.PendingFiling, PlanParty.ProvinceRegulator);
        bar.WaitForAssertion(() => Assert.Contains("该计划由同级的江门市财政部门备案或退回", bar.Find("[data-testid=plan-why-not]").TextContent));
        Assert.Empty(Buttons(bar));
        Assert.Contains(PlanSteps.FilingCitation, bar.Find("[data-testid=plan-why-not]").TextContent);
    }

    [Fact]
    public async Task The_competent_unit_is_told_the_plan_is_not_its_own()
    {
        var bar = await RenderAsync(PlanStatus.PendingReview, PlanParty.OtherUnitReviewer);
        bar.WaitForAssertion(() => Assert.Equal("只能处理本单位的采购计划。", bar.Find("[data-testid=plan-why-not]").TextContent.Trim()));
        Assert.Empty(Buttons(bar));
    }

    [Fact]
    public async Task Filing_runs_the_use_case_confirms_it_and_tells_the_page_to_reload()
    {
        var snackbar = Render<MudSnackbarProvider>();
        var reloaded = 0;
        var bar = await RenderAsync(PlanStatus.PendingFiling, PlanParty.OwnRegionRegulator, () => reloaded++);
        bar.WaitForAssertion(() => Assert.Equal(["备案", "退回"], Buttons(bar)));

        bar.FindAll("button")[0].Click();
        snackbar.WaitForAssertion(() => Assert.Contains("已办理", snackbar.Markup));
        bar.WaitForAssertion(() => Assert.Equal(1, reloaded));
        Assert.Equal(PlanStatus.Filed, (await parties.LoadAsync(bar.Instance.Detail.Plan.Id)).Status);
    }
}

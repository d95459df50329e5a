using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Intentions;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Intentions;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The unit's intention list offers what the domain answers: drafting to the operator, publishing a draft to the reviewer.</summary>
public sealed class IntentionListTests : StoreComponentTest
{
    private Guid draftId;

    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<GovProcurement.Domain.Intentions.Intentions>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        var parties = new PlanParties(Store.Services);
        var intentions = Store.Get<GovProcurement.Domain.Intentions.Intentions>();
        var form = new IntentionForm("教研室电脑采购", "台式计算机 20 台", Money.FromYuan(100_000m), new DateOnly(2027, 3, 1), true, null);
        draftId = await intentions.DraftAsync(form, await parties.ActorAsync(PlanParty.OwnOperator));
        var published = await intentions.DraftAsync(form with { ProjectName = "校园物业管理服务" }, await parties.ActorAsync(PlanParty.OwnOperator));
        await intentions.PublishAsync(published, await parties.ActorAsync(PlanParty.OwnReviewer));
    }

    private async Task SignInAsync(string userName, string role)
    {
        await using var db = Store.Db();
        var unit = await db.Organizations.SingleAsync(o => o.Name == "江门市第一中学");
        var auth = AddAuthorization();
        auth.SetAuthorized(userName);
        auth.SetRoles(role);
        auth.SetClaims(new Claim(PortalClaims.OrganizationId, unit.Id.ToString()));
    }

    private static string[] Buttons(IRenderedComponent<IntentionList> page) => page.FindAll("button").Select(b => b.TextContent.Trim()).ToArray();

    [Fact]
    public async Task The_operator_may_draft_but_is_offered_no_publishing()
    {
        await SignInAsync(ProjectScenario.Operator, Roles.PurchaserOperator);
        var page = Render<IntentionList>();
        page.WaitForAssertion(() => Assert.Contains("教研室电脑采购", page.Find("tbody").TextContent));
        Assert.Equal(["新建采购意向"], Buttons(page));
    }

    [Fact]
    public async Task The_reviewer_is_offered_publishing_the_draft_alone_and_publishing_runs_the_use_case()
    {
        await SignInAsync(ProjectScenario.Reviewer, Roles.PurchaserReviewer);
        var snackbar = Render<MudSnackbarProvider>();
        var page = Render<IntentionList>();
        page.WaitForAssertion(() => Assert.Equal(["公开"], Buttons(page)));
        Assert.Contains("教研室电脑采购", page.FindAll("tbody tr").Single(row => row.QuerySelector("button") is not null).TextContent);

        page.Find("tbody button").Click();
        snackbar.WaitForAssertion(() => Assert.Contains("采购意向已公开。", snackbar.Markup));
        page.WaitForAssertion(() => Assert.Empty(Buttons(page)));
        await using var db = Store.Db();
        Assert.Equal(IntentionStatus.Published, (await db.Intentions.SingleAsync(i => i.Id == draftId)).Status);
    }
}

using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Components.Workspaces.Projects;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The announcement form runs the use case's validator and shows what fails at its field, without publishing.</summary>
public sealed class AnnouncementFormTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton(Store.Get<ProjectPreparation>());
    }

    [Fact]
    public async Task Additions_too_long_are_shown_at_their_field_and_nothing_is_published()
    {
        var projectId = await Stages.ReachAsync(Stage.Preparing);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        Render<MudPopoverProvider>();
        var changed = 0;
        var detail = (await Store.Get<ProjectQueries>().GetAsync(projectId, agency))!;
        var form = Render<AnnouncementForm>(p => p.Add(x => x.Detail, detail).Add(x => x.Actor, agency).Add(x => x.OnChanged, () => changed++));

        form.WaitForAssertion(() => Assert.Single(form.FindAll("[data-testid=publish-announcement]")));
        form.Find("textarea").Change(new string('补', AnnouncementRequest.AdditionsMaxLength + 1));
        form.Find("[data-testid=publish-announcement]").Click();

        form.WaitForAssertion(() => Assert.Contains("补充说明不超过 2000 字", form.Markup));
        Assert.Equal(0, changed);
        await using var db = Store.Db();
        Assert.Equal(ProjectStatus.Preparing, (await db.Projects.SingleAsync(p => p.Id == projectId)).Status);
    }

    [Fact]
    public async Task A_valid_announcement_is_published()
    {
        var projectId = await Stages.ReachAsync(Stage.Preparing);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var changed = 0;
        var detail = (await Store.Get<ProjectQueries>().GetAsync(projectId, agency))!;
        var form = Render<AnnouncementForm>(p => p.Add(x => x.Detail, detail).Add(x => x.Actor, agency).Add(x => x.OnChanged, () => changed++));

        form.WaitForAssertion(() => Assert.Single(form.FindAll("[data-testid=publish-announcement]")));
        form.Find("[data-testid=publish-announcement]").Click();

        form.WaitForAssertion(() => Assert.Equal(1, changed));
        Assert.DoesNotContain("mud-input-error", form.Markup);
    }
}

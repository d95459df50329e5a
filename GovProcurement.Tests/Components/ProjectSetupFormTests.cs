using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Components.Workspaces.Projects;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The agency's set-up form of an accepted project (its start from the filed plan is tested in <see cref="FiledPlanTermsTests"/>):
/// the lot validator's messages at the lot's fields with nothing saved, a valid set-up saved, and the documents attached.
/// </summary>
public sealed class ProjectSetupFormTests : ProjectComponentTest
{
    private Guid projectId;
    private Actor agency = default!;

    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<IOptions<InputLimits>>());
        Services.AddSingleton(Store.Get<ProjectPreparation>());
    }

    private async Task<(IRenderedComponent<ProjectSetupForm> Form, Func<int> Changed)> FormAsync()
    {
        var scenario = new ProjectScenario(Store.Services);
        var planId = await scenario.FiledPlanAsync();
        var purchaser = await scenario.ActorAsync(ProjectScenario.Operator);
        var entrustment = Store.Get<ProjectEntrustment>();
        var project = await entrustment.EntrustAsync(planId, (await entrustment.ChoicesAsync(planId, purchaser)).Single().Id, purchaser);
        agency = await scenario.ActorAsync(ProjectScenario.Agency);
        await entrustment.AcceptAsync(project.Id, agency);
        projectId = project.Id;
        var changed = 0;
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var detail = (await DetailAsync())!;
        var form = Render<ProjectSetupForm>(p => p.Add(x => x.Detail, detail).Add(x => x.Actor, agency).Add(x => x.OnChanged, () => changed++));
        form.WaitForAssertion(() => Assert.Equal("C1204", Input(form, "品目编码").GetAttribute("value")), TimeSpan.FromSeconds(30));
        return (form, () => changed);
    }

    private Task<ProjectDetail?> DetailAsync() => Store.Get<ProjectQueries>().GetAsync(projectId, agency);

    private static AngleSharp.Dom.IElement Control(IRenderedComponent<ProjectSetupForm> form, string label) =>
        form.FindAll("[data-testid=lot-1] .mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<ProjectSetupForm> form, string label) => Control(form, label).QuerySelector("input")!;

    private static string Helper(IRenderedComponent<ProjectSetupForm> form, string label) =>
        Control(form, label).QuerySelector(".mud-input-error .mud-input-helper-text, .mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";

    private static Task SaveAsync(IRenderedComponent<ProjectSetupForm> form) =>
        form.InvokeAsync(() => form.Find("[data-testid=save-setup]").Click());

    [Fact]
    public async Task A_lot_without_a_name_with_an_unknown_item_and_a_maximum_above_its_budget_is_refused_at_those_fields_and_nothing_is_saved()
    {
        var (form, changed) = await FormAsync();
        Input(form, "采购包名称").Change("");
        Input(form, "品目编码").Change("Z9999");
        Input(form, "最高限价（元）").Change("1700000");

        await SaveAsync(form);

        form.WaitForAssertion(() => Assert.Contains("请填写采购包名称", Helper(form, "采购包名称"), StringComparison.Ordinal));
        Assert.Contains("品目编码“Z9999”不在采购品目目录中。", Helper(form, "品目编码"), StringComparison.Ordinal);
        Assert.Contains("最高限价不得超过预算金额。", Helper(form, "最高限价（元）"), StringComparison.Ordinal);
        Assert.Equal("", Helper(form, "预算金额（元）"));
        Assert.Equal(0, changed());
        Assert.False((await DetailAsync())!.Project.IsSetUp);
    }

    [Fact]
    public async Task A_valid_set_up_is_saved_with_its_lot_and_the_page_told()
    {
        var (form, changed) = await FormAsync();
        Input(form, "采购包名称").Change("校园物业管理");
        Input(form, "最高限价（元）").Change("1550000");

        await SaveAsync(form);

        form.WaitForAssertion(() => Assert.Equal(1, changed()));
        var project = (await DetailAsync())!.Project;
        Assert.True(project.IsSetUp);
        var lot = Assert.Single(project.Lots);
        Assert.Equal(("校园物业管理", "C1204", 1_600_000m, 1_550_000m), (lot.Name, lot.CatalogueCode, lot.Budget.Yuan, lot.MaxPrice.Yuan));
    }

    [Fact]
    public async Task The_procurement_documents_picked_are_attached_to_the_project()
    {
        var (form, changed) = await FormAsync();
        var picker = form.FindComponent<InputFile>();

        await picker.ChooseFilesAsync(InputFileContent.CreateFromText("%PDF-1.4 consultation documents", "磋商文件.pdf", contentType: "application/pdf"));

        form.WaitForAssertion(() => Assert.Equal(1, changed()));
        Assert.Equal("磋商文件.pdf", (await DetailAsync())!.DocumentsName);
    }
}

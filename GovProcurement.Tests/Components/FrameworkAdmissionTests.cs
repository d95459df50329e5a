using Bunit;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Domain.Organizations;
using GovProcurement.Portal.Components.Workspaces.Mall.Frameworks;
using GovProcurement.Tests.Mall.Frameworks;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The agency admits a supplier to a recorded agreement from the supplier library: the button waits for a choice, the
/// library's suppliers are offered (one debarred today is not), and the chosen one is admitted at the
/// agreement prices and the page is told to reload.
/// </summary>
public sealed class FrameworkAdmissionTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<FrameworkAgreements>());
        Services.AddSingleton(Store.Get<FrameworkQueries>());
    }

    private FrameworkScenario Frameworks => new(Store.Services, new ProjectScenario(Store.Services));

    private IRenderedComponent<MudPopoverProvider> popovers = default!;

    private string[] Offered() => popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).ToArray();

    private IElementButton AdmitButton(IRenderedComponent<FrameworkAdmission> admission) => new(admission.FindAll("button").Single(b => b.TextContent.Trim() == "入围"));

    private sealed record IElementButton(AngleSharp.Dom.IElement Element)
    {
        public bool Disabled => Element.HasAttribute("disabled");
    }

    [Fact]
    public async Task The_agency_picks_a_supplier_from_the_library_and_admits_it_and_one_debarred_today_is_not_offered()
    {
        var agency = await Frameworks.AgencyAsync();
        var agreement = await Frameworks.Agreements.RecordAsync(Frameworks.Draft(FrameworkKind.Open), agency);
        await Store.Get<SupplierDebarments>().DebarAsync(ProjectScenario.MicroSupplier, new DateOnly(2026, 6, 1), new DateOnly(2027, 6, 1), "提供虚假材料谋取中标",
            await new ProjectScenario(Store.Services).ActorAsync("440700cz"));
        var admitted = 0;
        popovers = Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();

        var admission = Render<FrameworkAdmission>(p => p.Add(x => x.AgreementId, agreement.Id).Add(x => x.Actor, agency).Add(x => x.OnAdmitted, () => admitted++));

        Assert.Equal("从供应商库选择入围供应商", admission.Find("label").TextContent.Trim());
        Assert.True(AdmitButton(admission).Disabled);
        admission.Find("input").Focus();
        popovers.WaitForAssertion(() => Assert.Equal(["广东粤联物业管理有限公司（91440101MA5CTY6L0C）", "江门市华信电脑科技有限公司（91440703MA51K2Q8XY）"], Offered()), TimeSpan.FromSeconds(10));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains("广东粤联物业管理有限公司")).Click();
        admission.WaitForAssertion(() => Assert.False(AdmitButton(admission).Disabled));
        await admission.InvokeAsync(() => AdmitButton(admission).Element.Click());

        admission.WaitForAssertion(() => Assert.Equal(1, admitted), TimeSpan.FromSeconds(10));
        var stored = (await Frameworks.Agreements.GetAsync(agreement.Id, agency))!.Value.Agreement;
        Assert.Equal(["广东粤联物业管理有限公司"], stored.Suppliers.Select(s => s.SupplierName));
        admission.WaitForAssertion(() => Assert.True(AdmitButton(admission).Disabled));
    }
}

using Bunit;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Portal.Components.Workspaces.Mall.Frameworks;
using GovProcurement.Tests.Mall.Frameworks;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>The agreement editor and the call-off form: what the domain refuses is shown at the field, and a valid form records or calls off.</summary>
public sealed class FrameworkFormsTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton(Store.Get<FrameworkAgreements>());
        Services.AddSingleton(Store.Get<FrameworkQueries>());
        Services.AddEMallPanel(Store);
        Services.AddSingleton<TimeProvider>(Time);
    }

    private FrameworkScenario Frameworks => new(Store.Services, new ProjectScenario(Store.Services));

    private static AngleSharp.Dom.IElement Input<T>(IRenderedComponent<T> form, string label) where T : IComponent =>
        form.FindAll("label").First(l => l.TextContent.Contains(label)).ParentElement!.QuerySelector("input")!;

    private static Task ClickAsync<T>(IRenderedComponent<T> form, string text) where T : IComponent =>
        form.InvokeAsync(() => form.FindAll("button").First(b => b.TextContent.Contains(text)).Click());

    [Fact]
    public async Task The_editor_shows_a_goods_term_one_day_over_a_year_at_the_end_date_and_records_a_valid_agreement()
    {
        var agency = await Frameworks.AgencyAsync();
        Guid? saved = null;
        var form = Render<FrameworkEditor>(p => p.Add(f => f.Actor, agency).Add(f => f.OwnerRegionCode, "440700").Add(f => f.OnSaved, id => saved = id));

        Input(form, "协议名称").Change("江门市台式计算机框架协议");
        Input(form, "协议编号").Change("JMKJXY-2026-009");
        Input(form, "品目编码").Change(FrameworkScenario.Desktops);
        Input(form, "标的名称").Change("台式计算机");
        Input(form, "计量单位").Change("台");
        Input(form, "协议价格").Change("4500");
        Input(form, "终止日期").Change("2027-11-27");
        await ClickAsync(form, "保存");

        form.WaitForAssertion(() => Assert.Contains("协议期限不超过 1 年，最迟至 2027-11-26", form.Markup));
        Assert.Null(saved);

        Input(form, "终止日期").Change("2027-11-26");
        await ClickAsync(form, "保存");

        form.WaitForAssertion(() => Assert.NotNull(saved), TimeSpan.FromSeconds(30));
        await using var db = Store.Db();
        var recorded = await db.FrameworkAgreements.Include(a => a.Items).SingleAsync();
        Assert.Equal((saved!.Value, "JMKJXY-2026-009", new DateOnly(2027, 11, 26), FrameworkStatus.Draft), (recorded.Id, recorded.Number, recorded.EndsOn, recorded.Status));
    }

    [Fact]
    public async Task The_plans_e_mall_panel_links_to_the_call_off_once_an_agreement_covers_the_line_and_lists_the_call_offs_made()
    {
        var plan = await Frameworks.FiledPlanAsync(50_000m);
        var op = await Frameworks.OperatorAsync();
        var before = Render<GovProcurement.Portal.Components.Workspaces.Mall.EMallPanel>(p => p.Add(c => c.PlanId, plan.Id).Add(c => c.Actor, op));
        before.WaitForAssertion(() => Assert.Contains("data-testid=\"emall-panel\"", before.Markup));
        Assert.DoesNotContain("/mall/calloffs/new/", before.Markup);

        var agreement = await Frameworks.InForceAsync();
        var callOff = await Frameworks.CallOffs.CallOffAsync(FrameworkScenario.Rotation(plan, agreement), op);
        var after = Render<GovProcurement.Portal.Components.Workspaces.Mall.EMallPanel>(p => p.Add(c => c.PlanId, plan.Id).Add(c => c.Actor, op));

        after.WaitForAssertion(() => Assert.Contains($"/mall/calloffs/new/{plan.Id}/{plan.Items[0].Id}", after.Find("a[href*='/mall/calloffs/new/']").GetAttribute("href")));
        Assert.Contains(callOff.Number, after.Find("[data-testid=calloff-table]").TextContent);
    }

    [Fact]
    public async Task The_call_off_form_asks_for_the_supplier_of_a_direct_selection_and_a_rotation_call_off_becomes_an_order()
    {
        var agreement = await Frameworks.InForceAsync();
        var plan = await Frameworks.FiledPlanAsync(50_000m);
        var op = await Frameworks.OperatorAsync();
        var form = Render<CallOffFormView>(p => p.Add(f => f.PlanId, plan.Id).Add(f => f.LineId, plan.Items[0].Id).Add(f => f.Actor, op));

        form.WaitForAssertion(() => Assert.Contains("剩余额度 ¥50,000.00", form.Markup));
        await ClickAsync(form, "提交");
        form.WaitForAssertion(() => Assert.Contains("直接选定请选择入围供应商", form.Markup));

        await form.InvokeAsync(() => form.FindAll("input[type=radio]")[1].Click());
        form.WaitForAssertion(() => Assert.Contains("顺序轮候的下一家供应商：江门市华信电脑科技有限公司", form.Find("[data-testid=calloff-next]").TextContent));
        Input(form, "数量").Change("2");
        await ClickAsync(form, "提交");
        var navigation = Services.GetRequiredService<NavigationManager>();
        form.WaitForAssertion(() => Assert.Contains("/mall/orders/", navigation.Uri), TimeSpan.FromSeconds(30));

        await using var db = Store.Db();
        var order = await db.MallOrders.SingleAsync();
        Assert.Equal((OrderMethod.FrameworkCallOff, agreement.Suppliers.Single(s => s.RotationOrder == 1).SupplierId, 9_000m), (order.Method, order.SupplierId, order.Total.Yuan));
        Assert.EndsWith($"/mall/orders/{order.Id}", navigation.Uri);
    }
}

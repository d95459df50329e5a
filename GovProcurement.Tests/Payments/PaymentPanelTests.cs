using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Payments;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Payments;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace GovProcurement.Tests.Payments;

/// <summary>
/// The "合同支付" panel over the store, with a fake of the acceptance area's milestones: the schedule with its due dates and the
/// instalments still waiting for delivery or acceptance, the rules, the operator's record form, and the supplier's read-only view.
/// </summary>
public sealed class PaymentPanelTests : StoreComponentTest
{
    private readonly FakeTimeProvider time;

    public PaymentPanelTests() : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    private PaymentPanelTests(FakeTimeProvider time) : base(time) => this.time = time;

    private PaymentScenario s = default!;

    protected override void ConfigureStore(IServiceCollection services) => services.AddSingleton<IContractMilestones, FakeContractMilestones>();

    protected override Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddScoped<StepRunner>();
        Services.AddSingleton<TimeProvider>(time);
        Services.AddSingleton(Store.Get<ContractPayments>());
        Services.AddSingleton(Store.Get<IContractMilestones>());
        Services.AddScoped<CurrentActor>();
        s = new PaymentScenario(Store, new ProjectScenario(Store.Services));
        return Task.CompletedTask;
    }

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<PaymentPanel> panel, string label) =>
        panel.FindAll(".mud-input-control").First(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input")!;

    private static string Cells(IRenderedComponent<PaymentPanel> panel, int instalment) =>
        string.Join("|", panel.FindAll($"[data-testid=instalment-{instalment}] td").Select(td => td.TextContent.Trim()));

    [Fact]
    public async Task The_operator_reads_the_schedule_and_records_a_payment_the_supplier_only_reads()
    {
        var id = await s.ContractAsync();
        s.Milestones.Set(id, new DateOnly(2026, 11, 30), null);
        time.Advance(TimeSpan.FromDays(5));
        SignIn(await s.Mall.OperatorAsync());
        Render<MudSnackbarProvider>();

        var panel = Render<PaymentPanel>(p => p.Add(x => x.ContractId, id));

        panel.WaitForAssertion(() => Assert.Equal("1|预付款（合同签订后）|¥1,440.00|2026-11-27|2026-12-28|¥0.00|¥1,440.00|未到期|0|¥0.00", Cells(panel, 1)));
        Assert.Equal("2|交付后支付|¥1,440.00|2026-11-30|2026-12-30|¥0.00|¥1,440.00|未到期|0|¥0.00", Cells(panel, 2));
        Assert.Equal("3|验收合格后支付|¥1,920.00|—|待验收|¥0.00|¥1,920.00|待验收|0|¥0.00", Cells(panel, 3));
        Assert.Contains("付款期限：30 日", panel.Find("[data-testid=payment-rules]").TextContent, StringComparison.Ordinal);
        Assert.Contains("按每日 0.05% 计", panel.Markup, StringComparison.Ordinal);
        Assert.Equal("尚未登记付款。", panel.Find("[data-testid=payment-none]").TextContent.Trim());

        await panel.InvokeAsync(() => Input(panel, "付款金额（元）").Change("1440"));
        await panel.InvokeAsync(() => Input(panel, "凭证号或备注").Change("GK-2026-0101"));
        await panel.InvokeAsync(() => panel.Find("[data-testid=record-payment]").Click());

        panel.WaitForAssertion(() => Assert.Contains("GK-2026-0101", panel.Find("[data-testid=payment-records]").TextContent, StringComparison.Ordinal));
        Assert.Equal("1|预付款（合同签订后）|¥1,440.00|2026-11-27|2026-12-28|¥1,440.00|¥0.00|已付清|0|¥0.00", Cells(panel, 1));
        Assert.Contains("2026-12-02", panel.Find("[data-testid=payment-records]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_supplier_reads_the_schedule_and_the_payments_without_the_form()
    {
        var id = await s.ContractAsync();
        await s.PayAsync(id, 1, 1_440m, new DateOnly(2026, 11, 27), "GK-2026-0101");
        SignIn(await s.Mall.SupplierAsync(0));

        var read = Render<PaymentPanel>(p => p.Add(x => x.ContractId, id));

        read.WaitForAssertion(() => Assert.Contains("GK-2026-0101", read.Find("[data-testid=payment-records]").TextContent, StringComparison.Ordinal));
        Assert.Empty(read.FindAll("[data-testid=payment-form]"));
        Assert.Empty(read.FindAll("button"));
        Assert.Equal("3|验收合格后支付|¥1,920.00|—|待验收|¥0.00|¥1,920.00|待验收|0|¥0.00", Cells(read, 3));
    }

    [Fact]
    public async Task A_stranger_sees_no_panel()
    {
        var id = await s.ContractAsync();
        SignIn(await s.Mall.SupplierAsync(1));

        var panel = Render<PaymentPanel>(p => p.Add(x => x.ContractId, id));

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=payment-panel]")));
        Assert.Null(await Store.Get<ContractPayments>().GetAsync(id, await s.Mall.SupplierAsync(1)));
    }
}

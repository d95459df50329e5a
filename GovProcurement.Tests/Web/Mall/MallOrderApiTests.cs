using GovProcurement.Tests.ApiClient.Models;

namespace GovProcurement.Tests.Web.Mall;

/// <summary>E-mall orders through /api/v1 and the generated client: each party's steps, refused by kind of key and stage, and seen by the two parties only.</summary>
public class MallOrderApiTests(MallApiPortal portal) : IClassFixture<MallApiPortal>
{
    private static bool Offers(OrderResponse order, string action) => order.Actions!.Single(a => a.Action == action).Available!.Value;

    [Fact]
    public async Task The_supplier_confirms_and_delivers_and_the_unit_receives()
    {
        var placed = await portal.PlacedOrderAsync();
        var (supplier, school) = (await portal.ApiAsync(MallApiPortal.Small), await portal.ApiAsync(MallApiPortal.School));

        var read = await supplier.Orders[placed.Id].GetAsync();
        var confirmed = await supplier.Orders[placed.Id].Confirm.PostAsync();
        var delivered = await supplier.Orders[placed.Id].Deliver.PostAsync();
        var received = await school.Orders[placed.Id].Receive.PostAsync();

        Assert.Equal(("Placed", 24_000m, MallApiPortal.School), (read!.Status, read.TotalYuan!.Value, read.UnitName));
        Assert.True(Offers(read, "Confirm"));
        Assert.Equal(4_800m, Assert.Single(read.Lines!).UnitPriceYuan);
        Assert.Equal(("Confirmed", "Delivered", "Received"), (confirmed!.Status, delivered!.Status, received!.Status));
        Assert.Equal("已收货", received.StatusText!.Zh);
        Assert.NotNull(received.ReceivedUtc);
    }

    [Fact]
    public async Task A_units_key_cannot_take_the_suppliers_step_nor_receive_before_delivery()
    {
        var placed = await portal.PlacedOrderAsync();
        var school = await portal.ApiAsync(MallApiPortal.School);

        var confirm = await Assert.ThrowsAsync<ProblemDetails>(() => school.Orders[placed.Id].Confirm.PostAsync());
        var receive = await Assert.ThrowsAsync<ProblemDetails>(() => school.Orders[placed.Id].Receive.PostAsync());
        var deliver = await Assert.ThrowsAsync<ProblemDetails>(async () => await (await portal.ApiAsync(MallApiPortal.Small)).Orders[placed.Id].Deliver.PostAsync());

        Assert.Equal(403, confirm.ResponseStatusCode);
        Assert.Contains("此步骤由“供应商”办理", confirm.Detail);
        Assert.Equal(409, receive.ResponseStatusCode);
        Assert.Contains("供应商登记发货后才能确认收货。 / Receipt is recorded once the supplier has delivered.", receive.Detail);
        Assert.Equal(409, deliver.ResponseStatusCode);
        Assert.Equal("Placed", (await school.Orders[placed.Id].GetAsync())!.Status);
    }

    [Fact]
    public async Task A_decline_needs_a_reason_at_its_field_and_then_ends_the_order()
    {
        var placed = await portal.PlacedOrderAsync();
        var supplier = await portal.ApiAsync(MallApiPortal.Small);

        var blank = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => supplier.Orders[placed.Id].Decline.PostAsync(new StepReasonRequest { Reason = "  " }));
        var tooLong = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => supplier.Orders[placed.Id].Decline.PostAsync(new StepReasonRequest { Reason = new string('缺', 501) }));
        var declined = await supplier.Orders[placed.Id].Decline.PostAsync(new StepReasonRequest { Reason = "库存不足" });

        Assert.Equal(["reason"], blank.FieldErrors().Keys);
        Assert.Equal(["reason"], tooLong.FieldErrors().Keys);
        Assert.Equal(("Declined", "库存不足"), (declined!.Status, declined.EndReason));
        Assert.False(Offers(declined, "Deliver"));
    }

    [Fact]
    public async Task The_unit_cancels_an_order_before_the_supplier_confirms_it()
    {
        var placed = await portal.PlacedOrderAsync();
        var school = await portal.ApiAsync(MallApiPortal.School);

        var cancelled = await school.Orders[placed.Id].Cancel.PostAsync(new StepReasonRequest { Reason = "计划调整" });
        var again = await Assert.ThrowsAsync<ProblemDetails>(() => school.Orders[placed.Id].Cancel.PostAsync(new StepReasonRequest { Reason = "再次取消" }));

        Assert.Equal("Cancelled", cancelled!.Status);
        Assert.Equal(409, again.ResponseStatusCode);
        Assert.Contains("供应商确认前才能取消订单", again.Detail);
    }

    [Fact]
    public async Task Another_organisation_neither_sees_nor_acts_on_the_order()
    {
        var placed = await portal.PlacedOrderAsync();
        var (otherSupplier, otherUnit) = (await portal.ApiAsync(MallApiPortal.Micro), await portal.ApiAsync(MallApiPortal.OtherSchool));

        var read = await Assert.ThrowsAsync<ProblemDetails>(() => otherUnit.Orders[placed.Id].GetAsync());
        var confirm = await Assert.ThrowsAsync<ProblemDetails>(() => otherSupplier.Orders[placed.Id].Confirm.PostAsync());
        var lists = new[] { await otherSupplier.Orders.GetAsync(c => c.QueryParameters.Take = 100), await otherUnit.Orders.GetAsync(c => c.QueryParameters.Take = 100) };
        var own = await (await portal.ApiAsync(MallApiPortal.Small)).Orders.GetAsync(c => c.QueryParameters.Take = 100);

        Assert.Equal((404, 404), (read.ResponseStatusCode, confirm.ResponseStatusCode));
        Assert.All(lists, list => Assert.DoesNotContain(list!.Items!, o => o.Id == placed.Id));
        Assert.Contains(own!.Items!, o => o.Id == placed.Id);
        Assert.Equal("Placed", (await (await portal.ApiAsync(MallApiPortal.School)).Orders[placed.Id].GetAsync())!.Status);
    }

    [Fact]
    public async Task A_regulators_key_does_not_list_orders_and_a_page_out_of_bounds_is_refused()
    {
        await portal.PlacedOrderAsync();
        await portal.PlacedOrderAsync();
        var school = await portal.ApiAsync(MallApiPortal.School);

        var regulator = await Assert.ThrowsAsync<ProblemDetails>(async () => await (await portal.ApiAsync(MallApiPortal.Regulator)).Orders.GetAsync());
        var zero = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => school.Orders.GetAsync(c => c.QueryParameters.Take = 0));
        var all = await school.Orders.GetAsync(c => c.QueryParameters.Take = 100);
        var second = await school.Orders.GetAsync(c => { c.QueryParameters.Skip = 1; c.QueryParameters.Take = 1; });

        Assert.Equal(403, regulator.ResponseStatusCode);
        Assert.Equal(["take"], zero.FieldErrors().Keys);
        Assert.Equal(all!.TotalCount, second!.TotalCount);
        Assert.Equal(all.Items![1].Id, Assert.Single(second.Items!).Id);
    }
}

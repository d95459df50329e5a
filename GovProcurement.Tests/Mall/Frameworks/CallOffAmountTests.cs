using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Frameworks;

namespace GovProcurement.Tests.Mall.Frameworks;

/// <summary>The amount a call-off form shows before it is submitted, priced as the award would be.</summary>
public sealed class CallOffAmountTests
{
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();
    private static readonly Guid Debarred = Guid.NewGuid();

    private static CallOffItemOption Item(Guid? next) => new(Guid.NewGuid(), "JMKJXY-2026-001", "台式计算机框架协议", FrameworkKind.Closed, new DateOnly(2027, 11, 26),
        Guid.NewGuid(), "A02010104", "台式计算机", null, "台", Money.FromYuan(5_000m),
        [
            new(First, "甲公司", 1, Money.FromYuan(4_500m), null),
            new(Second, "乙公司", 2, Money.FromYuan(4_800m), null),
            new(Debarred, "丙公司", 3, Money.FromYuan(4_000m), new Refusal(new Bilingual("列入不良行为记录", "Debarred"))),
        ], next);

    [Fact]
    public void A_direct_selection_is_priced_at_the_chosen_suppliers_price() =>
        Assert.Equal(Money.FromYuan(13_500m), Item(Second).AmountBefore(CallOffMethod.DirectSelection, First, 3));

    [Fact]
    public void A_rotation_is_priced_at_the_next_suppliers_price_whoever_was_chosen() =>
        Assert.Equal(Money.FromYuan(9_600m), Item(Second).AmountBefore(CallOffMethod.Rotation, First, 2));

    [Fact]
    public void A_second_competition_has_no_amount_before_the_quotes() =>
        Assert.Null(Item(Second).AmountBefore(CallOffMethod.SecondCompetition, First, 3));

    [Theory]
    [InlineData(false, 3)]
    [InlineData(true, 3)]
    [InlineData(true, 0)]
    public void No_amount_without_a_pickable_supplier_or_a_quantity(bool debarred, int quantity) =>
        Assert.Null(Item(null).AmountBefore(CallOffMethod.DirectSelection, debarred ? Debarred : quantity == 0 ? First : null, quantity));
}

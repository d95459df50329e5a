using FluentValidation;
using GovProcurement.Domain.Mall.Listings;

namespace GovProcurement.Tests.Mall;

/// <summary>The listing form's field rules.</summary>
public sealed class ListingFormValidatorTests
{
    private static IReadOnlyList<string> Failing(ListingForm form) =>
        ListingFormValidator.Instance.Validate(form).Errors.Select(e => e.PropertyName).Distinct().ToList();

    [Fact]
    public void A_complete_form_passes() => Assert.Empty(Failing(ListingScenario.Form()));

    [Fact]
    public void Name_specification_unit_and_a_plannable_catalogue_item_are_required()
    {
        var form = ListingScenario.Form() with { Name = " ", Specification = "", Unit = null, CatalogueCode = "A02" };

        Assert.Equal(["CatalogueCode", "Name", "Specification", "Unit"], Failing(form));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(12.345)]
    public void The_price_is_positive_and_to_the_fen(double price) =>
        Assert.Equal(["Price"], Failing(ListingScenario.Form(price: (decimal)price)));

    [Fact]
    public void Goods_need_their_stock_a_service_does_not()
    {
        Assert.Equal(["Stock"], Failing(ListingScenario.Form(stock: null)));
        Assert.Empty(Failing(ListingScenario.Form(name: "物业管理服务", code: "C1204", stock: null)));
    }

    [Fact]
    public void Regions_served_are_required_bounded_and_on_the_platform()
    {
        Assert.Equal(["ServiceRegions"], Failing(ListingScenario.Form() with { ServiceRegions = [] }));
        Assert.Contains(Failing(ListingScenario.Form(regions: ["440300"])), p => p.StartsWith("ServiceRegions"));
        Assert.Equal(["DeliveryDays"], Failing(ListingScenario.Form() with { DeliveryDays = 0 }));
    }

    [Fact]
    public void The_message_is_chinese_first_under_the_chinese_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new("zh-CN");
        try
        {
            var error = Assert.Throws<ValidationException>(() => ListingFormValidator.Instance.ValidateAndThrow(ListingScenario.Form() with { Name = "" }));
            Assert.Contains("商品名称", Assert.Single(error.Errors).ErrorMessage);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}

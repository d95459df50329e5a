using FluentValidation;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>What a listing needs before it is saved; the listing form shows these at the fields.</summary>
public sealed class ListingFormValidator : AbstractValidator<ListingForm>
{
    public static ListingFormValidator Instance { get; } = new();

    public ListingFormValidator()
    {
        RuleFor(f => f.CatalogueCode).CatalogueLeaf();
        RuleFor(f => f.Name).RequiredText(ListingContent.NameMaxLength, "商品名称", "The name");
        RuleFor(f => f.Brand).OptionalText(ListingContent.BrandMaxLength, "品牌", "The brand");
        RuleFor(f => f.Model).OptionalText(ListingContent.ModelMaxLength, "型号", "The model");
        RuleFor(f => f.Specification).RequiredText(ListingContent.SpecificationMaxLength, "规格参数", "The specification");
        RuleFor(f => f.Unit).RequiredText(ListingContent.UnitMaxLength, "计量单位", "The unit");
        RuleFor(f => f.Price).Yuan();
        RuleFor(f => f.Stock).Must(stock => stock is not null)
            .When(f => IsGoods(f.CatalogueCode))
            .WithText(new Bilingual("货物请填写库存数量。", "Give the stock of the goods."));
        RuleFor(f => f.Stock).Must(stock => stock is null or (>= 0 and <= Listing.MaxStock))
            .WithText(new Bilingual($"库存数量为 0 至 {Listing.MaxStock:N0}。", $"The stock is 0 to {Listing.MaxStock:N0}."));
        RuleFor(f => f.DeliveryDays).InclusiveBetween(1, Listing.MaxDeliveryDays)
            .WithText(new Bilingual($"供货期为 1 至 {Listing.MaxDeliveryDays} 天。", $"The delivery time is 1 to {Listing.MaxDeliveryDays} days."));
        RuleFor(f => f.ServiceRegions).Must(regions => regions is { Count: > 0 and <= Listing.MaxServiceRegions })
            .WithText(new Bilingual($"请选择供货或服务地区（1 至 {Listing.MaxServiceRegions} 个）。", $"Choose the regions served (1 to {Listing.MaxServiceRegions})."));
        RuleForEach(f => f.ServiceRegions).Must(code => RegionDirectory.Guangdong.Find(code) is { IsOnPlatform: true })
            .WithText((_, code) => new Bilingual($"地区“{code}”不是平台服务的广东省地区。", $"\"{code}\" is not a Guangdong region on the platform."));
    }

    private static bool IsGoods(string? code) => CatalogueDirectory.Shipped.Find(code)?.Category == ProcurementCategory.Goods;
}

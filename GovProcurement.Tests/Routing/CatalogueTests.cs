using GovProcurement.Domain.Catalogue;

namespace GovProcurement.Tests.Routing;

public class CatalogueTests
{
    private static readonly CatalogueDirectory Catalogue = CatalogueDirectory.Shipped;

    [Fact]
    public void Catalogue_HasAtLeastFortyLeafItems_InEveryCategory()
    {
        var leaves = Catalogue.All.Where(i => Catalogue.IsLeaf(i.Code)).ToList();
        Assert.True(leaves.Count >= 40, $"{leaves.Count} leaf items");
        Assert.All(Enum.GetValues<ProcurementCategory>(), c => Assert.Contains(leaves, i => i.Category == c));
    }

    [Theory]
    [InlineData("tsjsj", "台式计算机")]
    [InlineData("TSJSJ", "台式计算机")]
    [InlineData("A02010104", "台式计算机")]
    [InlineData("物业", "物业管理服务")]
    public void Search_FindsByCodeNameOrPinyinInitials(string term, string expected) =>
        Assert.Contains(Catalogue.Search(term), i => i.Name == expected);

    [Fact]
    public void Search_OffersOnlyLeafItems() =>
        Assert.All(Catalogue.Search("A0201", 100), i => Assert.True(Catalogue.IsLeaf(i.Code)));

    [Fact]
    public void TheThreeMasks_AreInTheCatalogue() =>
        Assert.Equal(3, Catalogue.Search("口罩").Count(i => i.Name.StartsWith("医用", StringComparison.Ordinal)));
}

using GovProcurement.Domain.Regions;

namespace GovProcurement.Tests.Domain;

public class RegionDirectoryTests
{
    private static readonly RegionDirectory Regions = RegionDirectory.Guangdong;

    [Fact]
    public void Guangdong_HasItsTwentyOneCities() =>
        Assert.Equal(21, Regions.ChildrenOf(RegionDirectory.ProvinceCode).Count());

    [Fact]
    public void Jiangmen_HasItsSevenCountiesIncludingHeshan()
    {
        var counties = Regions.ChildrenOf("440700").Select(r => r.Name).ToList();
        Assert.Equal(["蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"], counties);
    }

    [Fact]
    public void Huizhou_HasItsFiveCounties() =>
        Assert.Equal(["惠城区", "惠阳区", "博罗县", "惠东县", "龙门县"], Regions.ChildrenOf("441300").Select(r => r.Name));

    [Fact]
    public void Shenzhen_AndItsDistricts_AreOutsideThePlatform()
    {
        Assert.False(Regions.Get("440300").IsOnPlatform);
        Assert.All(Regions.ChildrenOf("440300"), d => Assert.False(d.IsOnPlatform));
        Assert.True(Regions.Get("440784").IsOnPlatform);
    }

    [Fact]
    public void Heshan_IsWithinJiangmenAndTheProvince_NotWithinHuizhou()
    {
        Assert.True(Regions.IsWithin("440784", "440700"));
        Assert.True(Regions.IsWithin("440784", RegionDirectory.ProvinceCode));
        Assert.False(Regions.IsWithin("440784", "441300"));
        Assert.Equal("广东省 / 江门市 / 鹤山市", Regions.PathName("440784"));
    }
}

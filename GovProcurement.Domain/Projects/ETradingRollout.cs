using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Projects;

/// <summary>Whether a go-live row covers its own region or the regions below it.</summary>
public enum RolloutScope
{
    Region = 1,
    RegionsBelow = 2,
}

/// <summary>
/// The day the project e-trading subsystem went live in a region. Before it, requirement
/// confirmation, bid opening and evaluation happen offline and the agency records the outcome.
/// The nearest row above a region decides.
/// </summary>
public sealed class ETradingRollout
{
    public const int CitationMaxLength = 300;

    private const string Launch = "粤财采购函〔2020〕59号；江财采购函〔2020〕117号：项目采购电子交易子系统省级、惠州市级已上线，江门市本级2021年5月、所辖县（市、区）2021年8月上线";

    private ETradingRollout()
    {
        RegionCode = Citation = "";
    }

    public ETradingRollout(string regionCode, RolloutScope scope, DateOnly goLive, string citation)
    {
        Id = Guid.NewGuid();
        RegionCode = regionCode;
        Scope = scope;
        GoLive = goLive;
        Citation = citation;
    }

    public Guid Id { get; private set; }

    public string RegionCode { get; private set; }

    public RolloutScope Scope { get; private set; }

    public DateOnly GoLive { get; private set; }

    public string Citation { get; private set; }

    public static IReadOnlyList<ETradingRollout> Shipped() =>
    [
        new(RegionDirectory.ProvinceCode, RolloutScope.Region, new DateOnly(2021, 1, 1), Launch),
        new(RegionDirectory.ProvinceCode, RolloutScope.RegionsBelow, new DateOnly(2021, 1, 1), "平台上线日（通知未列出的地区按平台上线日配置，待核实）"),
        new("441300", RolloutScope.Region, new DateOnly(2021, 1, 1), Launch),
        new("440700", RolloutScope.Region, new DateOnly(2021, 5, 1), Launch),
        new("440700", RolloutScope.RegionsBelow, new DateOnly(2021, 8, 1), Launch),
    ];

    /// <summary>The row deciding the region's go-live: its own row, else the nearest row for the regions below an ancestor.</summary>
    public static ETradingRollout? For(IEnumerable<ETradingRollout> rows, string regionCode, RegionDirectory regions)
    {
        var list = rows.ToList();
        foreach (var (region, depth) in regions.SelfAndAncestors(regionCode).Select((r, i) => (r, i)))
        {
            var scope = depth == 0 ? RolloutScope.Region : RolloutScope.RegionsBelow;
            if (list.FirstOrDefault(r => r.RegionCode == region.Code && r.Scope == scope) is { } row)
            {
                return row;
            }
        }

        return null;
    }
}

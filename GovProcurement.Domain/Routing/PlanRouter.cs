using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Routing;

/// <summary>
/// Decides, from the rule table in force on the plan's date in the unit's jurisdiction, whether a
/// plan is government procurement, whether it is centralized, which routes and statutory methods
/// are open, which SME reservation applies and whether it looks like splitting. Pure: the same
/// request and rules always give the same decision.
/// </summary>
public sealed class PlanRouter(RuleSet rules, CatalogueDirectory catalogue, RegionDirectory regions)
{
    public RoutingDecision Decide(RoutingRequest request)
    {
        var warnings = new List<RuleReason>();
        var items = KnownItems(request, warnings);
        var total = items.Aggregate(Money.Zero, (sum, i) => sum + i.Line.Amount);
        var category = MainCategory(items, warnings);
        if (items.Count == 0 || category is null)
        {
            return new RoutingDecision(total, null, false, false, new RuleReason(new("请添加采购品目和金额。", "Add catalogue items and amounts.")), [], [], null, warnings);
        }

        var framework = FrameworkRule(request, items);
        var isCentralized = framework is not null || items.Any(i => i.Item.Centralized);
        var threshold = Rule(RuleKind.DecentralizedThreshold, request, category);
        var isGovernment = isCentralized || (threshold is not null && total >= threshold.Amount);
        var scope = Scope(isCentralized, isGovernment, total, threshold, request);
        if (!isGovernment)
        {
            return new RoutingDecision(total, category, false, false, scope,
                [new RouteOption(ProcurementRoute.NotGovernmentProcurement, true, scope)], [], null, warnings);
        }

        var tender = Rule(RuleKind.PublicTenderThreshold, request, category);
        var routes = framework is not null ? FrameworkRoutes(request, framework, total)
            : isCentralized ? CentralizedRoutes(request, total)
            : DecentralizedRoutes();
        var projectRoutes = routes.Any(r => r.Allowed && r.Route is ProcurementRoute.EntrustCentralizedAgency or ProcurementRoute.DecentralizedSelfOrganized or ProcurementRoute.DecentralizedEntrustAgency);
        var methods = projectRoutes ? MethodRules.Options(total, category.Value, tender, Source(tender, request)) : [];
        warnings.AddRange(SplittingWarnings(request, tender, total));
        return new RoutingDecision(total, category, true, isCentralized, scope, routes, methods, SmeReservation(request, category.Value, total), warnings);
    }

    private List<(RoutingItem Line, CatalogueItem Item)> KnownItems(RoutingRequest request, List<RuleReason> warnings)
    {
        var known = new List<(RoutingItem, CatalogueItem)>();
        foreach (var line in request.Items)
        {
            if (catalogue.Find(line.CatalogueCode) is { } item)
            {
                known.Add((line, item));
            }
            else
            {
                warnings.Add(new RuleReason(new($"品目编码 {line.CatalogueCode} 不在采购品目目录中。", $"{line.CatalogueCode} is not a catalogue code.")));
            }
        }

        return known;
    }

    private static ProcurementCategory? MainCategory(List<(RoutingItem Line, CatalogueItem Item)> items, List<RuleReason> warnings)
    {
        var byCategory = items.GroupBy(i => i.Item.Category).Select(g => (g.Key, Sum: g.Sum(i => i.Line.Amount.Fen))).OrderByDescending(g => g.Sum).ToList();
        if (byCategory.Count > 1)
        {
            warnings.Add(new RuleReason(new("计划混合了货物、工程、服务，按金额最大的类别适用限额标准；建议分别编制计划。",
                "The plan mixes goods, works and services; the thresholds of the largest category apply. Consider separate plans.")));
        }

        return byCategory.Count == 0 ? null : byCategory[0].Key;
    }

    private RuleReason Scope(bool isCentralized, bool isGovernment, Money total, ProcurementRule? threshold, RoutingRequest request) =>
        (isCentralized, isGovernment, threshold) switch
        {
            (true, _, _) => new RuleReason(new("品目纳入集中采购目录，属于政府集中采购。", "Items are in the centralized catalogue: centralized government procurement."),
                new("《广东省政府集中采购目录及标准（2020年版）》", "Guangdong centralized procurement catalogue, 2020 edition")),
            (false, true, not null) => new RuleReason(new(
                $"未纳入集中采购目录，预算 {total} 达到采购限额标准 {threshold.Amount}，属于分散采购。",
                $"Outside the catalogue; the budget {total} reaches the threshold {threshold.Amount}: decentralized procurement."), Source(threshold, request)),
            (false, false, not null) => new RuleReason(new(
                $"未纳入集中采购目录，预算 {total} 低于采购限额标准 {threshold.Amount}，不属于政府采购，按单位内部规定采购。",
                $"Outside the catalogue and below the threshold {threshold.Amount}: not government procurement."), Source(threshold, request)),
            _ => new RuleReason(new("本地区未配置采购限额标准，请联系财政部门。", "No procurement threshold is configured for this region.")),
        };

    /// <summary>An item-specific rule (such as masks) that covers every item of the plan.</summary>
    private ProcurementRule? FrameworkRule(RoutingRequest request, List<(RoutingItem Line, CatalogueItem Item)> items)
    {
        var codes = items.Select(i => i.Item.Code).ToHashSet();
        return rules.ItemRules(RuleKind.FrameworkDirectPurchaseLine, request.RegionCode, request.Date)
            .FirstOrDefault(r => codes.IsSubsetOf(r.CatalogueCodeList));
    }

    private List<RouteOption> FrameworkRoutes(RoutingRequest request, ProcurementRule framework, Money total)
    {
        var below = total < framework.Amount;
        var reason = new RuleReason(below
            ? new($"预算 {total} 低于 {framework.Amount}（不含），采购人在中标供应商中择优直接采购。", $"Below {framework.Amount}: buy directly from the framework winners.")
            : new($"预算 {total} 达到 {framework.Amount}（含），须委托集中采购机构实施项目采购。", $"At or above {framework.Amount}: entrust the centralized agency."), Source(framework, request));
        return [new(ProcurementRoute.FrameworkWinners, below, reason), new(ProcurementRoute.EntrustCentralizedAgency, !below, reason), new(ProcurementRoute.EMallSimpleProcurement, false, reason)];
    }

    private List<RouteOption> CentralizedRoutes(RoutingRequest request, Money total)
    {
        var line = rules.Find(RuleKind.CentralizedEntrustmentLine, request.RegionCode, request.Date);
        if (line is null)
        {
            var none = new RuleReason(new("本地区未设置电子卖场简易采购限额，集中采购目录内项目委托集中采购机构实施。",
                "No e-mall limit is set for this region: catalogue items are entrusted to the centralized agency."));
            return [new(ProcurementRoute.EntrustCentralizedAgency, true, none), new(ProcurementRoute.EMallSimpleProcurement, false, none)];
        }

        var mayChoose = total < line.Amount;
        var why = new RuleReason(mayChoose
            ? new($"预算 {total} 低于 {line.Amount}，可自行选择电子卖场简易采购或委托集中采购机构。", $"Below {line.Amount}: choose the e-mall or the centralized agency.")
            : new($"预算 {total} 达到 {line.Amount}（含），须委托集中采购机构实施项目采购。", $"At or above {line.Amount}: the centralized agency must run it."), Source(line, request));
        return [new(ProcurementRoute.EMallSimpleProcurement, mayChoose, why), new(ProcurementRoute.EntrustCentralizedAgency, true, why)];
    }

    private static List<RouteOption> DecentralizedRoutes()
    {
        var why = new RuleReason(new("分散采购：采购人可自行组织，或委托采购代理机构。", "Decentralized: organise it yourself or entrust an agency."),
            new("《中华人民共和国政府采购法》第十八条", "Government Procurement Law, Art. 18"));
        return [new(ProcurementRoute.DecentralizedSelfOrganized, true, why), new(ProcurementRoute.DecentralizedEntrustAgency, true, why)];
    }

    private RuleReason? SmeReservation(RoutingRequest request, ProcurementCategory category, Money total)
    {
        var line = Rule(RuleKind.SmeFullReservationLine, request, category);
        if (line is null)
        {
            return null;
        }

        if (total <= line.Amount)
        {
            return new RuleReason(new($"预算 {total} 不超过 {line.Amount}，原则上全部预留给中小企业。", $"Up to {line.Amount}: reserved for SMEs in principle."), Source(line, request));
        }

        var share = rules.Find(RuleKind.SmeReservedShare, request.RegionCode, request.Date, category);
        return share is null
            ? null
            : new RuleReason(new($"预算超过 {line.Amount}，应预留不低于 {share.Value / 100m:0.#}% 的份额给中小企业。",
                $"Above {line.Amount}: reserve at least {share.Value / 100m:0.#}% for SMEs."), Source(share, request));
    }

    private IEnumerable<RuleReason> SplittingWarnings(RoutingRequest request, ProcurementRule? tender, Money total)
    {
        if (tender is null || total >= tender.Amount || request.EarlierNonOpenThisYear is null)
        {
            yield break;
        }

        foreach (var group in request.Items.GroupBy(i => i.CatalogueCode))
        {
            var earlier = request.EarlierNonOpenThisYear.GetValueOrDefault(group.Key);
            var cumulative = earlier + group.Aggregate(Money.Zero, (sum, i) => sum + i.Amount);
            if (earlier > Money.Zero && cumulative >= tender.Amount)
            {
                var name = catalogue.Find(group.Key)?.Name ?? group.Key;
                yield return new RuleReason(new(
                    $"本单位本年度“{name}”已有非公开招标计划 {earlier}，加上本计划累计 {cumulative}，达到公开招标数额标准 {tender.Amount}：化整为零规避公开招标属违法行为。",
                    $"This unit already planned {earlier} of \"{name}\" this year by non-open methods; with this plan {cumulative} reaches the open-tender threshold {tender.Amount}: splitting to avoid open tender is unlawful."),
                    new("《政府采购法实施条例》第二十八条", "Implementing Regulations, Art. 28"));
            }
        }
    }

    private ProcurementRule? Rule(RuleKind kind, RoutingRequest request, ProcurementCategory? category) =>
        rules.Find(kind, request.RegionCode, request.Date, category);

    private Bilingual? Source(ProcurementRule? rule, RoutingRequest request) =>
        rule is null ? null : rule.Source(regions.Find(rule.RegionCode)?.Name ?? rule.RegionCode, regions.Find(rule.RegionCode)?.NameEn ?? rule.RegionCode);
}

using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Routing;

/// <summary>How a filed plan may be carried out.</summary>
public enum ProcurementRoute
{
    /// <summary>Below the thresholds and outside the catalogue: not government procurement.</summary>
    NotGovernmentProcurement = 1,

    /// <summary>简易采购 in the e-mall: direct purchase, online bidding, reverse auction.</summary>
    EMallSimpleProcurement = 2,

    /// <summary>Project procurement entrusted to the centralized procurement agency.</summary>
    EntrustCentralizedAgency = 3,

    /// <summary>Direct purchase from the framework (tender) winners, e.g. masks below 500,000.</summary>
    FrameworkWinners = 4,

    /// <summary>分散采购 organised by the purchaser itself.</summary>
    DecentralizedSelfOrganized = 5,

    /// <summary>分散采购 entrusted to a procurement agency.</summary>
    DecentralizedEntrustAgency = 6,
}

/// <summary>The statutory methods (政府采购法 Art. 26).</summary>
public enum ProcurementMethod
{
    OpenTender = 1,
    InvitedTender = 2,
    CompetitiveNegotiation = 3,
    CompetitiveConsultation = 4,
    SingleSource = 5,
    RequestForQuotation = 6,
}

/// <summary>One line of a plan as the router sees it.</summary>
public sealed record RoutingItem(string CatalogueCode, Money Amount);

/// <summary>
/// What the router decides on: the unit's region, the plan's date, its items, and what the same
/// unit already planned for each catalogue item this fiscal year under non-open methods.
/// </summary>
public sealed record RoutingRequest(
    string RegionCode,
    DateOnly Date,
    IReadOnlyList<RoutingItem> Items,
    IReadOnlyDictionary<string, Money>? EarlierNonOpenThisYear = null);

/// <summary>A decision or warning with the rule that produced it.</summary>
public sealed record RuleReason(Bilingual Text, Bilingual? Source = null);

public sealed record RouteOption(ProcurementRoute Route, bool Allowed, RuleReason Reason);

public sealed record MethodOption(ProcurementMethod Method, bool Allowed, RuleReason Reason);

/// <summary>The router's answer, every part of it explained.</summary>
public sealed record RoutingDecision(
    Money Total,
    ProcurementCategory? Category,
    bool IsGovernmentProcurement,
    bool IsCentralized,
    RuleReason Scope,
    IReadOnlyList<RouteOption> Routes,
    IReadOnlyList<MethodOption> Methods,
    RuleReason? SmeReservation,
    IReadOnlyList<RuleReason> Warnings)
{
    public IEnumerable<ProcurementRoute> AllowedRoutes => Routes.Where(r => r.Allowed).Select(r => r.Route);

    public IEnumerable<ProcurementMethod> AllowedMethods => Methods.Where(m => m.Allowed).Select(m => m.Method);
}

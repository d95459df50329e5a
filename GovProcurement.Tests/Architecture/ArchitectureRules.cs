using System.Reflection;
using GovProcurement.Domain.Persistence;
using NetArchTest.Rules;

namespace GovProcurement.Tests.Architecture;

/// <summary>
/// The rules of the layering, written once so that the tests run each one over the product and over
/// the deliberately breaking types of <see cref="Violations"/> (a rule that cannot fail proves nothing).
/// </summary>
internal static class ArchitectureRules
{
    public static readonly Assembly DomainAssembly = typeof(GovProcurementDbContext).Assembly;

    public static readonly Assembly PortalAssembly = typeof(GovProcurement.Portal.PortalServices).Assembly;

    /// <summary>What the domain must not know: the portal, its component library, and ASP.NET Core's web and page types.</summary>
    public static readonly string[] PortalAndPages =
    [
        "GovProcurement.Portal",
        "MudBlazor",
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Mvc",
        "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Builder",
    ];

    /// <summary>The store itself: the context, its factory, EF Core, and the persistence namespace behind them.</summary>
    public static readonly string[] Store =
    [
        typeof(GovProcurementDbContext).FullName!,
        "GovProcurement.Domain.Persistence",
        "Microsoft.EntityFrameworkCore",
    ];

    /// <summary>The portal types that may wire the store: the composition root.</summary>
    public static readonly string[] CompositionRoot = ["PortalServices", "Program"];

    public static TestResult KnowsNothingOfThePortal(PredicateList types) =>
        types.ShouldNot().HaveDependencyOnAny(PortalAndPages).GetResult();

    public static TestResult ReachesTheStoreOnlyThroughTheDomain(PredicateList types) =>
        types.ShouldNot().HaveDependencyOnAny(Store).GetResult();

    /// <summary>A pattern for the types in a namespace or in any namespace below it.</summary>
    public static string Within(string ns) => $"^{System.Text.RegularExpressions.Regex.Escape(ns)}(\\.|$)";

    /// <summary>The names of the types that break a rule, for the assertion message.</summary>
    public static IReadOnlyList<string> Failing(TestResult result) =>
        (result.FailingTypes ?? []).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();

    /// <summary>The names of the types a rule looked at, to show that it looked at the ones it is meant for.</summary>
    public static IReadOnlyList<string> Selected(TestResult result) =>
        (result.SelectedTypesForTesting ?? []).Select(t => t.FullName).ToList();

    /// <summary>A type or, for a compiler-made nested type (a lambda's closure, a state machine), the type it belongs to.</summary>
    public static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}

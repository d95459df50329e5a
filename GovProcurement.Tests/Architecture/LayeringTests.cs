using GovProcurement.Tests.Architecture.Violations.Domain;
using GovProcurement.Tests.Architecture.Violations.Pages;
using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;
using static GovProcurement.Tests.Architecture.ArchitectureRules;

namespace GovProcurement.Tests.Architecture;

/// <summary>
/// The domain knows nothing of the portal; pages and API endpoints reach the store only through the
/// domain's use cases and queries. Each rule is also run over a type that breaks it.
/// </summary>
public sealed class LayeringTests
{
    private static readonly System.Reflection.Assembly Tests = typeof(LayeringTests).Assembly;

    [Fact]
    public void The_domain_references_no_portal_component_library_or_page_types()
    {
        var result = KnowsNothingOfThePortal(Types.InAssembly(DomainAssembly).That().ResideInNamespaceMatching(Within("GovProcurement.Domain")));

        Assert.Contains(typeof(GovProcurement.Domain.Plans.ProcurementPlan).FullName!, Selected(result));
        Assert.True(result.IsSuccessful, $"Domain types that depend on the portal or on page types: {string.Join(", ", Failing(result))}");
    }

    [Fact]
    public void The_domain_rule_catches_a_domain_type_that_picks_a_colour_or_renders()
    {
        var result = KnowsNothingOfThePortal(Types.InAssembly(Tests).That().ResideInNamespaceMatching(Within(typeof(RuleThatPicksAColour).Namespace!)));

        Assert.False(result.IsSuccessful);
        Assert.Equal([typeof(RuleThatPicksAColour).FullName!, typeof(RuleThatRenders).FullName!], Failing(result));
    }

    [Fact]
    public void Razor_components_reach_the_store_only_through_the_domain()
    {
        var components = Types.InAssembly(PortalAssembly).That().ResideInNamespaceMatching(Within("GovProcurement.Portal.Components")).Or().Inherit<ComponentBase>();

        var result = ReachesTheStoreOnlyThroughTheDomain(components);

        Assert.Contains(typeof(GovProcurement.Portal.Components.Workspaces.Plans.PlanPage).FullName!, Selected(result));
        Assert.Contains(typeof(GovProcurement.Portal.Components.Shared.StatusLook).FullName!, Selected(result));
        Assert.True(result.IsSuccessful, $"Components that use the store directly: {string.Join(", ", Failing(result))}");
    }

    [Fact]
    public void Api_endpoints_reach_the_store_only_through_the_domain()
    {
        var result = ReachesTheStoreOnlyThroughTheDomain(Types.InAssembly(PortalAssembly).That().ResideInNamespaceMatching(Within("GovProcurement.Portal.Api")));

        Assert.NotEmpty(Selected(result));
        Assert.True(result.IsSuccessful, $"API types that use the store directly: {string.Join(", ", Failing(result))}");
    }

    [Fact]
    public void The_rest_of_the_portal_reaches_the_store_only_through_the_domain_except_its_composition_root()
    {
        var rest = Types.InAssembly(PortalAssembly).That().ResideInNamespaceMatching(Within("GovProcurement.Portal"))
            .And().DoNotResideInNamespaceMatching(Within("GovProcurement.Portal.Components"))
            .And().DoNotResideInNamespaceMatching(Within("GovProcurement.Portal.Api"))
            .And().DoNotInherit<ComponentBase>();

        var result = ReachesTheStoreOnlyThroughTheDomain(rest);

        Assert.Contains(typeof(GovProcurement.Portal.Workspaces.CurrentActor).FullName!, Selected(result));
        var outsideTheRoot = (result.FailingTypes ?? [])
            .Where(t => !CompositionRoot.Contains(Outermost(t.ReflectionType).Name))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(outsideTheRoot);
    }

    [Fact]
    public void The_store_rule_catches_a_page_that_opens_the_store_itself()
    {
        var result = ReachesTheStoreOnlyThroughTheDomain(Types.InAssembly(Tests).That().ResideInNamespaceMatching(Within(typeof(PageThatQueriesTheStore).Namespace!)));

        Assert.False(result.IsSuccessful);
        Assert.Equal([typeof(PageThatQueriesTheStore).FullName!], Failing(result).Select(n => n.Split('/')[0]).Distinct());
    }
}

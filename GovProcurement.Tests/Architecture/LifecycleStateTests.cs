using System.Reflection;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Tests.Architecture.Violations.Aggregates;

namespace GovProcurement.Tests.Architecture;

/// <summary>
/// Nothing outside an aggregate's own methods changes its status or other stored state: no stored type
/// has a public setter (nor init, nor a public field), and a status has only a private one, so inside the
/// domain too only the aggregate's methods (which the use cases call) move it on. NetArchTest cannot tell
/// a private setter from an internal one, so these rules read the types with reflection.
/// </summary>
public sealed class LifecycleStateTests
{
    [Fact]
    public void No_stored_type_of_the_domain_has_a_public_setter()
    {
        var stored = StoredTypes();

        Assert.Contains(typeof(GovProcurement.Domain.Plans.ProcurementPlan), stored);
        Assert.Contains(typeof(ApplicationUser), stored);
        Assert.Empty(PubliclySettable(stored));
    }

    [Fact]
    public void Every_status_of_a_stored_type_is_changed_only_by_the_type_itself()
    {
        var stored = StoredTypes();

        Assert.Contains(typeof(GovProcurement.Domain.Projects.ProcurementProject), stored);
        Assert.Empty(StatusSettableFromOutside(stored));
    }

    [Fact]
    public void The_setter_rules_catch_public_internal_and_init_setters()
    {
        Type[] aggregates = [typeof(AggregateWithAPublicStatus), typeof(AggregateWithAnInternalStatus), typeof(AggregateWithAnInitOnlyMoment), typeof(AggregateThatMovesItself)];

        Assert.Equal(
            [$"{nameof(AggregateWithAPublicStatus)}.Status", $"{nameof(AggregateWithAnInitOnlyMoment)}.FiledUtc"],
            PubliclySettable(aggregates));
        Assert.Equal(
            [$"{nameof(AggregateWithAPublicStatus)}.Status", $"{nameof(AggregateWithAnInternalStatus)}.Status"],
            StatusSettableFromOutside(aggregates));
    }

    /// <summary>The domain's types that the store keeps: the entity types of the EF model.</summary>
    private static IReadOnlyList<Type> StoredTypes()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        return db.Model.GetEntityTypes()
            .Select(e => e.ClrType)
            .Where(t => t.Assembly == ArchitectureRules.DomainAssembly)
            .Distinct()
            .ToList();
    }

    /// <summary>
    /// "Type.Member" for each property with a public setter (init included) and each public writable field
    /// declared in the domain. Properties a framework base type declares are its own business: ASP.NET
    /// Identity's <c>UserManager</c> sets <c>IdentityUser</c>'s name, hash, stamps and lockout.
    /// </summary>
    internal static IReadOnlyList<string> PubliclySettable(IEnumerable<Type> types) =>
        types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && p.DeclaringType?.Assembly == t.Assembly)
                .Select(p => $"{t.Name}.{p.Name}")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => $"{t.Name}.{f.Name}")))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>"Type.Member" for each status (an enum named …Status or …State) whose setter is not private.</summary>
    internal static IReadOnlyList<string> StatusSettableFromOutside(IEnumerable<Type> types) =>
        types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Where(IsStatus)
                .Where(p => p.SetMethod is { IsPrivate: false })
                .Select(p => $"{t.Name}.{p.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsStatus(PropertyInfo property) =>
        (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is { IsEnum: true } type
        && (type.Name.EndsWith("Status", StringComparison.Ordinal) || type.Name.EndsWith("State", StringComparison.Ordinal));
}

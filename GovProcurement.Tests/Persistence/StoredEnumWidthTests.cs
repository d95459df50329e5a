using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GovProcurement.Tests.Persistence;

/// <summary>
/// Enums are stored by name. SQLite ignores a column's length, so a name longer than its column passes
/// there and fails on PostgreSQL and SQL Server ("value too long"): every name must fit, on every provider.
/// </summary>
public sealed class StoredEnumWidthTests
{
    [Fact]
    public void Every_enum_stored_by_name_fits_its_column()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.Empty(TooNarrow(db.Model));
    }

    [Fact]
    public void A_column_narrower_than_a_name_is_found()
    {
        var builder = new ModelBuilder();
        builder.Entity<Row>().Property(r => r.Kind).HasConversion<string>().HasMaxLength(5);

        Assert.Equal(["Row.Kind: 'LongerName' is 10 characters, the column 5"], TooNarrow(builder.FinalizeModel()));
    }

    private static List<string> TooNarrow(IReadOnlyModel model) =>
        [.. from entity in model.GetEntityTypes()
            from property in entity.GetProperties()
            let type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType
            where type.IsEnum && property.GetMaxLength() is not null && (property.GetValueConverter()?.ProviderClrType ?? property.GetProviderClrType()) == typeof(string)
            from name in Enum.GetNames(type)
            where name.Length > property.GetMaxLength()
            select $"{entity.ClrType.Name}.{property.Name}: '{name}' is {name.Length} characters, the column {property.GetMaxLength()}"];

    private enum Width
    {
        Short,
        LongerName,
    }

    private sealed class Row
    {
        public int Id { get; set; }

        public Width Kind { get; set; }
    }
}

using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace GovProcurement.Benchmarks;

/// <summary>
/// Writes rows of one entity type straight into its table, for filling a benchmark store fast: the
/// table, its columns and the value conversions come from the EF model (so the schema is the real
/// one), the rows go in as prepared parameterised INSERTs on SQLite and as a binary COPY on PostgreSQL.
/// A row names the values of <see cref="Columns"/> in model terms (Money, enums, UTC times); every
/// other column of the entity type gets NULL when nullable, else a plain default (the discriminator
/// its entity type's value).
/// </summary>
public sealed class BulkTableWriter : IAsyncDisposable
{
    private static readonly DateTime DefaultTime = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly IProperty[] properties;
    private readonly object?[] defaults;
    private readonly int[] given;
    private readonly SqliteCommand? insert;
    private readonly NpgsqlBinaryImporter? copy;
    private readonly object?[] row;
    private NpgsqlConnection? copyConnection;

    private BulkTableWriter(IProperty[] properties, object?[] defaults, int[] given, SqliteCommand? insert, NpgsqlBinaryImporter? copy)
    {
        this.properties = properties;
        this.defaults = defaults;
        this.given = given;
        this.insert = insert;
        this.copy = copy;
        row = new object?[properties.Length];
    }

    public long Count { get; private set; }

    public static async Task<BulkTableWriter> OpenAsync(DbContext model, DbConnection connection, Type entityType, params string[] columns)
    {
        var type = model.Model.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = type.GetProperties().Where(p => p.GetColumnName(table) is not null).ToArray();
        var names = properties.Select(p => p.Name).ToList();
        var given = columns.Select(c => names.IndexOf(c) is var i and >= 0 ? i : throw new ArgumentException($"{type.DisplayName()} has no property {c}.")).ToArray();
        var defaults = properties.Select(p => DefaultOf(p, type)).ToArray();
        var columnList = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
        if (connection is SqliteConnection sqlite)
        {
            var command = sqlite.CreateCommand();
            command.CommandText = $"INSERT INTO {Quote(table.Name)} ({columnList}) VALUES ({string.Join(", ", properties.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < properties.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter("$p" + i, null));
            }

            command.Prepare();
            return new BulkTableWriter(properties, defaults, given, command, null);
        }

        // A connection holds one COPY at a time and the writers of related tables are open together: each COPY has its own.
        var own = ((NpgsqlConnection)connection).CloneWith(connection.ConnectionString);
        await own.OpenAsync();
        await using (var replica = own.CreateCommand())
        {
            // The rows are generated consistent; the bulk load skips the foreign-key triggers.
            replica.CommandText = "SET session_replication_role = replica";
            await replica.ExecuteNonQueryAsync();
        }

        var importer = await own.BeginBinaryImportAsync($"COPY {Quote(table.Name)} ({columnList}) FROM STDIN (FORMAT BINARY)");
        return new BulkTableWriter(properties, defaults, given, null, importer) { copyConnection = own };
    }

    /// <summary>One row: the values of the columns named when opening, in that order.</summary>
    public async Task AddAsync(params object?[] values)
    {
        Array.Copy(defaults, row, row.Length);
        for (var i = 0; i < given.Length; i++)
        {
            row[given[i]] = ToProvider(properties[given[i]], values[i]);
        }

        if (insert is not null)
        {
            for (var i = 0; i < row.Length; i++)
            {
                insert.Parameters[i].Value = ForSqlite(row[i]);
            }

            insert.ExecuteNonQuery();
        }
        else
        {
            await copy!.StartRowAsync();
            foreach (var value in row)
            {
                await WriteAsync(copy, value);
            }
        }

        Count++;
    }

    public async ValueTask DisposeAsync()
    {
        if (copy is not null)
        {
            await copy.CompleteAsync();
            await copy.DisposeAsync();
        }

        if (copyConnection is not null)
        {
            await copyConnection.DisposeAsync();
        }

        insert?.Dispose();
    }

    private static string Quote(string name) => "\"" + name + "\"";

    private static object? ToProvider(IProperty property, object? value) =>
        value is null ? null : property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;

    private static object? DefaultOf(IProperty property, IEntityType type)
    {
        if (property == type.FindDiscriminatorProperty())
        {
            return ToProvider(property, type.GetDiscriminatorValue());
        }

        if (property.IsNullable)
        {
            return null;
        }

        var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        object model = clr switch
        {
            _ when clr == typeof(string) => "",
            _ when clr == typeof(byte[]) => Array.Empty<byte>(),
            _ when clr == typeof(DateTime) => DefaultTime,
            _ when clr == typeof(DateOnly) => DateOnly.FromDateTime(DefaultTime),
            _ when clr.IsEnum => Enum.GetValues(clr).GetValue(0)!,
            _ => Activator.CreateInstance(clr)!,
        };
        return ToProvider(property, model);
    }

    /// <summary>The text and integer forms EF Core's SQLite provider stores and compares.</summary>
    private static object ForSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0###########################", CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        _ => value,
    };

    private static Task WriteAsync(NpgsqlBinaryImporter copy, object? value) => value switch
    {
        null => copy.WriteNullAsync(),
        Guid g => copy.WriteAsync(g),
        string s => copy.WriteAsync(s),
        long l => copy.WriteAsync(l),
        int i => copy.WriteAsync(i),
        short s => copy.WriteAsync(s),
        bool b => copy.WriteAsync(b),
        DateTime t => copy.WriteAsync(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        DateOnly d => copy.WriteAsync(d),
        decimal m => copy.WriteAsync(m),
        double x => copy.WriteAsync(x),
        byte[] bytes => copy.WriteAsync(bytes),
        _ => throw new NotSupportedException($"No COPY form for {value.GetType().Name}."),
    };
}

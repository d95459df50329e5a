using System.Data.Common;
using Microsoft.Data.Sqlite;
using GovProcurement.Domain.Persistence;
using Npgsql;

namespace GovProcurement.Tests.Support;

/// <summary>
/// The database a test store or portal runs on. By default a SQLite file of its own. When the
/// environment variable <see cref="PostgreSqlVariable"/> holds a PostgreSQL server's connection string
/// (<c>./test.sh</c> starts a private cluster and sets it for the suites it runs there), a database of
/// its own on that server instead: the store's start-up migrates it, and it is dropped at the end.
/// </summary>
public sealed class TestDatabase
{
    public const string PostgreSqlVariable = "GP_TEST_POSTGRES";

    private readonly string connectionString;

    private TestDatabase(bool isPostgreSql, string connectionString)
    {
        IsPostgreSql = isPostgreSql;
        this.connectionString = connectionString;
    }

    public static string? PostgreSqlServer => Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } value ? value : null;

    public bool IsPostgreSql { get; }

    /// <summary>A SQLite file at <paramref name="sqliteFile"/>, or a fresh PostgreSQL database when the server is given.</summary>
    public static TestDatabase Create(string sqliteFile)
    {
        if (PostgreSqlServer is not { } server)
        {
            return new TestDatabase(false, $"Data Source={sqliteFile}");
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"gp_test_{Guid.NewGuid():N}" };
        return new TestDatabase(true, builder.ConnectionString);
    }

    /// <summary>The configuration that points the store at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings => IsPostgreSql
        ? [new("Database:Provider", "PostgreSql"), new("ConnectionStrings:PostgreSql", connectionString)]
        : [new("Database:Provider", "Sqlite"), new("ConnectionStrings:Sqlite", connectionString)];

    /// <summary>A store context on this database, for a test that writes what another process left behind.</summary>
    public GovProcurementDbContext CreateContext() => IsPostgreSql
        ? new PostgreSqlGovProcurementDbContext(StoreOptions.ForPostgreSql<PostgreSqlGovProcurementDbContext>(connectionString))
        : new SqliteGovProcurementDbContext(StoreOptions.ForSqlite<SqliteGovProcurementDbContext>(connectionString));

    /// <summary>Runs raw SQL as someone with database access would; parameters are named <c>@name</c>, identifiers double-quoted, which both providers read.</summary>
    public async Task ExecuteSqlAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using DbConnection connection = IsPostgreSql ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Releases pooled connections; a PostgreSQL database is dropped (its connections closed first).</summary>
    public async Task DropAsync()
    {
        if (!IsPostgreSql)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var own = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }

        var database = builder.Database!;
        builder.Database = "postgres";
        builder.Pooling = false;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}

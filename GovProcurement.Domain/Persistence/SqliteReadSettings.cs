using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovProcurement.Domain.Persistence;

/// <summary>
/// Read settings for every SQLite connection the store opens: the file is read through a memory map
/// (the operating system's page cache, shared by all connections, instead of a copy per page read) and
/// each connection may cache up to 64 MiB of pages. SQLite's defaults (no map, 2 MiB of cache) make
/// the supervision aggregates over a province's plans (hundreds of thousands of lines) re-read the
/// same pages many times over. Both settings last for the connection and cost nothing when unused.
/// </summary>
internal sealed class SqliteReadSettings : DbConnectionInterceptor
{
    public static readonly SqliteReadSettings Instance = new();

    private const string Pragmas = "PRAGMA mmap_size=1073741824; PRAGMA cache_size=-65536;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

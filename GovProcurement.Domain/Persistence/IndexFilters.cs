using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Persistence;

/// <summary>
/// The configurations write filtered-index conditions with bracketed column names (<c>[Status] = 'Sealed'</c>),
/// which SQLite and SQL Server read; PostgreSQL quotes identifiers with double quotes instead. Rewriting
/// them for PostgreSQL alone keeps the other providers' models, and so their migrations, unchanged.
/// </summary>
internal static partial class IndexFilters
{
    public static void QuoteForPostgreSql(ModelBuilder builder)
    {
        foreach (var index in builder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredIndexes()))
        {
            if (index.GetFilter() is { } filter)
            {
                index.SetFilter(BracketedName().Replace(filter, "\"$1\""));
            }
        }
    }

    [GeneratedRegex(@"\[([A-Za-z_][A-Za-z0-9_]*)\]")]
    private static partial Regex BracketedName();
}

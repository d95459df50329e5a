using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GovProcurement.Tests.Persistence;

/// <summary>
/// No SQL Server runs here, so its migrations are proven by parsing what they generate with Microsoft's
/// own T-SQL parser (SQL Server 2022's grammar): the full script, the idempotent one a deployment runs,
/// and the create script. A migration with SQL that SQL Server would reject fails here.
/// </summary>
public sealed class SqlServerScriptParseTests
{
    private static SqlServerGovProcurementDbContext SqlServer() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void The_migration_script_parses_as_TSql()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript();

        var parsed = Parse(script);

        Assert.True(CreatedTables(parsed) >= db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct().Count());
    }

    [Fact]
    public void The_idempotent_migration_script_parses_as_TSql()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parsed = Parse(script);

        Assert.Contains(parsed.Batches.SelectMany(b => b.Statements), s => s is IfStatement);
    }

    [Fact]
    public void The_create_script_parses_as_TSql()
    {
        using var db = SqlServer();

        var parsed = Parse(db.Database.GenerateCreateScript());

        Assert.Equal(db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct().Count(), CreatedTables(parsed));
    }

    [Fact]
    public void The_parser_rejects_what_SQL_Server_would()
    {
        var errors = Errors("CREATE TABLE [Broken] ([Id] int NOT NULL PRIMARY KEY,, [Name] nvarchar(10));");

        Assert.NotEmpty(errors);
    }

    private static TSqlScript Parse(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(10).Select(e => $"line {e.Line}: {e.Message}")));
        return (TSqlScript)fragment;
    }

    private static IList<ParseError> Errors(string script)
    {
        using var reader = new StringReader(script);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        return errors;
    }

    private static int CreatedTables(TSqlScript script) =>
        script.Batches.SelectMany(b => b.Statements).SelectMany(Flatten).OfType<CreateTableStatement>().Count();

    /// <summary>A statement and those nested in IF … BEGIN … END blocks, as the idempotent script wraps each step.</summary>
    private static IEnumerable<TSqlStatement> Flatten(TSqlStatement statement) => statement switch
    {
        IfStatement conditional => Flatten(conditional.ThenStatement).Concat(conditional.ElseStatement is { } other ? Flatten(other) : []),
        BeginEndBlockStatement block => block.StatementList.Statements.SelectMany(Flatten),
        _ => [statement],
    };
}

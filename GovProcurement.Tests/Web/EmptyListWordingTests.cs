using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace GovProcurement.Tests.Web;

/// <summary>No list in the portal falls back to the bare "no matching records" sentence.</summary>
public partial class EmptyListWordingTests
{
    private const string BareSentence = "没有符合条件的记录。";

    private static IEnumerable<(string File, string Text)> Pages() =>
        Directory.EnumerateFiles(Path.Combine(ResourceTests.RepositoryRoot(), "GovProcurement.Portal", "Components"), "*.razor", SearchOption.AllDirectories)
            .Select(file => (Path.GetFileName(file), File.ReadAllText(file)));

    [Fact]
    public void Every_table_and_grid_says_what_to_do_when_it_is_empty()
    {
        var tables = Pages().SelectMany(page => DataTable().Matches(page.Text).Select(m => (page.File, Block: m.Value))).ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.True(
            Regex.IsMatch(table.Block, @"<NoRecordsContent>\s*<EmptyState\b"),
            $"A table in {table.File} has no <NoRecordsContent><EmptyState …/> (it would show the bare sentence)."));
    }

    [Fact]
    public void No_page_uses_the_bare_sentence_or_its_resource()
    {
        var resources = new ResourceManager("GovProcurement.Portal.Resources.SharedResource", typeof(GovProcurement.Portal.SharedResource).Assembly);
        var chinese = resources.GetResourceSet(CultureInfo.GetCultureInfo("zh-CN"), createIfNotExists: true, tryParents: true)!;

        Assert.All(Pages(), page => Assert.DoesNotContain("Grid.Empty", page.Text));
        Assert.DoesNotContain(chinese.Cast<System.Collections.DictionaryEntry>(), entry => (string?)entry.Value == BareSentence);
    }

    [GeneratedRegex(@"<(MudTable|MudDataGrid)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex DataTable();
}

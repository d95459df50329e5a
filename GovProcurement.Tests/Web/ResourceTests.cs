using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GovProcurement.Portal.Workspaces;

namespace GovProcurement.Tests.Web;

/// <summary>Every UI string the pages ask for exists in Chinese and in English.</summary>
public partial class ResourceTests
{
    private static readonly ResourceManager Resources = new("GovProcurement.Portal.Resources.SharedResource", typeof(GovProcurement.Portal.SharedResource).Assembly);

    public static IEnumerable<object[]> KeysUsedByPages()
    {
        var root = Path.Combine(RepositoryRoot(), "GovProcurement.Portal");
        var keys = Directory.EnumerateFiles(root, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Concat(WorkspaceNavigation.For(new System.Security.Claims.ClaimsPrincipal()).SelectMany(s => s.Items.Select(i => i.LabelKey).Append(s.TitleKey)))
            .Distinct();
        return keys.Select(k => new object[] { k });
    }

    [Theory]
    [MemberData(nameof(KeysUsedByPages))]
    public void Key_HasChineseAndEnglish(string key)
    {
        var zh = Resources.GetString(key, CultureInfo.GetCultureInfo("zh-CN"));
        var en = Resources.GetString(key, CultureInfo.GetCultureInfo("en-US"));
        Assert.False(string.IsNullOrEmpty(zh), $"{key} has no Chinese text");
        Assert.False(string.IsNullOrEmpty(en), $"{key} has no English text");
        Assert.NotEqual(zh, en);
    }

    [Fact]
    public void AllWorkspaceSections_AreTranslated()
    {
        foreach (var role in GovProcurement.Domain.Accounts.Roles.All)
        {
            var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, role)], "test"));
            foreach (var section in WorkspaceNavigation.For(user))
            {
                Assert.False(string.IsNullOrEmpty(Resources.GetString(section.TitleKey, CultureInfo.GetCultureInfo("en-US"))));
                Assert.All(section.Items, item => Assert.False(string.IsNullOrEmpty(Resources.GetString(item.LabelKey, CultureInfo.GetCultureInfo("zh-CN")))));
            }
        }
    }

    public static IEnumerable<object[]> KeysBuiltFromEnums() =>
        Enum.GetNames<GovProcurement.Domain.Audit.AuditEventType>().Select(n => "AuditType." + n)
            .Concat(Enum.GetNames<GovProcurement.Domain.Accounts.InitialPasswordSource>().Select(n => "PasswordSource." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Accounts.AccountNameBase>().Select(n => "NameBase." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Accounts.RegionScope>().Select(n => "Scope." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Organizations.EnterpriseScale>().Select(n => "Scale." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Rules.RuleKind>().Select(n => "RuleKind." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Catalogue.ProcurementCategory>().Select(n => "Category." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Plans.PlanStatus>().Select(n => "PlanStatus." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Plans.PlanAction>().Select(n => "PlanAction." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Routing.ProcurementRoute>().Select(n => "Route." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Routing.ProcurementMethod>().Select(n => "Method." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Projects.ProjectStatus>().Select(n => "ProjectStatus." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Projects.ProjectAction>().Select(n => "ProjectAction." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Projects.ScoringMethod>().Select(n => "Scoring." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Notices.NoticeType>().Select(n => "NoticeType." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Supervision.ExceptionKind>().Select(n => "ExceptionKind." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Supervision.SupervisionReport>().Select(n => "Report." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Supervision.PlanDimension>().Select(n => "Supervision.Dimension." + n))
            .Concat(Enum.GetNames<GovProcurement.Domain.Projects.ProjectRole>().Select(n => "Empty.Projects." + n))
            .Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(KeysBuiltFromEnums))]
    public void EnumDisplayKey_HasChineseAndEnglish(string key) => Key_HasChineseAndEnglish(key);

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovProcurement.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex(@"L\[""([A-Za-z.]+)""")]
    private static partial Regex LiteralKey();
}

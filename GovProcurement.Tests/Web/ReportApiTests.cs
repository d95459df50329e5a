using ClosedXML.Excel;
using GovProcurement.Tests.ApiClient;
using GovProcurement.Tests.ApiClient.Models;
using GovProcurement.Tests.Support;
using Microsoft.Kiota.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Web;

/// <summary>Supervision reports through /api/v1/reports for finance departments' keys (background exports: Exports/ExportJobTests).</summary>
public class ReportApiTests(DemoPortal portal) : IClassFixture<DemoPortal>, IAsyncLifetime
{
    private SupervisionScenario scenario = default!;

    public async Task InitializeAsync()
    {
        scenario = new SupervisionScenario(portal.Services);
        await using var db = portal.Get<IDbContextFactory<GovProcurement.Domain.Persistence.GovProcurementDbContext>>().CreateDbContext();
        if (!await db.Plans.AnyAsync())
        {
            await scenario.SeedAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<GovProcurementApiClient> ApiForAsync(string organizationName) =>
        IntegrationApiClient.ForOrganizationAsync(portal, organizationName, "监管报表（测试）");

    private static List<string> PlanNumbers(Stream workbook)
    {
        using var book = new XLWorkbook(workbook);
        return book.Worksheet(1).Column(1).CellsUsed().Select(c => c.GetString()).Where(s => s.StartsWith("4407", StringComparison.Ordinal)).ToList();
    }

    private static async Task<(Stream Workbook, string? ContentType)> PlanRegisterAsync(GovProcurementApiClient api, int year)
    {
        var headers = IntegrationApiClient.ResponseHeaders();
        var workbook = await api.Reports["plan-register"].GetAsync(c =>
        {
            c.QueryParameters.From = new Date(year, 1, 1);
            c.QueryParameters.To = new Date(year, 12, 31);
            c.Options.Add(headers);
        });
        var copy = new MemoryStream();
        await workbook!.CopyToAsync(copy);
        copy.Position = 0;
        return (copy, headers.Header("Content-Type"));
    }

    [Fact]
    public async Task A_finance_department_key_gets_its_jurisdictions_register_and_no_more()
    {
        var year = DateTime.UtcNow.Year;
        var jiangmen = await PlanRegisterAsync(await ApiForAsync("江门市财政局"), year);
        var heshan = await PlanRegisterAsync(await ApiForAsync("鹤山市财政局"), year);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", jiangmen.ContentType);
        var jiangmenNumbers = PlanNumbers(jiangmen.Workbook);
        var heshanNumbers = PlanNumbers(heshan.Workbook);
        Assert.Equal(4, jiangmenNumbers.Count);
        Assert.Equal(2, heshanNumbers.Count);
        Assert.All(heshanNumbers, n => Assert.StartsWith("440784-", n));
        Assert.Subset(jiangmenNumbers.ToHashSet(), heshanNumbers.ToHashSet());
    }

    [Fact]
    public async Task Other_keys_and_unknown_reports_are_refused_with_problem_details()
    {
        var headers = IntegrationApiClient.ResponseHeaders();
        var unit = await Assert.ThrowsAsync<ProblemDetails>(async () => await (await ApiForAsync("江门市教育局")).Reports["sme-report"].GetAsync(c => c.Options.Add(headers)));
        var unknown = await Assert.ThrowsAsync<ProblemDetails>(async () => await (await ApiForAsync("江门市财政局")).Reports["salaries"].GetAsync());
        var anonymous = await Assert.ThrowsAsync<ProblemDetails>(async () => await IntegrationApiClient.For(portal, null).Reports["sme-report"].GetAsync());

        Assert.Equal(403, unit.ResponseStatusCode);
        Assert.StartsWith("application/problem+json", headers.Header("Content-Type"));
        Assert.Equal(400, unknown.ResponseStatusCode);
        Assert.Equal(401, anonymous.ResponseStatusCode);
    }
}

using System.Net;
using ClosedXML.Excel;
using GovProcurement.Domain.Integration;
using GovProcurement.Tests.Support;
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

    private async Task<HttpClient> ClientForAsync(string organizationName)
    {
        await using var db = portal.Get<IDbContextFactory<GovProcurement.Domain.Persistence.GovProcurementDbContext>>().CreateDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Name == organizationName);
        var client = new HttpClient { BaseAddress = portal.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", await portal.Get<ApiKeys>().IssueAsync(organization.Id, "监管报表（测试）", "admin"));
        return client;
    }

    private static async Task<List<string>> PlanNumbersAsync(HttpResponseMessage response)
    {
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return book.Worksheet(1).Column(1).CellsUsed().Select(c => c.GetString()).Where(s => s.StartsWith("4407", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public async Task A_finance_department_key_gets_its_jurisdictions_register_and_no_more()
    {
        var year = DateTime.UtcNow.Year;
        var jiangmen = await (await ClientForAsync("江门市财政局")).GetAsync($"/api/v1/reports/plan-register?from={year}-01-01&to={year}-12-31");
        var heshan = await (await ClientForAsync("鹤山市财政局")).GetAsync($"/api/v1/reports/plan-register?from={year}-01-01&to={year}-12-31");

        Assert.Equal(HttpStatusCode.OK, jiangmen.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", jiangmen.Content.Headers.ContentType?.MediaType);
        var jiangmenNumbers = await PlanNumbersAsync(jiangmen);
        var heshanNumbers = await PlanNumbersAsync(heshan);
        Assert.Equal(4, jiangmenNumbers.Count);
        Assert.Equal(2, heshanNumbers.Count);
        Assert.All(heshanNumbers, n => Assert.StartsWith("440784-", n));
        Assert.Subset(jiangmenNumbers.ToHashSet(), heshanNumbers.ToHashSet());
    }

    [Fact]
    public async Task Other_keys_and_unknown_reports_are_refused_with_problem_details()
    {
        var unit = await (await ClientForAsync("江门市教育局")).GetAsync("/api/v1/reports/sme-report");
        var unknown = await (await ClientForAsync("江门市财政局")).GetAsync("/api/v1/reports/salaries");
        var anonymous = await new HttpClient { BaseAddress = portal.BaseAddress }.GetAsync("/api/v1/reports/sme-report");

        Assert.Equal(HttpStatusCode.Forbidden, unit.StatusCode);
        Assert.Equal("application/problem+json", unit.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}

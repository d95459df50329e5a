using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Integration;
using GovProcurement.Domain.Persistence;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Web;

/// <summary>The /api/v1 bounds: body size before reading, and the collection bounds behind it.</summary>
public class ApiBoundsTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static readonly int Year = DateTime.UtcNow.AddDays(30).Year;

    private async Task<HttpClient> ClientAsync(string organizationName)
    {
        await using var db = portal.Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Name == organizationName);
        var key = await portal.Get<ApiKeys>().IssueAsync(organization.Id, "边界测试", "admin");
        var client = new HttpClient { BaseAddress = portal.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private long PlanCount()
    {
        using var db = portal.Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContext();
        return db.Plans.Count();
    }

    /// <summary>A plan draft of the given number of identical, valid items (as in the reported attack).</summary>
    private static object Draft(int items) => new
    {
        title = "边界测试：重复品目",
        expectedStart = $"{Year}-12-20",
        items = Enumerable.Repeat(new { catalogueCode = "A02010104", quantity = 1, unitOfMeasure = "台", amount = 1000m, budgetLineCode = $"701001-{Year}-01" }, items).ToArray(),
        route = "EMallSimpleProcurement",
    };

    private static async Task AssertTooLargeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Contains("请求体过大", problem.GetProperty("title").GetString());
        Assert.Contains("too large", problem.GetProperty("title").GetString());
        Assert.Contains("Limits:ApiBodyBytes", problem.GetProperty("detail").GetString());
        Assert.Contains("1 MB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task BodyOverTheBound_WithContentLength_Gets413ProblemDetails_InChineseAndEnglish_AndStoresNothing()
    {
        var client = await ClientAsync("江门市教育局");
        var before = PlanCount();
        var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(Draft(85_000)));
        body.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/api/v1/plans", body);

        await AssertTooLargeAsync(response);
        Assert.Equal(before, PlanCount());
    }

    [Fact]
    public async Task BodyOverTheBound_SentWithoutLength_Gets413_WhileReading()
    {
        var client = await ClientAsync("江门市教育局");
        var before = PlanCount();
        var body = JsonContent.Create(Draft(12_000)); // serialized while sending: chunked, no Content-Length

        var response = await client.PostAsync("/api/v1/plans", body);

        Assert.Null(body.Headers.ContentLength);
        await AssertTooLargeAsync(response);
        Assert.Equal(before, PlanCount());
    }

    [Fact]
    public async Task PlanWithMoreThanTheMaximumItems_IsRefused_NamingTheBound_AndStoresNothing()
    {
        var client = await ClientAsync("江门市教育局");
        var max = new InputLimits().PlanItems;
        var before = PlanCount();

        var refused = await client.PostAsJsonAsync("/api/v1/plans", Draft(max + 1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var detail = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Contains($"品目最多 {max} 个", detail);
        Assert.Contains($"At most {max} items per plan", detail);
        Assert.Equal(before, PlanCount());

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/plans", Draft(max))).StatusCode);
    }

    [Fact]
    public async Task RoutingPreviewPastTheItemBound_GetsAFieldError()
    {
        var client = await ClientAsync("江门市教育局");
        var max = new InputLimits().PlanItems;
        var items = Enumerable.Repeat(new { catalogueCode = "A02010104", amount = 1000m }, max + 1).ToArray();

        var response = await client.PostAsJsonAsync("/api/v1/routing/preview", new { unitBudgetCode = "784001", date = "2026-11-27", items });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains($"At most {max} items per plan", errors.GetProperty("items")[0].GetString());
    }

    [Fact]
    public async Task BudgetLoadPastTheBound_IsRefused()
    {
        var client = await ClientAsync("鹤山市教育局");
        var max = new InputLimits().BudgetLinesPerLoad;
        var lines = Enumerable.Range(1, max + 1).Select(i => new { fiscalYear = Year, lineCode = $"B-{i:D5}", fundSource = "一般公共预算", amount = 1000m }).ToArray();

        var response = await client.PutAsync("/api/v1/budget-lines", new StringContent(JsonSerializer.Serialize(new { lines }), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"At most {max} budget lines per load", await response.Content.ReadAsStringAsync());
    }
}

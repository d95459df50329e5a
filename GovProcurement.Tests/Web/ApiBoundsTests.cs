using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Integration;
using GovProcurement.Domain.Persistence;
using GovProcurement.Tests.ApiClient;
using GovProcurement.Tests.ApiClient.Models;
using GovProcurement.Tests.Support;
using Microsoft.Kiota.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Web;

/// <summary>The /api/v1 bounds: body size before reading (raw HTTP: the size is the point), and the collection bounds behind it (typed client).</summary>
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

    private async Task<GovProcurementApiClient> ApiAsync(string organizationName) =>
        await IntegrationApiClient.ForOrganizationAsync(portal, organizationName, "边界测试");

    private static PlanDraftRequest TypedDraft(int items) => new()
    {
        Title = "边界测试：重复品目",
        ExpectedStart = new Date(Year, 12, 20),
        Items = Enumerable.Range(0, items).Select(_ => new PlanItemRequest { CatalogueCode = "A02010104", Quantity = 1, UnitOfMeasure = "台", Amount = 1000m, BudgetLineCode = $"701001-{Year}-01" }).ToList(),
        Route = "EMallSimpleProcurement",
    };

    [Fact]
    public async Task PlanWithMoreThanTheMaximumItems_IsRefused_NamingTheBound_AndStoresNothing()
    {
        var api = await ApiAsync("江门市教育局");
        var max = new InputLimits().PlanItems;
        var before = PlanCount();

        var refused = await Assert.ThrowsAsync<ProblemDetails>(() => api.Plans.PostAsync(TypedDraft(max + 1)));

        Assert.Equal(422, refused.ResponseStatusCode);
        Assert.Contains($"品目最多 {max} 个", refused.Detail);
        Assert.Contains($"At most {max} items per plan", refused.Detail);
        Assert.Equal(before, PlanCount());

        Assert.NotNull((await api.Plans.PostAsync(TypedDraft(max)))?.Id);
    }

    [Fact]
    public async Task RoutingPreviewPastTheItemBound_GetsAFieldError()
    {
        var api = await ApiAsync("江门市教育局");
        var max = new InputLimits().PlanItems;
        var items = Enumerable.Range(0, max + 1).Select(_ => new RoutingItemRequest { CatalogueCode = "A02010104", Amount = 1000m }).ToList();

        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => api.Routing.Preview.PostAsync(new RoutingPreviewRequest { UnitBudgetCode = "784001", Date = new Date(2026, 11, 27), Items = items }));

        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.Contains($"At most {max} items per plan", problem.FieldErrors()["items"][0]);
    }

    [Fact]
    public async Task BudgetLoadPastTheBound_IsRefused()
    {
        var api = await ApiAsync("鹤山市教育局");
        var max = new InputLimits().BudgetLinesPerLoad;
        var lines = Enumerable.Range(1, max + 1).Select(i => new BudgetLineRequest { FiscalYear = Year, LineCode = $"B-{i:D5}", FundSource = "一般公共预算", Amount = 1000m }).ToList();

        var refused = await Assert.ThrowsAsync<ProblemDetails>(() => api.BudgetLines.PutAsync(new BudgetLinesRequest { Lines = lines }));

        Assert.Equal(422, refused.ResponseStatusCode);
        Assert.Contains($"At most {max} budget lines per load", refused.Detail);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovProcurement.Domain.Integration;
using GovProcurement.Tests.ApiClient;
using GovProcurement.Tests.ApiClient.Models;
using GovProcurement.Tests.Support;
using Microsoft.Kiota.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Web;

/// <summary>The /api/v1 integration API over real HTTP, with keys the administrator issued.</summary>
public class IntegrationApiTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static readonly int Year = DateTime.UtcNow.AddDays(30).Year;

    private async Task<string> KeyForAsync(string organizationName)
    {
        await using var db = portal.Get<IDbContextFactory<GovProcurement.Domain.Persistence.GovProcurementDbContext>>().CreateDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Name == organizationName);
        return await portal.Get<ApiKeys>().IssueAsync(organization.Id, "预算系统对接（测试）", "admin");
    }

    private HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = portal.BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private async Task<GovProcurementApiClient> ApiAsync(string organizationName) => IntegrationApiClient.For(portal, await KeyForAsync(organizationName));

    private static PlanDraftRequest Draft(string title, decimal amount = 300_000m, string budgetLine = "701001-{0}-01") => new()
    {
        Title = title,
        ExpectedStart = new Date(Year, 12, 20),
        Items = [new PlanItemRequest { CatalogueCode = "A02010104", Quantity = 50, UnitOfMeasure = "台", Amount = amount, BudgetLineCode = string.Format(System.Globalization.CultureInfo.InvariantCulture, budgetLine, Year) }],
        Route = "EMallSimpleProcurement",
    };

    [Fact]
    public async Task RoutingPreview_ExplainsTheDecision_WithCitations()
    {
        var api = await ApiAsync("江门市教育局");
        var body = await api.Routing.Preview.PostAsync(new RoutingPreviewRequest
        {
            UnitBudgetCode = "784001",
            Date = new Date(2026, 11, 27),
            Items = [new RoutingItemRequest { CatalogueCode = "A02010104", Amount = 2_500_000m }, new RoutingItemRequest { CatalogueCode = "A0201060102", Amount = 1_500_000m }],
        });
        Assert.NotNull(body);
        Assert.Equal(4_000_000m, body.TotalYuan);
        var routes = body.Routes!.ToDictionary(r => r.Code!, r => r.Allowed);
        Assert.False(routes["EMallSimpleProcurement"]);
        Assert.True(routes["EntrustCentralizedAgency"]);
        Assert.Contains("江财采购〔2020〕32号", body.Routes![0].Reason!.SourceZh);
    }

    [Fact]
    public async Task PlanDraft_IsStored_AndItsStatusCanBeRead()
    {
        var api = await ApiAsync("江门市教育局");
        var headers = IntegrationApiClient.ResponseHeaders();
        var created = await api.Plans.PostAsync(Draft("预算系统推送：电脑采购"), c => c.Options.Add(headers));
        Assert.NotNull(created?.Id);
        Assert.Equal($"/api/v1/plans/{created.Id}", headers.Header("Location"));
        Assert.Equal("Draft", created.Status);

        var status = await api.Plans[created.Id.Value].GetAsync();
        Assert.NotNull(status);
        Assert.Equal("Draft", status.Status);
        Assert.Equal("planning", status.OcdsStatus);
        Assert.Equal(300_000m, status.TotalYuan);
        Assert.Equal("Created", status.Timeline![0].Action);
    }

    [Fact]
    public async Task PlanTimeline_ExchangesUtc_AsIso8601WithItsOffset()
    {
        var key = await KeyForAsync("江门市教育局");
        var (client, api) = (Client(key), IntegrationApiClient.For(portal, key));
        var id = (await api.Plans.PostAsync(Draft("预算系统推送：时间格式")))!.Id!.Value;

        // The wire format itself, as another platform's parser reads it; the typed client reads the same instant.
        var sent = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/plans/{id}")).RootElement.GetProperty("timeline")[0].GetProperty("atUtc").GetString()!;

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+00:00)$", sent);
        await using var db = portal.Get<IDbContextFactory<GovProcurement.Domain.Persistence.GovProcurementDbContext>>().CreateDbContext();
        var stored = (await db.Plans.Include(p => p.Events).SingleAsync(p => p.Id == id)).Events.Single().AtUtc;
        Assert.Equal(new DateTimeOffset(stored, TimeSpan.Zero), DateTimeOffset.Parse(sent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTimeOffset(stored, TimeSpan.Zero), (await api.Plans[id].GetAsync())!.Timeline![0].AtUtc);
    }

    [Fact]
    public async Task MalformedRequest_GetsFieldErrors_AndStoresNothing()
    {
        var api = await ApiAsync("江门市第一中学");
        long Count() { using var db = portal.Get<IDbContextFactory<GovProcurement.Domain.Persistence.GovProcurementDbContext>>().CreateDbContext(); return db.Plans.Count(); }
        var before = Count();
        var headers = IntegrationApiClient.ResponseHeaders();
        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => api.Plans.PostAsync(new PlanDraftRequest
        {
            Title = "",
            Items = [new PlanItemRequest { CatalogueCode = "Z999", Quantity = 0, Amount = 10.005m, BudgetLineCode = "nope" }],
            Route = "Teleport",
        }, c => c.Options.Add(headers)));
        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.StartsWith("application/problem+json", headers.Header("Content-Type"));
        var errors = problem.FieldErrors();
        foreach (var field in new[] { "title", "expectedStart", "items[0].catalogueCode", "items[0].quantity", "items[0].amount", "items[0].budgetLineCode", "route" })
        {
            Assert.True(errors.ContainsKey(field), $"no error for {field}");
        }

        Assert.Contains("精确到分", errors["items[0].amount"][0]);
        Assert.Equal(before, Count());
    }

    [Fact]
    public async Task FieldErrors_AreNamedAsTheContract_AndSpeakTheLanguageAsked()
    {
        var api = IntegrationApiClient.For(portal, await KeyForAsync("江门市教育局"));
        var lines = new BudgetLinesRequest { Lines = [new BudgetLineRequest { FiscalYear = 1999, LineCode = "", FundSource = "一般公共预算", Amount = -1m }] };

        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => api.BudgetLines.PutAsync(lines, config => config.Headers.Add("Accept-Language", "en-US")));

        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.Equal(400, problem.Status);
        var errors = problem.FieldErrors();
        Assert.Equal(["lines[0].amount", "lines[0].fiscalYear", "lines[0].lineCode"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["The amount must be positive."], errors["lines[0].amount"]);
        Assert.All(errors.Values.SelectMany(m => m), m => Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", m));

        var refused = (await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => api.Routing.Preview.PostAsync(
            new RoutingPreviewRequest { UnitBudgetCode = "nope", Items = [] },
            config => config.Headers.Add("Accept-Language", "zh-CN")))).FieldErrors();
        Assert.Equal("找不到该预算编码的单位。", refused["unitBudgetCode"][0]);
        Assert.Equal("至少提供一个采购品目。", refused["items"][0]);
    }

    [Fact]
    public async Task RevokedKey_IsRefused()
    {
        var key = await KeyForAsync("鹤山市教育局");
        var api = IntegrationApiClient.For(portal, key);
        Assert.NotNull((await api.Plans.PostAsync(Draft("鹤山：撤销前", budgetLine: "784001-{0}-01")))?.Id);

        var keys = portal.Get<ApiKeys>();
        var row = (await keys.ListAsync()).First(k => key.StartsWith($"gpk_{k.Prefix}_", StringComparison.Ordinal));
        await keys.RevokeAsync(row.Id, "admin");

        var refused = await Assert.ThrowsAsync<ProblemDetails>(() => api.Plans.PostAsync(Draft("鹤山：撤销后", budgetLine: "784001-{0}-01")));
        Assert.Equal(401, refused.ResponseStatusCode);
        Assert.Equal(401, (await Assert.ThrowsAsync<ProblemDetails>(() => IntegrationApiClient.For(portal, null).Routing.Preview.PostAsync(new RoutingPreviewRequest()))).ResponseStatusCode);
        Assert.Equal(401, (await Assert.ThrowsAsync<ProblemDetails>(() => IntegrationApiClient.For(portal, "gpk_notakey_x").Routing.Preview.PostAsync(new RoutingPreviewRequest()))).ResponseStatusCode);
    }

    [Fact]
    public async Task OneOrganisationsKey_CannotReadAnothersPlan()
    {
        var owner = await ApiAsync("江门市教育局");
        var id = (await owner.Plans.PostAsync(Draft("仅本单位可见")))!.Id!.Value;

        var stranger = await ApiAsync("鹤山市第一中学");
        Assert.Equal(404, (await Assert.ThrowsAsync<ProblemDetails>(() => stranger.Plans[id].GetAsync())).ResponseStatusCode);
        var supplier = await ApiAsync("江门市华信电脑科技有限公司");
        Assert.Equal(404, (await Assert.ThrowsAsync<ProblemDetails>(() => supplier.Plans[id].GetAsync())).ResponseStatusCode);
        Assert.Equal(403, (await Assert.ThrowsAsync<ProblemDetails>(() => supplier.Plans.PostAsync(Draft("供应商不能提交")))).ResponseStatusCode);
        var regulator = await ApiAsync("江门市财政局");
        Assert.Equal(id, (await regulator.Plans[id].GetAsync())?.Id);
    }

    [Fact]
    public async Task BudgetLines_LoadForTheKeysUnit()
    {
        var api = await ApiAsync("鹤山市第一中学");
        await api.BudgetLines.PutAsync(new BudgetLinesRequest { Lines = [new BudgetLineRequest { FiscalYear = Year, LineCode = "784002-X-09", FundSource = "一般公共预算", Amount = 120_000.50m }] });
        var lines = await portal.Get<GovProcurement.Domain.Budget.BudgetLines>().ForUnitAsync(await UnitIdAsync("鹤山市第一中学"), Year);
        Assert.Contains(lines, l => l.LineCode == "784002-X-09" && l.Amount.Fen == 12_000_050);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var document = await Client(null).GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/routing/preview\"", document);
        Assert.Contains("\"/plans/{id}\"", document);
        Assert.Contains("\"/reports/{report}\"", document);
        Assert.DoesNotContain("/Account/Logout", document);
        Assert.DoesNotContain("/culture", document);
        Assert.DoesNotContain("/exports/", document);
        Assert.Equal(HttpStatusCode.OK, (await Client(null).GetAsync("/scalar/v1")).StatusCode);
    }

    private async Task<Guid> UnitIdAsync(string name)
    {
        await using var db = portal.Get<IDbContextFactory<GovProcurement.Domain.Persistence.GovProcurementDbContext>>().CreateDbContext();
        return (await db.Organizations.SingleAsync(o => o.Name == name)).Id;
    }

    [Fact]
    public async Task OversizedAmounts_DuplicateLines_AndBrokenJson_GetProblemDetails()
    {
        var key = await KeyForAsync("鹤山市教育局");
        var api = IntegrationApiClient.For(portal, key);
        var huge = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => api.Routing.Preview.PostAsync(new RoutingPreviewRequest
        {
            UnitBudgetCode = "784001",
            Items = [new RoutingItemRequest { CatalogueCode = "A02010104", Amount = 1e15m }],
        }));
        Assert.Equal(400, huge.ResponseStatusCode);
        Assert.Contains("items[0].amount", huge.FieldErrors().Keys);

        var duplicate = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => api.BudgetLines.PutAsync(new BudgetLinesRequest
        {
            Lines =
            [
                new BudgetLineRequest { FiscalYear = Year, LineCode = "D-1", FundSource = "一般公共预算", Amount = 1m },
                new BudgetLineRequest { FiscalYear = Year, LineCode = "D-1", FundSource = "一般公共预算", Amount = 2m },
            ],
        }));
        Assert.Equal(400, duplicate.ResponseStatusCode);
        Assert.Contains("lines[1].lineCode", duplicate.FieldErrors().Keys);

        // Not JSON at all: no typed client sends this, so it goes raw.
        var broken = await Client(key).PostAsync("/api/v1/plans", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType!.MediaType);
    }
}

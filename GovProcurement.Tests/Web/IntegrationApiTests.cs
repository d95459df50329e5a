using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovProcurement.Domain.Integration;
using GovProcurement.Tests.Support;
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

    private static object Draft(string title, decimal amount = 300_000m, string budgetLine = "701001-{0}-01") => new
    {
        title,
        expectedStart = $"{Year}-12-20",
        items = new[] { new { catalogueCode = "A02010104", quantity = 50, unitOfMeasure = "台", amount, budgetLineCode = string.Format(System.Globalization.CultureInfo.InvariantCulture, budgetLine, Year) } },
        route = "EMallSimpleProcurement",
    };

    [Fact]
    public async Task RoutingPreview_ExplainsTheDecision_WithCitations()
    {
        var client = Client(await KeyForAsync("江门市教育局"));
        var response = await client.PostAsJsonAsync("/api/v1/routing/preview", new
        {
            unitBudgetCode = "784001",
            date = "2026-11-27",
            items = new[] { new { catalogueCode = "A02010104", amount = 2_500_000m }, new { catalogueCode = "A0201060102", amount = 1_500_000m } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4_000_000m, body.GetProperty("totalYuan").GetDecimal());
        var routes = body.GetProperty("routes").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("allowed").GetBoolean());
        Assert.False(routes["EMallSimpleProcurement"]);
        Assert.True(routes["EntrustCentralizedAgency"]);
        Assert.Contains("江财采购〔2020〕32号", body.GetProperty("routes")[0].GetProperty("reason").GetProperty("sourceZh").GetString());
    }

    [Fact]
    public async Task PlanDraft_IsStored_AndItsStatusCanBeRead()
    {
        var client = Client(await KeyForAsync("江门市教育局"));
        var created = await client.PostAsJsonAsync("/api/v1/plans", Draft("预算系统推送：电脑采购"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();

        var status = JsonDocument.Parse(await client.GetStringAsync(location)).RootElement;
        Assert.Equal("Draft", status.GetProperty("status").GetString());
        Assert.Equal("planning", status.GetProperty("ocdsStatus").GetString());
        Assert.Equal(300_000m, status.GetProperty("totalYuan").GetDecimal());
        Assert.Equal("Created", status.GetProperty("timeline")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task PlanTimeline_ExchangesUtc_AsIso8601WithItsOffset()
    {
        var client = Client(await KeyForAsync("江门市教育局"));
        var location = (await client.PostAsJsonAsync("/api/v1/plans", Draft("预算系统推送：时间格式"))).Headers.Location!.ToString();

        var sent = JsonDocument.Parse(await client.GetStringAsync(location)).RootElement.GetProperty("timeline")[0].GetProperty("atUtc").GetString()!;

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+00:00)$", sent);
        await using var db = portal.Get<IDbContextFactory<GovProcurement.Domain.Persistence.GovProcurementDbContext>>().CreateDbContext();
        var id = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        var stored = (await db.Plans.Include(p => p.Events).SingleAsync(p => p.Id == id)).Events.Single().AtUtc;
        Assert.Equal(new DateTimeOffset(stored, TimeSpan.Zero), DateTimeOffset.Parse(sent, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task MalformedRequest_GetsFieldErrors_AndStoresNothing()
    {
        var client = Client(await KeyForAsync("江门市第一中学"));
        long Count() { using var db = portal.Get<IDbContextFactory<GovProcurement.Domain.Persistence.GovProcurementDbContext>>().CreateDbContext(); return db.Plans.Count(); }
        var before = Count();
        var response = await client.PostAsJsonAsync("/api/v1/plans", new
        {
            title = "",
            items = new[] { new { catalogueCode = "Z999", quantity = 0, amount = 10.005m, budgetLineCode = "nope" } },
            route = "Teleport",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "title", "expectedStart", "items[0].catalogueCode", "items[0].quantity", "items[0].amount", "items[0].budgetLineCode", "route" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }

        Assert.Contains("精确到分", errors.GetProperty("items[0].amount")[0].GetString());
        Assert.Equal(before, Count());
    }

    [Fact]
    public async Task FieldErrors_AreNamedAsTheContract_AndSpeakTheLanguageAsked()
    {
        var client = Client(await KeyForAsync("江门市教育局"));
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/budget-lines")
        {
            Content = JsonContent.Create(new { lines = new[] { new { fiscalYear = 1999, lineCode = "", fundSource = "一般公共预算", amount = -1m } } }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        var errors = body.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToList());
        Assert.Equal(["lines[0].amount", "lines[0].fiscalYear", "lines[0].lineCode"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["The amount must be positive."], errors["lines[0].amount"]);
        Assert.All(errors.Values.SelectMany(m => m), m => Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", m));

        var chinese = new HttpRequestMessage(HttpMethod.Post, "/api/v1/routing/preview") { Content = JsonContent.Create(new { unitBudgetCode = "nope", items = Array.Empty<object>() }) };
        chinese.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var refused = JsonDocument.Parse(await (await client.SendAsync(chinese)).Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("找不到该预算编码的单位。", refused.GetProperty("unitBudgetCode")[0].GetString());
        Assert.Equal("至少提供一个采购品目。", refused.GetProperty("items")[0].GetString());
    }

    [Fact]
    public async Task RevokedKey_IsRefused()
    {
        var key = await KeyForAsync("鹤山市教育局");
        var client = Client(key);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/plans", Draft("鹤山：撤销前", budgetLine: "784001-{0}-01"))).StatusCode);

        var keys = portal.Get<ApiKeys>();
        var row = (await keys.ListAsync()).First(k => key.StartsWith($"gpk_{k.Prefix}_", StringComparison.Ordinal));
        await keys.RevokeAsync(row.Id, "admin");

        var refused = await client.PostAsJsonAsync("/api/v1/plans", Draft("鹤山：撤销后", budgetLine: "784001-{0}-01"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(null).PostAsJsonAsync("/api/v1/routing/preview", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client("gpk_notakey_x").PostAsJsonAsync("/api/v1/routing/preview", new { })).StatusCode);
    }

    [Fact]
    public async Task OneOrganisationsKey_CannotReadAnothersPlan()
    {
        var owner = Client(await KeyForAsync("江门市教育局"));
        var created = await owner.PostAsJsonAsync("/api/v1/plans", Draft("仅本单位可见"));
        var location = created.Headers.Location!.ToString();

        var stranger = Client(await KeyForAsync("鹤山市第一中学"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(location)).StatusCode);
        var supplier = Client(await KeyForAsync("江门市华信电脑科技有限公司"));
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.PostAsJsonAsync("/api/v1/plans", Draft("供应商不能提交"))).StatusCode);
        var regulator = Client(await KeyForAsync("江门市财政局"));
        Assert.Equal(HttpStatusCode.OK, (await regulator.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task BudgetLines_LoadForTheKeysUnit()
    {
        var client = Client(await KeyForAsync("鹤山市第一中学"));
        var response = await client.PutAsJsonAsync("/api/v1/budget-lines", new { lines = new[] { new { fiscalYear = Year, lineCode = "784002-X-09", fundSource = "一般公共预算", amount = 120_000.50m } } });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var lines = await portal.Get<GovProcurement.Domain.Budget.BudgetLines>().ForUnitAsync(await UnitIdAsync("鹤山市第一中学"), Year);
        Assert.Contains(lines, l => l.LineCode == "784002-X-09" && l.Amount.Fen == 12_000_050);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var document = await Client(null).GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/routing/preview", document);
        Assert.Contains("/api/v1/plans/{id}", document);
        Assert.Contains("/api/v1/reports/{report}", document);
        var scheme = JsonDocument.Parse(document).RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        Assert.True(JsonDocument.Parse(document).RootElement.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
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
        var client = Client(await KeyForAsync("鹤山市教育局"));
        var huge = await client.PostAsJsonAsync("/api/v1/routing/preview", new { unitBudgetCode = "784001", items = new[] { new { catalogueCode = "A02010104", amount = 1e15m } } });
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("items[0].amount", await huge.Content.ReadAsStringAsync());

        var duplicate = await client.PutAsJsonAsync("/api/v1/budget-lines", new { lines = new[]
        {
            new { fiscalYear = Year, lineCode = "D-1", fundSource = "一般公共预算", amount = 1m },
            new { fiscalYear = Year, lineCode = "D-1", fundSource = "一般公共预算", amount = 2m },
        } });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("lines[1].lineCode", await duplicate.Content.ReadAsStringAsync());

        var broken = await client.PostAsync("/api/v1/plans", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType!.MediaType);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Web;

/// <summary>
/// The OpenAPI document the portal serves is the committed docs/openapi/v1.json: the document the
/// lint checks (test.sh) and the typed client in Tests/ApiClient is generated from.
/// Regenerate it with <c>OPENAPI_WRITE=1 dotnet test --filter FullyQualifiedName~OpenApiContractTests</c>.
/// </summary>
public class OpenApiContractTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static string CommittedPath
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovProcurement.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("The repository root (GovProcurement.sln) was not found."), "docs", "openapi", "v1.json");
        }
    }

    private async Task<string> ServedAsync()
    {
        using var client = new HttpClient { BaseAddress = portal.BaseAddress };
        return await client.GetStringAsync("/openapi/v1.json");
    }

    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        var served = await ServedAsync();
        if (Environment.GetEnvironmentVariable("OPENAPI_WRITE") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, served.ReplaceLineEndings("\n").TrimEnd() + "\n");
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath));
        Assert.True(JsonNode.DeepEquals(committed, JsonNode.Parse(served)),
            "The served OpenAPI document differs from docs/openapi/v1.json: regenerate it (README, Integration API) and the client in Tests/ApiClient.");
    }

    [Fact]
    public async Task The_document_describes_the_integration_api_alone()
    {
        var document = JsonDocument.Parse(await ServedAsync()).RootElement;

        Assert.Equal("/api/v1", document.GetProperty("servers")[0].GetProperty("url").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal([
            "/budget-lines", "/challenges", "/challenges/{id}", "/complaints", "/contracts", "/contracts/{id}", "/contracts/{id}/deadlines", "/contracts/{id}/payments", "/inquiries", "/listings", "/listings/mine", "/listings/{id}", "/orders", "/orders/{id}", "/orders/{id}/cancel", "/orders/{id}/confirm", "/orders/{id}/decline",
            "/orders/{id}/deliver", "/orders/{id}/receive", "/plans", "/plans/{id}", "/reports/{report}", "/requirements", "/requirements/{id}", "/requirements/{id}/quotes",
            "/routing/preview",
        ], paths.Order(StringComparer.Ordinal));
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value).ToList();
        Assert.All(operations, operation =>
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()));
            Assert.Contains("401", operation.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        });
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        Assert.True(document.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task Field_errors_are_documented_as_validation_problem_details()
    {
        var document = JsonDocument.Parse(await ServedAsync()).RootElement;

        var badRequest = document.GetProperty("paths").GetProperty("/plans").GetProperty("post").GetProperty("responses").GetProperty("400");
        var schema = badRequest.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString();
        Assert.Equal("#/components/schemas/HttpValidationProblemDetails", schema);
        Assert.True(document.GetProperty("components").GetProperty("schemas").GetProperty("HttpValidationProblemDetails").GetProperty("properties").TryGetProperty("errors", out _));
    }
}

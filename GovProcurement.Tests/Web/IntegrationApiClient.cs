using GovProcurement.Domain.Integration;
using GovProcurement.Tests.ApiClient;
using GovProcurement.Tests.ApiClient.Models;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace GovProcurement.Tests.Web;

/// <summary>
/// The typed client generated from docs/openapi/v1.json (Tests/ApiClient), pointed at a test portal
/// with an organisation's key. Only the headers-inspection handler sits in front: no retries.
/// </summary>
internal static class IntegrationApiClient
{
    public static GovProcurementApiClient For(PortalHost portal, string? key)
    {
        var http = KiotaClientFactory.Create([new HeadersInspectionHandler()]);
        if (key is not null)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = new Uri(portal.BaseAddress, "api/v1").ToString(),
        };
        return new GovProcurementApiClient(adapter);
    }

    /// <summary>A client with a new key the administrator issued to the named organisation.</summary>
    public static async Task<GovProcurementApiClient> ForOrganizationAsync(PortalHost portal, string organizationName, string purpose = "预算系统对接（测试）")
    {
        await using var db = portal.Get<IDbContextFactory<GovProcurement.Domain.Persistence.GovProcurementDbContext>>().CreateDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Name == organizationName);
        return For(portal, await portal.Get<ApiKeys>().IssueAsync(organization.Id, purpose, "admin"));
    }

    /// <summary>An option that collects the response headers of the call it is passed to.</summary>
    public static HeadersInspectionHandlerOption ResponseHeaders() => new() { InspectResponseHeaders = true };

    public static string? Header(this HeadersInspectionHandlerOption option, string name) =>
        option.ResponseHeaders.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>The field errors of a validation problem: field path → messages.</summary>
    public static IReadOnlyDictionary<string, string[]> FieldErrors(this HttpValidationProblemDetails problem) =>
        (problem.Errors?.AdditionalData ?? new Dictionary<string, object>()).ToDictionary(
            e => e.Key,
            e => e.Value is UntypedArray messages
                ? messages.GetValue().Select(m => (m as UntypedString)?.GetValue() ?? "").ToArray()
                : throw new InvalidOperationException($"The errors of {e.Key} are not a list of messages."));
}

using System.Net;
using System.Text.Json;
using GovProcurement.Domain.Integration;
using GovProcurement.Domain.Persistence;
using GovProcurement.Tests.Web.Mall;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Web.Records;

/// <summary>
/// The contract, inquiry, challenge and complaint lists bound their query (raw HTTP: the typed client
/// cannot send an unknown status): a status outside the list, skip below 0 or above 100,000, take outside
/// 1 to 100 get 400 with RFC 7807 field errors; an unknown key gets 401.
/// </summary>
public class RecordQueryBoundsTests(ContractApiFixture fixture) : IClassFixture<ContractApiFixture>
{
    public static TheoryData<string> Lists => ["contracts", "inquiries", "challenges", "complaints"];

    private async Task<HttpClient> ClientAsync(string organizationName)
    {
        await using var db = fixture.Portal.Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContext();
        var organization = await db.Organizations.SingleAsync(o => o.Name == organizationName);
        var client = new HttpClient { BaseAddress = fixture.Portal.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", await fixture.Portal.Get<ApiKeys>().IssueAsync(organization.Id, "边界测试", "admin"));
        return client;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static List<string> Fields(JsonElement problem) => problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task An_unknown_status_and_a_page_out_of_bounds_get_field_errors(string list)
    {
        var client = await ClientAsync(MallApiPortal.School);

        var status = await ProblemAsync(await client.GetAsync($"/api/v1/{list}?status=" + new string('X', 5_000)), HttpStatusCode.BadRequest);
        var low = await ProblemAsync(await client.GetAsync($"/api/v1/{list}?skip=-1&take=0"), HttpStatusCode.BadRequest);
        var high = await ProblemAsync(await client.GetAsync($"/api/v1/{list}?skip=100001&take=101"), HttpStatusCode.BadRequest);
        var edges = await client.GetAsync($"/api/v1/{list}?skip=100000&take=100");

        Assert.Equal(["status"], Fields(status));
        Assert.Equal(400, status.GetProperty("status").GetInt32());
        Assert.Equal(["skip", "take"], Fields(low));
        Assert.Equal(["skip", "take"], Fields(high));
        Assert.Contains("take 为 1 至 100", high.GetProperty("errors").GetProperty("take")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, edges.StatusCode);
    }

    [Theory]
    [InlineData("contracts", "signed")]
    [InlineData("inquiries", "ASKED")]
    [InlineData("challenges", "answered")]
    [InlineData("complaints", "Filed")]
    public async Task A_status_is_read_in_any_case(string list, string status)
    {
        var client = await ClientAsync(MallApiPortal.School);

        var response = await client.GetAsync($"/api/v1/{list}?status={status}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_valid_key_the_lists_answer_401()
    {
        using var client = new HttpClient { BaseAddress = fixture.Portal.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", "gpk_not-a-key");

        var problem = await ProblemAsync(await client.GetAsync("/api/v1/contracts"), HttpStatusCode.Unauthorized);

        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_page_that_is_not_a_number_gets_400_problem_details(string list)
    {
        var client = await ClientAsync(MallApiPortal.School);

        var response = await client.GetAsync($"/api/v1/{list}?take=many");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }
}

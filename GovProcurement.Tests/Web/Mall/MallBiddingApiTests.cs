using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Plans;
using GovProcurement.Tests.ApiClient.Models;
using Microsoft.Kiota.Abstractions;

namespace GovProcurement.Tests.Web.Mall;

/// <summary>Online bidding through /api/v1 and the generated client: requirements for the unit's key, sealed quotes for suppliers' keys.</summary>
public class MallBiddingApiTests(MallApiPortal portal) : IClassFixture<MallApiPortal>
{
    private RequirementRequest Requirement(ProcurementPlan plan, decimal ceiling = 45_000m, string code = "A02010104")
    {
        var opens = portal.Now;
        return new()
        {
            PlanId = plan.Id,
            PlanItemId = plan.Items[0].Id,
            Title = "教研室台式计算机竞价（接口）",
            Items = [new RequirementItemRequest { CatalogueCode = code, Name = "台式计算机", Quantity = 10, Unit = "台", Specification = "i5 / 16G / 512G SSD" }],
            CeilingYuan = ceiling,
            DeliveryPlace = "江门市第一中学",
            DeliverBy = new Date(BeijingTime.Day(opens).AddDays(20).ToDateTime(TimeOnly.MinValue)),
            OpensUtc = MallApiPortal.Offset(opens),
            ClosesUtc = MallApiPortal.Offset(opens.AddHours(72)),
        };
    }

    private async Task<RequirementResponse> PostedAsync()
    {
        var plan = await portal.FiledPlanAsync();
        return (await (await portal.ApiAsync(MallApiPortal.School)).Requirements.PostAsync(Requirement(plan)))!;
    }

    [Fact]
    public async Task The_unit_posts_a_requirement_from_its_filed_plan_line_and_suppliers_see_it_open()
    {
        var plan = await portal.FiledPlanAsync();
        var school = await portal.ApiAsync(MallApiPortal.School);
        var headers = IntegrationApiClient.ResponseHeaders();

        var posted = await school.Requirements.PostAsync(Requirement(plan), c => c.Options.Add(headers));
        var mine = await school.Requirements.GetAsync(c => c.QueryParameters.Take = 100);
        var open = await (await portal.ApiAsync(MallApiPortal.Medium)).Requirements.GetAsync(c => c.QueryParameters.Take = 100);

        Assert.Equal($"/api/v1/requirements/{posted!.Id}", headers.Header("Location"));
        Assert.Equal(("Quoting", "竞价中", 45_000m, plan.Id), (posted.Status, posted.StatusText!.Zh, posted.CeilingYuan!.Value, posted.PlanId!.Value));
        Assert.Contains(mine!.Items!, r => r.Id == posted.Id);
        Assert.Contains(open!.Items!, r => r.Id == posted.Id);
        Assert.False(Assert.Single(posted.Actions!, a => a.Action == "Quote").Available);
    }

    [Fact]
    public async Task A_suppliers_key_cannot_post_a_requirement_and_a_units_key_cannot_quote()
    {
        var plan = await portal.FiledPlanAsync();
        var posted = await PostedAsync();

        var post = await Assert.ThrowsAsync<ProblemDetails>(async () => await (await portal.ApiAsync(MallApiPortal.Small)).Requirements.PostAsync(Requirement(plan)));
        var quote = await Assert.ThrowsAsync<ProblemDetails>(async () =>
            await (await portal.ApiAsync(MallApiPortal.School)).Requirements[posted.Id!.Value].Quotes.PostAsync(new QuoteRequest { PriceYuan = 40_000m }));
        var list = await Assert.ThrowsAsync<ProblemDetails>(async () => await (await portal.ApiAsync(MallApiPortal.Regulator)).Requirements.GetAsync());

        Assert.Equal((403, 403, 403), (post.ResponseStatusCode, quote.ResponseStatusCode, list.ResponseStatusCode));
        Assert.Contains("只有预算单位的密钥", post.Title);
        Assert.Contains("只有供应商的密钥", quote.Title);
    }

    [Fact]
    public async Task Another_unit_can_neither_post_on_the_plan_nor_see_the_requirement()
    {
        var plan = await portal.FiledPlanAsync();
        var posted = await PostedAsync();
        var other = await portal.ApiAsync(MallApiPortal.OtherSchool);

        var post = await Assert.ThrowsAsync<ProblemDetails>(() => other.Requirements.PostAsync(Requirement(plan)));
        var read = await Assert.ThrowsAsync<ProblemDetails>(() => other.Requirements[posted.Id!.Value].GetAsync());
        var list = await other.Requirements.GetAsync(c => c.QueryParameters.Take = 100);

        Assert.Equal((404, 404), (post.ResponseStatusCode, read.ResponseStatusCode));
        Assert.Contains("只能执行本单位的采购计划", post.Detail);
        Assert.DoesNotContain(list!.Items!, r => r.Id == posted.Id);
    }

    [Fact]
    public async Task A_requirement_the_validator_refuses_is_answered_at_its_fields_and_nothing_is_posted()
    {
        var plan = await portal.FiledPlanAsync(50_000m);
        var school = await portal.ApiAsync(MallApiPortal.School);
        var before = (await school.Requirements.GetAsync(c => c.QueryParameters.Take = 100))!.TotalCount;

        var overRemaining = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => school.Requirements.PostAsync(Requirement(plan, ceiling: 50_000.01m, code: "A02010105")));
        var shapeless = Requirement(plan);
        (shapeless.OpensUtc, shapeless.DeliverBy, shapeless.Items) = (null, null, []);
        var missing = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => school.Requirements.PostAsync(shapeless));

        Assert.Equal(["ceilingYuan", "items[0].catalogueCode"], overRemaining.FieldErrors().Keys.Order(StringComparer.Ordinal));
        Assert.Contains("剩余额度", overRemaining.FieldErrors()["ceilingYuan"][0]);
        Assert.Equal(["deliverBy", "items", "opensUtc"], missing.FieldErrors().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, (await school.Requirements.GetAsync(c => c.QueryParameters.Take = 100))!.TotalCount);
    }

    [Fact]
    public async Task A_supplier_quotes_once_sees_its_own_quote_only_and_a_quote_above_the_ceiling_is_refused_at_its_field()
    {
        var posted = await PostedAsync();
        var (small, micro) = (await portal.ApiAsync(MallApiPortal.Small), await portal.ApiAsync(MallApiPortal.Micro));

        var above = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => small.Requirements[posted.Id!.Value].Quotes.PostAsync(new QuoteRequest { PriceYuan = 45_000.01m }));
        var quote = await small.Requirements[posted.Id!.Value].Quotes.PostAsync(new QuoteRequest { PriceYuan = 42_000m });
        await micro.Requirements[posted.Id!.Value].Quotes.PostAsync(new QuoteRequest { PriceYuan = 41_000m });
        var again = await Assert.ThrowsAsync<ProblemDetails>(() => small.Requirements[posted.Id!.Value].Quotes.PostAsync(new QuoteRequest { PriceYuan = 40_000m }));
        var seen = await small.Requirements[posted.Id!.Value].Quotes.GetAsync();

        Assert.Equal(["priceYuan"], above.FieldErrors().Keys);
        Assert.Equal((42_000m, true, (int?)null), (quote!.PriceYuan!.Value, quote.IsOwn!.Value, quote.Rank));
        Assert.Equal(409, again.ResponseStatusCode);
        Assert.Contains("每家供应商只能报价一次", again.Detail);
        Assert.Equal([42_000m], seen!.Select(q => q.PriceYuan!.Value));
    }

    [Fact]
    public async Task The_purchaser_sees_the_quotes_only_once_the_bidding_is_decided_after_the_close()
    {
        var posted = await PostedAsync();
        var school = await portal.ApiAsync(MallApiPortal.School);
        foreach (var (name, price) in new[] { (MallApiPortal.Small, 44_000m), (MallApiPortal.Micro, 43_000m), (MallApiPortal.Medium, 42_000m) })
        {
            await (await portal.ApiAsync(name)).Requirements[posted.Id!.Value].Quotes.PostAsync(new QuoteRequest { PriceYuan = price });
        }

        var sealedQuotes = await school.Requirements[posted.Id!.Value].Quotes.GetAsync();
        portal.Clock.Offset += TimeSpan.FromHours(73);
        await portal.Get<OnlineBiddings>().DecideDueAsync();
        var decided = await school.Requirements[posted.Id!.Value].GetAsync();
        var late = await Assert.ThrowsAsync<ProblemDetails>(async () =>
            await (await portal.ApiAsync(MallApiPortal.Small)).Requirements[posted.Id!.Value].Quotes.PostAsync(new QuoteRequest { PriceYuan = 1_000m }));

        Assert.Empty(sealedQuotes!);
        Assert.Equal("Offered", decided!.Status);
        Assert.Equal([(1, 42_000m), (2, 43_000m), (3, 44_000m)], decided.Quotes!.Select(q => (q.Rank!.Value, q.PriceYuan!.Value)));
        Assert.Equal(409, late.ResponseStatusCode);
        Assert.Contains("当前不能报价", late.Detail);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(null, 101)]
    [InlineData(-1, 10)]
    public async Task The_requirement_list_refuses_a_page_out_of_bounds(int? skip, int? take)
    {
        var api = await portal.ApiAsync(MallApiPortal.School);

        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => api.Requirements.GetAsync(c => { c.QueryParameters.Skip = skip; c.QueryParameters.Take = take; }));

        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.Single(problem.FieldErrors());
    }

    [Fact]
    public async Task The_requirement_list_pages_within_its_total()
    {
        await PostedAsync();
        await PostedAsync();
        var api = await portal.ApiAsync(MallApiPortal.School);

        var all = await api.Requirements.GetAsync(c => c.QueryParameters.Take = 100);
        var second = await api.Requirements.GetAsync(c => { c.QueryParameters.Skip = 1; c.QueryParameters.Take = 1; });

        Assert.True(all!.TotalCount >= 2);
        Assert.Equal(all.TotalCount, second!.TotalCount);
        Assert.Equal(all.Items![1].Id, Assert.Single(second.Items!).Id);
    }
}

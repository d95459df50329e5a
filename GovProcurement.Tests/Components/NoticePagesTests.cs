using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Notices;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Public.Notices;
using GovProcurement.Portal.Components.Workspaces.Regulator;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The public notice pages over the demo store (the province's platform notice, forwarded by Jiangmen and
/// then by Heshan): the list filters and pages through the query, a notice shows its forwarding chain and
/// offers forwarding only to a department below its issuer, and the verify page compares the digest.
/// </summary>
public sealed class NoticePagesTests : StoreComponentTest
{
    private const string PlatformNotice = "关于“广东政府采购智慧云平台”正式上线运行的通知";
    private const string Forwarding = "关于转发《广东省财政厅关于“广东政府采购智慧云平台”正式上线运行的通知》的通知";

    protected override Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<NoticeQueries>());
        Services.AddSingleton(Store.Get<PolicyNotices>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        return Task.CompletedTask;
    }

    private async Task SignInAsync(string userName)
    {
        var actor = await new ProjectScenario(Store.Services).ActorAsync(userName);
        var auth = AddAuthorization();
        auth.SetAuthorized(userName);
        auth.SetRoles([.. actor.Roles]);
        if (actor.OrganizationId is { } org)
        {
            auth.SetClaims(new Claim(PortalClaims.OrganizationId, org.ToString()));
        }
    }

    private async Task<Notice> NoticeOfAsync(string regionCode)
    {
        await using var db = Store.Db();
        return await db.Notices.AsNoTracking().SingleAsync(n => n.RegionCode == regionCode && n.Type == NoticeType.Policy);
    }

    private static IReadOnlyList<string> Titles(IRenderedComponent<NoticeList> list) =>
        list.FindAll("[data-testid=notice-table] tbody tr a").Select(a => a.TextContent.Trim()).ToList();

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<NoticeList> list, string label) =>
        list.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input")!;

    [Fact]
    public void The_list_shows_the_published_notices_newest_first_with_their_type_region_and_publisher()
    {
        var list = Render<NoticeList>();

        list.WaitForAssertion(() => Assert.Equal(3, Titles(list).Count));
        var first = list.FindAll("[data-testid=notice-table] tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["2021-01-04 10:00", "政策通知", Forwarding, "鹤山市", "鹤山市财政局"], first);
        Assert.Equal(PlatformNotice, Titles(list)[^1]);
    }

    [Fact]
    public void A_date_filter_asks_the_query_from_that_day_and_says_when_nothing_matches()
    {
        var list = Render<NoticeList>();
        list.WaitForAssertion(() => Assert.Equal(3, Titles(list).Count));

        Input(list, "发布日期自").Change("2020-12-30");
        list.WaitForAssertion(() => Assert.Equal(2, Titles(list).Count));
        Assert.DoesNotContain(PlatformNotice, Titles(list));

        Input(list, "至").Change("2020-12-29");
        list.WaitForAssertion(() => Assert.Empty(Titles(list)));
        Assert.Contains("没有符合筛选条件的记录", list.Find("[data-testid=notice-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_text_is_passed_to_the_query()
    {
        var list = Render<NoticeList>();
        list.WaitForAssertion(() => Assert.Equal(3, Titles(list).Count));

        list.Find("[data-testid=notice-search] input, input[data-testid=notice-search]").Input("江门市财政局");

        list.WaitForAssertion(() => Assert.Single(Titles(list)), TimeSpan.FromSeconds(5));
        Assert.Contains("江门市财政局", list.Find("[data-testid=notice-table] tbody tr").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_twenty_notices_the_second_page_shows_the_rest()
    {
        var jiangmen = await new ProjectScenario(Store.Services).ActorAsync(ProjectScenario.Regulator);
        for (var i = 1; i <= 20; i++)
        {
            await Store.Get<PolicyNotices>().IssueAsync($"关于做好第{i}批政府采购工作的通知", $"江财采购〔2026〕{i}号", "各单位：请按规定做好政府采购工作。", null, jiangmen);
        }

        var list = Render<NoticeList>();
        list.WaitForAssertion(() => Assert.Equal(20, Titles(list).Count));
        Assert.Equal("关于做好第20批政府采购工作的通知", Titles(list)[0]);
        Assert.DoesNotContain(PlatformNotice, Titles(list));

        list.FindAll(".mud-pagination-item button").Single(b => b.TextContent.Trim() == "2").Click();

        list.WaitForAssertion(() => Assert.Equal(3, Titles(list).Count));
        Assert.Equal(PlatformNotice, Titles(list)[^1]);
    }

    [Fact]
    public async Task A_notice_shows_the_notices_it_forwards_below_its_own_text()
    {
        await SignInAsync(ProjectScenario.Regulator);
        var heshan = await NoticeOfAsync("440784");

        var page = Render<NoticePage>(p => p.Add(x => x.Id, heshan.Id));

        page.WaitForAssertion(() => Assert.Equal(Forwarding, page.Find("h1").TextContent.Trim()));
        Assert.Equal(["转发：江财采购函〔2020〕117号 " + Forwarding + "（江门市财政局）", "转发：粤财采购函〔2020〕59号 " + PlatformNotice + "（广东省财政厅）"],
            page.FindAll("h2").Select(h => h.TextContent.Trim()).Where(t => t.StartsWith("转发：", StringComparison.Ordinal)));
        Assert.Equal($"/notices/{heshan.Id}/pdf", page.Find("[data-testid=download-pdf]").GetAttribute("href"));
        Assert.Equal(heshan.Digest, page.Find("[data-testid=notice-digest]").TextContent);
    }

    [Fact]
    public async Task An_unknown_notice_says_it_is_not_published()
    {
        await SignInAsync(ProjectScenario.Regulator);

        var page = Render<NoticePage>(p => p.Add(x => x.Id, Guid.NewGuid()));

        page.WaitForAssertion(() => Assert.Equal("公告不存在或尚未发布。", page.Find(".mud-alert").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=download-pdf]"));
    }

    [Fact]
    public async Task The_issuing_department_is_not_offered_forwarding_of_its_own_notice()
    {
        await SignInAsync(ProjectScenario.Regulator);
        var jiangmen = await NoticeOfAsync("440700");

        var page = Render<NoticePage>(p => p.Add(x => x.Id, jiangmen.Id));

        page.WaitForAssertion(() => Assert.Equal(Forwarding, page.Find("h1").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=forward-panel]"));
    }

    [Fact]
    public async Task A_department_below_forwards_the_notice_with_its_reference_and_is_taken_to_its_own_notice()
    {
        await SignInAsync("440784cz");
        var jiangmen = await NoticeOfAsync("440700");
        Render<MudSnackbarProvider>();
        var page = Render<NoticePage>(p => p.Add(x => x.Id, jiangmen.Id));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=forward-panel]")));

        var panel = page.Find("[data-testid=forward-panel]");
        var fields = panel.QuerySelectorAll(".mud-input-control").ToList();
        Assert.Equal(["文号", "转发意见及补充事项"], fields.Select(f => f.QuerySelector("label")!.TextContent.Trim()));
        fields[0].QuerySelector("input")!.Change("鹤财采购函〔2026〕9号");
        page.Find("[data-testid=forward-panel] textarea").Change("请各单位结合本地实际认真贯彻执行。");
        page.FindAll("[data-testid=forward-panel] button").Single(b => b.TextContent.Trim() == "转发本通知").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Contains("/notices/", navigation.Uri, StringComparison.Ordinal));
        await using var db = Store.Db();
        var forwarded = await db.Notices.AsNoTracking().SingleAsync(n => n.ForwardedFromId == jiangmen.Id && n.Reference == "鹤财采购函〔2026〕9号");
        Assert.Equal($"http://localhost/notices/{forwarded.Id}", navigation.Uri);
        Assert.Equal("鹤山市财政局", forwarded.PublisherName);
    }

    [Theory]
    [InlineData(true, "核验通过：文件的校验码与平台发布的公告一致。")]
    [InlineData(false, "核验未通过：校验码与平台发布的公告不一致，文件可能被修改。")]
    public async Task The_verify_page_compares_the_digest_on_the_file_with_the_published_one(bool same, string verdict)
    {
        var notice = await NoticeOfAsync("440700");
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/notices/verify/{notice.Number}?d={(same ? notice.Digest!.ToUpperInvariant() : "0000")}");

        var page = Render<NoticeVerify>(p => p.Add(x => x.Number, notice.Number!));

        page.WaitForAssertion(() => Assert.Equal(verdict, page.Find("[role=status]").TextContent.Trim()));
        Assert.Equal(Forwarding, page.Find("tbody a").TextContent.Trim());
        Assert.Equal($"/notices/{notice.Id}", page.Find("tbody a").GetAttribute("href"));
    }

    [Fact]
    public async Task Without_a_digest_the_verify_page_asks_to_compare_and_an_unknown_number_is_said_unknown()
    {
        var notice = await NoticeOfAsync("440000");
        var compare = Render<NoticeVerify>(p => p.Add(x => x.Number, notice.Number!));
        compare.WaitForAssertion(() => Assert.Equal("请将文件上的校验码与下方平台记录的校验码比对。", compare.Find("[role=status]").TextContent.Trim()));

        var unknown = Render<NoticeVerify>(p => p.Add(x => x.Number, "GG-0000-000000"));
        unknown.WaitForAssertion(() => Assert.Equal("平台上没有该编号的公告。", unknown.Find("[role=status]").TextContent.Trim()));
        Assert.Empty(unknown.FindAll("table"));
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<RegulatorPolicyNotices> page, string label) =>
        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input, textarea")!;

    [Fact]
    public async Task A_department_publishes_a_policy_notice_which_is_listed_and_the_form_emptied()
    {
        await SignInAsync(ProjectScenario.Regulator);
        Render<MudSnackbarProvider>();
        var page = Render<RegulatorPolicyNotices>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr a").Count));

        Field(page, "标题").Change("关于做好2027年政府采购意向公开工作的通知");
        Field(page, "文号").Change("江财采购函〔2026〕88号");
        Field(page, "通知正文").Change("各单位：请在采购活动开始前公开采购意向。");
        page.FindAll("button").Single(b => b.TextContent.Trim() == "发布").Click();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("tbody tr a").Count));
        Assert.Equal("关于做好2027年政府采购意向公开工作的通知", page.Find("tbody tr a").TextContent.Trim());
        Assert.Equal("江门市财政局", page.Find("tbody tr").QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Equal("", Field(page, "标题").GetAttribute("value") ?? "");
        await using var db = Store.Db();
        Assert.Equal("江财采购函〔2026〕88号", (await db.Notices.AsNoTracking().SingleAsync(n => n.Title == "关于做好2027年政府采购意向公开工作的通知")).Reference);
    }

    [Fact]
    public async Task A_notice_without_a_body_is_refused_and_nothing_is_published()
    {
        await SignInAsync(ProjectScenario.Regulator);
        var snackbar = Render<MudSnackbarProvider>();
        var page = Render<RegulatorPolicyNotices>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr a").Count));

        Field(page, "标题").Change("没有正文的通知");
        page.FindAll("button").Single(b => b.TextContent.Trim() == "发布").Click();

        snackbar.WaitForAssertion(() => Assert.Contains("通知正文", snackbar.Markup, StringComparison.Ordinal));
        Assert.Equal(3, page.FindAll("tbody tr a").Count);
        await using var db = Store.Db();
        Assert.False(await db.Notices.AnyAsync(n => n.Title == "没有正文的通知"));
    }
}

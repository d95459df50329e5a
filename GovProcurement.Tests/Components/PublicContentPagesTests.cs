using System.Text.Json;
using Bunit;
using GovProcurement.Domain.Notices;
using GovProcurement.Portal.Components.Public;
using GovProcurement.Portal.Components.Public.Notices;
using GovProcurement.Portal.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The public pages made of the portal's own content (the home page, the guides, the support contacts) over the
/// assets the build ships, and the body of a published notice block by block.
/// </summary>
public sealed class PublicContentPagesTests : BunitContext, IAsyncLifetime
{
    private static readonly string Assets = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");

    public PublicContentPagesTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(new PortalContent(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:AssetsPath"] = Assets }).Build()));
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>The shipped guides, read from the file itself so that a guide added there needs no change here.</summary>
    private static IReadOnlyList<(string Slug, string Title)> ShippedGuides()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Assets, "guides", "guides.json")));
        return json.RootElement.EnumerateArray().Select(g => (g.GetProperty("slug").GetString()!, g.GetProperty("titleZh").GetString()!)).ToList();
    }

    [Fact]
    public void The_home_page_offers_a_visitor_the_sign_in_and_each_guide_by_its_title()
    {
        AddAuthorization();

        var page = Render<Home>();

        Assert.Equal("广东政府采购智慧云平台", page.Find("h1").TextContent.Trim());
        Assert.Equal("/Account/Login", page.FindAll("a").Single(a => a.TextContent.Trim() == "登录").GetAttribute("href"));
        Assert.Contains("采购意向公开", page.Find(".mud-timeline").TextContent, StringComparison.Ordinal);
        var guides = ShippedGuides();
        Assert.NotEmpty(guides);
        Assert.Equal(guides.Select(g => $"/guides/{g.Slug}"), page.FindAll("a").Where(a => a.TextContent.Trim() == "阅读指南").Select(a => a.GetAttribute("href")));
        Assert.All(guides, g => Assert.Contains(g.Title, page.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void The_home_page_does_not_offer_the_sign_in_to_a_signed_in_user()
    {
        AddAuthorization().SetAuthorized("440700101002002");

        var page = Render<Home>();

        Assert.DoesNotContain(page.FindAll("a"), a => a.TextContent.Trim() == "登录");
    }

    [Fact]
    public void The_guide_list_links_every_guide()
    {
        var page = Render<Guides>();

        Assert.Equal(ShippedGuides().Select(g => $"/guides/{g.Slug}"), page.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_guide_shows_its_title_and_its_chinese_text()
    {
        var (slug, title) = ShippedGuides()[0];
        var body = File.ReadAllText(Path.Combine(Assets, "guides", "zh-CN", slug + ".html"));

        var page = Render<Guide>(p => p.Add(x => x.Slug, slug));

        Assert.Equal(title, page.Find("h1").TextContent.Trim());
        var firstText = System.Text.RegularExpressions.Regex.Match(body, ">([^<>]*\\S[^<>]*)<").Groups[1].Value.Trim();
        Assert.NotEqual("", firstText);
        Assert.Contains(System.Net.WebUtility.HtmlDecode(firstText), page.Find(".gp-guide").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_guide_says_the_page_does_not_exist()
    {
        var page = Render<Guide>(p => p.Add(x => x.Slug, "no-such-guide"));

        Assert.Equal("您访问的页面不存在或已移动。", page.Find(".mud-alert").TextContent.Trim());
        Assert.Empty(page.FindAll("h1"));
    }

    [Fact]
    public void The_support_page_lists_each_contact_with_its_phones_and_source()
    {
        var page = Render<GovProcurement.Portal.Components.Public.Support>();

        var first = page.FindAll("tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["云平台运维（技术支持）", "400-183-2999", "登录、账号、操作问题，全省", "粤财采购通知，鹤财采购函〔2021〕1号转发"], first);
    }

    [Fact]
    public void A_notice_body_shows_headings_paragraphs_facts_and_tables_each_in_its_own_form()
    {
        var body = Render<NoticeBody>(p => p.Add(x => x.Blocks, [
            NoticeBlock.Heading("一、项目基本情况"),
            NoticeBlock.Paragraph("本项目采用竞争性磋商方式采购。"),
            NoticeBlock.Facts([("项目编号", "JM2026-0001"), ("预算金额", "¥1,600,000.00")]),
            NoticeBlock.Table(["包号", "供应商"], [["1", "江门市华信电脑科技有限公司"]]),
        ]));

        Assert.Equal("一、项目基本情况", body.Find("h3").TextContent.Trim());
        Assert.Contains("本项目采用竞争性磋商方式采购。", body.Find(".notice-paragraph").TextContent, StringComparison.Ordinal);
        var tables = body.FindAll("table");
        Assert.Equal(2, tables.Count);
        Assert.Equal(["项目编号", "预算金额"], tables[0].QuerySelectorAll("th").Select(h => h.TextContent.Trim()));
        Assert.Equal(["JM2026-0001", "¥1,600,000.00"], tables[0].QuerySelectorAll("td").Select(h => h.TextContent.Trim()));
        Assert.Equal(["包号", "供应商"], tables[1].QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()));
        Assert.Equal(["1", "江门市华信电脑科技有限公司"], tables[1].QuerySelectorAll("tbody td").Select(h => h.TextContent.Trim()));
    }
}

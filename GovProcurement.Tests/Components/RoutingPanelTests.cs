using Bunit;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;
using GovProcurement.Portal.Components.Workspaces.Plans;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>The routing panel beside the plan form: the rules' answer, each part with its reason and source, and the warnings.</summary>
public sealed class RoutingPanelTests : BunitContext, IAsyncLifetime
{
    private static readonly RuleReason Threshold = new(new Bilingual("合计 4,000,000.00 元，达到公开招标数额标准", "At the open-tender threshold"), new Bilingual("江财采购〔2020〕32号", "Jiangmen notice 32"));

    public RoutingPanelTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private static RoutingDecision Decision(RuleReason? sme = null, params RuleReason[] warnings) => new(
        Money.FromYuan(4_000_000m),
        ProcurementCategory.Goods,
        true,
        true,
        new RuleReason(new Bilingual("属于政府采购：集中采购目录以内", "Government procurement: in the centralized catalogue")),
        [
            new(ProcurementRoute.EMallSimpleProcurement, false, Threshold),
            new(ProcurementRoute.EntrustCentralizedAgency, true, Threshold),
        ],
        [
            new(ProcurementMethod.OpenTender, true, Threshold),
            new(ProcurementMethod.CompetitiveConsultation, false, Threshold),
        ],
        sme,
        warnings);

    [Fact]
    public void Without_a_decision_it_says_what_brings_one()
    {
        var panel = Render<RoutingPanel>();

        Assert.Contains("添加品目和金额后", panel.Markup, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[data-testid=routing-total]"));
    }

    [Fact]
    public void It_shows_the_total_the_scope_and_each_route_and_method_as_allowed_or_not_with_its_reason_once()
    {
        var panel = Render<RoutingPanel>(p => p.Add(c => c.Decision, Decision()));

        Assert.Equal("¥4,000,000.00", panel.Find("[data-testid=routing-total]").TextContent);
        Assert.Contains("集中采购目录以内", panel.Find("[data-testid=routing-scope]").TextContent, StringComparison.Ordinal);
        var emall = panel.Find("[data-testid=route-EMallSimpleProcurement]");
        var agency = panel.Find("[data-testid=route-EntrustCentralizedAgency]");
        Assert.Equal(("false", "true"), (emall.GetAttribute("data-allowed"), agency.GetAttribute("data-allowed")));
        Assert.Contains("电子卖场简易采购", emall.TextContent, StringComparison.Ordinal);
        Assert.Contains("委托集中采购机构实施项目采购", agency.TextContent, StringComparison.Ordinal);

        // The second route has the same reason as the first: it is said once, with its source.
        Assert.Contains("依据：江财采购〔2020〕32号", emall.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("达到公开招标数额标准", agency.TextContent, StringComparison.Ordinal);

        Assert.Equal("true", panel.Find("[data-testid=method-OpenTender]").GetAttribute("data-allowed"));
        Assert.Equal("false", panel.Find("[data-testid=method-CompetitiveConsultation]").GetAttribute("data-allowed"));
        Assert.Contains("公开招标", panel.Find("[data-testid=method-OpenTender]").TextContent, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[data-testid=routing-sme]"));
        Assert.Empty(panel.FindAll("[data-testid=routing-warning]"));
    }

    [Fact]
    public void It_shows_the_sme_reservation_and_every_warning_with_its_source()
    {
        var sme = new RuleReason(new Bilingual("预留 40% 面向中小企业", "40% reserved for SMEs"));
        var split = new RuleReason(new Bilingual("本年度同一品目已有非公开招标计划，合计接近限额", "Possible splitting"), new Bilingual("政府采购法第二十八条", "GPL art. 28"));
        var late = new RuleReason(new Bilingual("采购意向公开仅 10 天，少于 30 天", "Intention published only 10 days ahead"));

        var panel = Render<RoutingPanel>(p => p.Add(c => c.Decision, Decision(sme, split, late)));

        Assert.Contains("预留 40% 面向中小企业", panel.Find("[data-testid=routing-sme]").TextContent, StringComparison.Ordinal);
        var warnings = panel.FindAll("[role=status][aria-label=规则提示]");
        Assert.Equal(2, warnings.Count);
        Assert.Contains("（政府采购法第二十八条）", warnings[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("少于 30 天", warnings[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("（", warnings[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_is_an_alert_named_as_a_refusal_and_a_warning_a_status_named_as_a_warning()
    {
        var refused = new RuleReason(new Bilingual("达到公开招标数额标准，不得采用竞争性磋商", "At the threshold"));

        var refusal = Render<RuleWarnings>(p => p.Add(c => c.Warnings, [refused]).Add(c => c.Severity, MudBlazor.Severity.Error));
        var warning = Render<RuleWarnings>(p => p.Add(c => c.Warnings, [refused]));

        Assert.Equal(("alert", "规则不允许"), (refusal.Find(".mud-alert").GetAttribute("role"), refusal.Find(".mud-alert").GetAttribute("aria-label")));
        Assert.Equal(("status", "规则提示"), (warning.Find(".mud-alert").GetAttribute("role"), warning.Find(".mud-alert").GetAttribute("aria-label")));
    }

    [Fact]
    public void In_English_the_rules_speak_English()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");

        var panel = Render<RoutingPanel>(p => p.Add(c => c.Decision, Decision()));

        Assert.Contains("Government procurement: in the centralized catalogue", panel.Find("[data-testid=routing-scope]").TextContent, StringComparison.Ordinal);
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }
}

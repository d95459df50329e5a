using Bunit;
using Microsoft.AspNetCore.Components;
using GovProcurement.Domain.Common;
using GovProcurement.Portal.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>The shared empty state: what a list says and offers while it has nothing in it.</summary>
public class EmptyStateTests : BunitContext, IAsyncLifetime
{
    public EmptyStateTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddOptions<InputLimits>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    [Fact]
    public void A_user_who_may_act_gets_the_message_and_the_button_that_takes_the_next_step()
    {
        var runs = 0;
        var empty = Render<EmptyState>(p => p.Add(e => e.Of, new EmptyList("还没有采购计划。", "新建采购计划", Action: () => { runs++; return Task.CompletedTask; }, MayAct: true)));

        Assert.Contains("还没有采购计划。", empty.Find("[data-testid=empty-state]").TextContent);
        empty.Find("[data-testid=empty-action]").Click();

        Assert.Equal(1, runs);
    }

    [Fact]
    public void A_user_who_may_not_act_gets_the_message_without_the_button()
    {
        var empty = Render<EmptyState>(p => p.Add(e => e.Of, new EmptyList("还没有采购计划。", "新建采购计划", Action: () => Task.CompletedTask, MayAct: false)));

        Assert.Contains("还没有采购计划。", empty.Markup);
        Assert.Empty(empty.FindAll("[data-testid=empty-action]"));
    }

    [Fact]
    public void A_link_action_leads_to_its_page()
    {
        var empty = Render<EmptyState>(p => p.Add(e => e.Of, new EmptyList("平台上还没有机构。", "机构导入", "/admin/import", MayAct: true)));

        Assert.Equal("/admin/import", empty.Find("[data-testid=empty-action]").GetAttribute("href"));
    }

    [Fact]
    public void A_list_emptied_by_filters_says_so_instead_of_the_first_use_message()
    {
        var empty = Render<EmptyState>(p => p
            .Add(e => e.Of, new EmptyList("还没有采购计划。", "新建采购计划", Action: () => Task.CompletedTask, MayAct: true))
            .Add(e => e.Filtered, true));

        Assert.Contains("清除筛选条件", empty.Markup);
        Assert.DoesNotContain("还没有采购计划。", empty.Markup);
        Assert.Empty(empty.FindAll("[data-testid=empty-action]"));
    }

    [Fact]
    public void A_paged_list_without_entries_shows_its_empty_state_instead_of_its_content()
    {
        var list = Render<PagedList<string>>(p => p
            .Add(l => l.Items, Array.Empty<string>())
            .Add(l => l.Empty, new EmptyList("还没有澄清问题。"))
            .Add(l => l.ChildContent, (RenderFragment<IEnumerable<(string Item, int Index)>>)(_ => b => b.AddMarkupContent(0, "<table data-testid=\"content\"></table>"))));

        Assert.Contains("还没有澄清问题。", list.Find("[data-testid=empty-state]").TextContent);
        Assert.Empty(list.FindAll("[data-testid=content]"));
    }

    [Fact]
    public void A_paged_list_with_entries_shows_them_and_no_empty_state()
    {
        var list = Render<PagedList<string>>(p => p
            .Add(l => l.Items, new[] { "问题一" })
            .Add(l => l.Empty, new EmptyList("还没有澄清问题。"))
            .Add(l => l.ChildContent, (RenderFragment<IEnumerable<(string Item, int Index)>>)(page => b => b.AddContent(0, string.Join(",", page.Select(e => e.Item))))));

        Assert.Contains("问题一", list.Markup);
        Assert.Empty(list.FindAll("[data-testid=empty-state]"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

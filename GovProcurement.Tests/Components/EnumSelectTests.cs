using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Portal.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>The select over an enum: every value offered in words from the resources, the choice handed back, and a validation message at the field.</summary>
public sealed class EnumSelectTests : BunitContext, IAsyncLifetime
{
    public EnumSelectTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Every_value_is_offered_in_words_and_the_chosen_one_is_handed_back()
    {
        var chosen = PlanStatus.Draft;
        var popovers = Render<MudPopoverProvider>();
        var select = Render<EnumSelect<PlanStatus>>(p => p.Add(x => x.KeyPrefix, "PlanStatus").Add(x => x.Label, "计划状态").Add(x => x.Value, chosen).Add(x => x.ValueChanged, v => chosen = v));
        Assert.Equal("计划状态", select.Find("label").TextContent.Trim());

        select.Find(".mud-select .mud-input-control").MouseDown();

        popovers.WaitForAssertion(() => Assert.Equal(Enum.GetValues<PlanStatus>().Length, popovers.FindAll(".mud-list-item").Count));
        var items = popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).ToList();
        Assert.Contains("草稿", items);
        Assert.DoesNotContain(items, i => Enum.GetNames<PlanStatus>().Contains(i)); // words, not code names
        popovers.FindAll(".mud-list-item")[1].Click();
        select.WaitForAssertion(() => Assert.Equal(Enum.GetValues<PlanStatus>()[1], chosen));
    }

    [Fact]
    public void A_validation_message_is_shown_at_the_field()
    {
        var select = Render<EnumSelect<PlanStatus>>(p => p.Add(x => x.KeyPrefix, "PlanStatus").Add(x => x.ErrorText, new Bilingual("请选择状态。", "Choose a status.").ToString()));

        Assert.Contains("请选择状态。", select.Find(".mud-input-helper-text.mud-input-error").TextContent, StringComparison.Ordinal);
    }
}

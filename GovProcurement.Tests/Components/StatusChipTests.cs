using System.Globalization;
using Bunit;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.SupplierLibrary;
using GovProcurement.Portal;
using GovProcurement.Portal.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>The shared status chip: the label a person reads, its colour, and what a screen reader hears.</summary>
public sealed class StatusChipTests : BunitContext, IAsyncLifetime
{
    public StatusChipTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        JSInterop.Mode = JSRuntimeMode.Loose;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
    }

    [Fact]
    public void A_filed_plan_reads_as_filed_in_green()
    {
        var chip = Render<StatusChip<PlanStatus>>(p => p.Add(c => c.Status, PlanStatus.Filed));

        var element = chip.Find("[data-testid=plan-status]");
        Assert.Equal("Filed", element.GetAttribute("data-status"));
        Assert.Equal("已备案", element.TextContent.Replace("状态：", ""));
        Assert.Equal(Color.Success, ColourOf(chip.Find(".mud-chip")));
    }

    [Fact]
    public void A_screen_reader_hears_that_the_chip_is_a_status_while_the_page_shows_only_the_label()
    {
        var chip = Render<StatusChip<ProjectStatus>>(p => p.Add(c => c.Status, ProjectStatus.Awarded));

        Assert.Equal("状态：已确定中标（成交）", chip.Find("[data-testid=project-status]").TextContent.Trim());
        Assert.Equal("状态：", chip.Find(".gp-visually-hidden").TextContent);
    }

    [Fact]
    public void In_english_the_chip_reads_in_english()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");

        var chip = Render<StatusChip<PlanStatus>>(p => p.Add(c => c.Status, PlanStatus.Returned));

        Assert.Equal("Status: Returned", chip.Find("[data-testid=plan-status]").TextContent.Trim());
    }

    [Theory]
    [InlineData(ProjectStatus.Active, "公告中", Color.Info)]
    [InlineData(ProjectStatus.Unsuccessful, "采购失败", Color.Warning)]
    [InlineData(ProjectStatus.Cancelled, "已终止", Color.Default)]
    public void A_project_status_has_its_label_and_colour(ProjectStatus status, string label, Color colour)
    {
        var chip = Render<StatusChip<ProjectStatus>>(p => p.Add(c => c.Status, status));

        Assert.EndsWith(label, chip.Find("[data-testid=project-status]").TextContent.Trim());
        Assert.Equal(colour, ColourOf(chip.Find(".mud-chip")));
    }

    [Fact]
    public void A_returned_supplier_application_reads_as_returned_in_amber()
    {
        var chip = Render<StatusChip<SupplierApplicationStatus>>(p => p.Add(c => c.Status, SupplierApplicationStatus.Returned));

        Assert.EndsWith("已退回", chip.Find("[data-testid=application-status]").TextContent.Trim());
        Assert.Equal(Color.Warning, ColourOf(chip.Find(".mud-chip")));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Every_status_a_chip_knows_has_a_label_in_both_languages(string culture)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var text = Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var missing = StatusLook.KnownKinds
            .SelectMany(kind => Enum.GetValues(kind).Cast<Enum>())
            .Select(status => (Look: LookOf(status), Status: status))
            .Where(s => text[s.Look.LabelKey].ResourceNotFound)
            .Select(s => s.Look.LabelKey)
            .ToList();

        Assert.Empty(missing);
        Assert.True(StatusLook.KnownKinds.Count >= 3);
    }

    [Fact]
    public void A_status_without_a_look_is_refused_rather_than_shown_as_its_code_name()
    {
        var refusal = Assert.Throws<ArgumentException>(() => StatusLook.Of(BidStatus.Sealed));

        Assert.Contains(nameof(BidStatus), refusal.Message);
    }

    private static StatusLook LookOf(Enum status) =>
        (StatusLook)typeof(StatusLook).GetMethod(nameof(StatusLook.Of))!.MakeGenericMethod(status.GetType()).Invoke(null, [status])!;

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>The MudBlazor colour the chip is drawn in, from its colour class.</summary>
    private static Color ColourOf(AngleSharp.Dom.IElement chip) =>
        Enum.GetValues<Color>().Single(c => chip.ClassList.Contains($"mud-chip-color-{c.ToString().ToLowerInvariant()}"));
}

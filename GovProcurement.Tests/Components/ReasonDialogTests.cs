using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Portal.Components.Workspaces.Plans;
using GovProcurement.Tests.Support;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The reason dialog runs the domain's reason validator: it stays open with the message at the field until the reason is good.</summary>
public sealed class ReasonDialogTests : StoreComponentTest
{
    [Fact]
    public async Task An_empty_or_too_long_reason_is_shown_at_the_field_and_the_dialog_stays_open_until_a_good_one_is_given()
    {
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetService(typeof(IDialogService)) as IDialogService;
        var dialog = await provider.InvokeAsync(() => dialogs!.ShowAsync<ReasonDialog>("退回理由"));
        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("textarea")));

        Confirm(provider);
        provider.WaitForAssertion(() => Assert.Contains("请填写理由（不超过 500 字）", provider.Markup));
        Assert.False(dialog.Result.IsCompleted);

        provider.Find("textarea").Input(new string('由', Texts.ReasonMaxLength + 1));
        Confirm(provider);
        Assert.Contains("请填写理由（不超过 500 字）", provider.Markup);
        Assert.False(dialog.Result.IsCompleted);

        provider.Find("textarea").Input("  营业执照已过期 ");
        Confirm(provider);
        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        Assert.Equal("营业执照已过期", result.Data);
    }

    private static void Confirm(IRenderedComponent<MudDialogProvider> provider) =>
        provider.FindAll("button").Single(b => b.TextContent.Trim() == "确定").Click();
}

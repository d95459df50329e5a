using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Complaints;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// A bUnit test of the challenge and complaint pages over the store: the challenge desks, the signed-in actor, the
/// providers a step needs (messages, the reason dialog, pickers), the scenario's project and its parties, and locators
/// by what a person reads (a button's text, a field's label, a table's rows).
/// </summary>
public abstract class ChallengeComponentTest : ProjectComponentTest
{
    /// <summary>How long a wait for the page to settle may take on a busy machine.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private Bunit.TestDoubles.BunitAuthorizationContext? auth;
    private bool providers;

    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<ChallengeDesk>());
        Services.AddSingleton(Store.Get<ComplaintDesk>());
        Services.AddScoped<CurrentActor>();
    }

    private protected ChallengeScenario Scenario => new(Store, new ProjectScenario(Store.Services), Time);

    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected IRenderedComponent<MudSnackbarProvider> Messages { get; private set; } = default!;

    protected void SignIn(Actor actor)
    {
        auth ??= AddAuthorization();
        auth.SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));
    }

    /// <summary>Renders the providers once, then the page.</summary>
    protected IRenderedComponent<TPage> Open<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null) where TPage : IComponent
    {
        if (!providers)
        {
            providers = true;
            Popovers = Render<MudPopoverProvider>();
            Dialogs = Render<MudDialogProvider>();
            Messages = Render<MudSnackbarProvider>();
        }

        return parameters is null ? Render<TPage>() : Render<TPage>(parameters);
    }

    /// <summary>The texts of the page's buttons that carry text, in page order.</summary>
    protected static string[] Buttons<T>(IRenderedComponent<T> page) where T : IComponent =>
        page.FindAll("button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0).ToArray();

    /// <summary>
    /// Finds the button by its text and clicks it in one step on the renderer's dispatcher, so that no render of the page
    /// (a load finishing) comes between finding the button and dispatching its click with the handler it was found with.
    /// </summary>
    protected static void Click<T>(IRenderedComponent<T> page, string text) where T : IComponent =>
        page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == text).Click()).GetAwaiter().GetResult();

    /// <summary>The input or text area of the field whose label reads <paramref name="label"/>.</summary>
    protected static IElement Field<T>(IRenderedComponent<T> page, string label) where T : IComponent =>
        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("textarea, input")!;

    /// <summary>The cells of each body row of the table.</summary>
    protected static IReadOnlyList<string[]> Rows(IElement table) =>
        table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    /// <summary>The second-level headings in page order.</summary>
    protected static string[] Headings<T>(IRenderedComponent<T> page) where T : IComponent => page.FindAll("h2").Select(h => h.TextContent.Trim()).ToArray();

    /// <summary>The label of the status chip (its hidden "状态：" prefix removed).</summary>
    protected static string Status(IElement chip) => chip.TextContent.Replace("状态：", "", StringComparison.Ordinal).Trim();

    /// <summary>Picks an option of the select whose label reads <paramref name="label"/>.</summary>
    protected void Choose<T>(IRenderedComponent<T> page, string label, string option) where T : IComponent
    {
        page.FindAll(".mud-select .mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).MouseDown();
        Popovers.WaitForAssertion(() => Assert.Contains(Popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == option), Patience);
        Popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == option).Click();
    }

    /// <summary>Types the reason into the open reason dialog and confirms it.</summary>
    protected void GiveReason(string reason)
    {
        Dialogs.WaitForAssertion(() => Assert.Single(Dialogs.FindAll("textarea")), Patience);
        Dialogs.Find("textarea").Input(reason);
        Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "确定").Click();
    }

    protected DateOnly Today => Time.TodayInChina();

    protected static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

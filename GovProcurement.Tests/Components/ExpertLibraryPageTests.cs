using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Experts;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Regulator;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The expert library over the demo experts: a finance department enters experts (the validator's messages
/// at the fields) and reads the employers of the experts it maintains; another department's experts keep
/// theirs private; the administrator reads the library without the entry form.
/// </summary>
public sealed class ExpertLibraryPageTests : StoreComponentTest
{
    protected override Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<ExpertLibrary>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        return Task.CompletedTask;
    }

    private async Task SignInAsync(string userName)
    {
        var actor = await new ProjectScenario(Store.Services).ActorAsync(userName);
        var auth = AddAuthorization();
        auth.SetAuthorized(userName).SetRoles([.. actor.Roles]);
        if (actor.OrganizationId is { } org)
        {
            auth.SetClaims(new Claim(PortalClaims.OrganizationId, org.ToString()));
        }
    }

    private static IElement Control(IRenderedComponent<ExpertLibraryPage> page, string label) =>
        page.FindAll(".mud-input-control").First(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    private static string[] Row(IRenderedComponent<ExpertLibraryPage> page, string name) =>
        page.FindAll("[data-testid=expert-table] tbody tr").Single(r => r.QuerySelector("td")?.TextContent.Trim() == name)
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();

    private async Task<int> ExpertCountAsync()
    {
        await using var db = Store.Db();
        return await db.Experts.CountAsync();
    }

    [Fact]
    public async Task An_empty_entry_is_told_at_the_name_region_and_specialty_fields_and_nothing_is_added()
    {
        await SignInAsync(ProjectScenario.Regulator);
        Render<MudSnackbarProvider>();
        var page = Render<ExpertLibraryPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=expert-table] tbody tr")));
        var before = await ExpertCountAsync();

        page.FindAll("button").Single(b => b.TextContent.Trim() == "添加专家").Click();

        page.WaitForAssertion(() => Assert.Contains("请填写专家姓名", Control(page, "姓名").TextContent, StringComparison.Ordinal));
        Assert.Contains("请选择广东省内的地区。", Control(page, "区划编码").TextContent, StringComparison.Ordinal);
        Assert.Contains("请至少填写一个专业", Control(page, "专业").TextContent, StringComparison.Ordinal);
        Assert.Null(Control(page, "工作单位").QuerySelector(".mud-input-error"));
        Assert.Equal(before, await ExpertCountAsync());
    }

    [Fact]
    public async Task A_complete_entry_adds_the_expert_to_the_list_with_its_region_in_words()
    {
        await SignInAsync(ProjectScenario.Regulator);
        Render<MudSnackbarProvider>();
        var page = Render<ExpertLibraryPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=expert-table] tbody tr")));

        Control(page, "姓名").QuerySelector("input")!.Change("冯志远");
        Control(page, "区划编码").QuerySelector("input")!.Change("440700");
        Control(page, "专业").QuerySelector("input")!.Change("A02;C12");
        Control(page, "工作单位").QuerySelector("input")!.Change("五邑大学");
        page.FindAll("button").Single(b => b.TextContent.Trim() == "添加专家").Click();

        page.WaitForAssertion(() => Assert.Equal(["冯志远", "A02;C12", "江门市", "五邑大学"], Row(page, "冯志远")[..4]));
        Assert.Equal("", Control(page, "姓名").QuerySelector("input")!.GetAttribute("value") ?? "");
        await using var db = Store.Db();
        Assert.Equal("440700", (await db.Experts.SingleAsync(e => e.Name == "冯志远")).RegionCode);
    }

    [Fact]
    public async Task Jiangmen_reads_the_employers_of_its_own_experts_and_not_those_Heshan_maintains()
    {
        await SignInAsync(ProjectScenario.Regulator);

        var page = Render<ExpertLibraryPage>();

        page.WaitForAssertion(() => Assert.Equal("五邑大学", Row(page, "陈志明")[3]));
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "申报关系");
        var heshan = Row(page, "梁国华");
        Assert.Equal(["鹤山市", "仅由专家所在地区的财政部门查看"], heshan[2..4]);
        Assert.Equal("仅由专家所在地区的财政部门查看", heshan[4]);
    }

    [Fact]
    public async Task The_administrator_reads_the_library_without_the_entry_form_or_the_employers()
    {
        await SignInAsync(await AdminNameAsync());

        var page = Render<ExpertLibraryPage>();

        page.WaitForAssertion(() => Assert.Equal("仅由专家所在地区的财政部门查看", Row(page, "陈志明")[3]));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() is "添加专家" or "申报关系");
        Assert.All(page.FindAll("[data-testid=expert-table] input[type=checkbox]"), s => Assert.True(s.HasAttribute("disabled")));
    }

    private async Task<string> AdminNameAsync()
    {
        await using var db = Store.Db();
        var role = await db.Roles.SingleAsync(r => r.Name == Roles.PlatformAdmin);
        var userId = await db.UserRoles.Where(r => r.RoleId == role.Id).Select(r => r.UserId).FirstAsync();
        return (await db.Users.SingleAsync(u => u.Id == userId)).UserName!;
    }
}

using GovProcurement.Tests.Onboarding;
using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class AdministrationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Administrator_ImportsOrganisations_AfterFixingTheReportedErrors()
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync("admin", "a123456-");
        await page.WaitForAddressAsync("**/admin");
        await page.GotoAsync("/admin/import");
        await page.WaitForInteractiveAsync();

        var bad = SaveFile(ImportFile.From(ImportFile.Unit("恩平市教育局", "440785", "785001", "401001"), ImportFile.Unit("深圳某局", "440304", "300001")));
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(bad);
        await Expect(page.GetByText("导入未执行")).ToBeVisibleAsync();
        var errors = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "深圳" });
        await Expect(errors).ToBeVisibleAsync();
        await Expect(errors.Locator("tbody").GetByRole(AriaRole.Row)).ToHaveCountAsync(1);

        var good = SaveFile(ImportFile.From(ImportFile.Unit("恩平市教育局", "440785", "785001", "401001")));
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(good);
        await Expect(page.GetByText("导入成功")).ToBeVisibleAsync();
        await Expect(page.GetByText("440785401001002")).ToBeVisibleAsync();

        await page.GotoAsync("/admin/accounts");
        await page.WaitForInteractiveAsync();
        await page.GetByLabel("按账号或名称搜索").FillAsync("恩平");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "恩平" })).ToHaveCountAsync(2);
    }

    private static string SaveFile(MemoryStream content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, content.ToArray());
        return path;
    }
}

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class AuditPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Administrator_SeesTheAuditChainIntact_AndTheImportTemplateDownloads()
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync("admin", "a123456-");
        await page.WaitForAddressAsync("**/admin");

        await page.GotoAsync("/admin/audit");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByText("审计日志完整")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "登录" }).First).ToBeVisibleAsync();

        var response = await page.APIRequest.GetAsync("/admin/import/template");
        Assert.Equal(200, response.Status);
        Assert.StartsWith("PK", System.Text.Encoding.ASCII.GetString(await response.BodyAsync(), 0, 2));
    }
}

using GovProcurement.Tests.SupplierLibrary;
using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A supplier registers from the sign-in page, the administrator approves, the supplier signs in and registers for a project.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class SupplierRegistrationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Name = "江门市蓬江区启航文具有限公司";

    [Fact]
    public async Task A_supplier_registers_on_the_sign_in_page_is_approved_signs_in_and_registers_for_an_announced_project()
    {
        var scenario = new ProjectScenario(browser.Host.Services);
        var projectId = await scenario.PreparedProjectAsync();
        await scenario.AnnounceAsync(projectId);
        var code = SupplierLibraryTests.NewCode;

        // The applicant finds the registration on the sign-in page and fills it in.
        var applicant = await browser.NewPageAsync();
        await applicant.GotoAsync("/Account/Login");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "供应商注册", Exact = true }).ClickAsync();
        await applicant.GetByLabel("统一社会信用代码").FillAsync(code);
        await applicant.GetByLabel("登录密码").FillAsync(SupplierLibraryTests.Password);
        await applicant.GetByLabel("确认密码").FillAsync(SupplierLibraryTests.Password);
        await applicant.GetByLabel("供应商名称").FillAsync(Name);
        await applicant.GetByRole(AriaRole.Radio, new() { Name = "小型" }).CheckAsync();
        await Expect(applicant.GetByRole(AriaRole.Blockquote)).ToContainTextAsync("财库〔2020〕46号");
        await applicant.GetByLabel("本企业签署上述《中小企业声明函》", new() { Exact = false }).CheckAsync();
        await applicant.GetByLabel("联系人").FillAsync("陈晓明");
        await applicant.GetByLabel("联系电话").FillAsync("0750-3210000");
        await applicant.GetByLabel("营业执照").SetInputFilesAsync(new FilePayload { Name = "营业执照.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 licence scan"u8.ToArray() });
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交注册申请" }).ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Status)).ToContainTextAsync("注册申请已提交");

        // The administrator approves it from the review queue.
        var admin = await browser.NewPageAsync();
        await admin.SignInFirstTimeAsync("admin", "a123456-");
        await admin.WaitForAddressAsync("**/admin");
        await admin.GotoAsync("/admin/supplier-applications");
        await admin.WaitForInteractiveAsync();
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = code });
        await Expect(row).ToContainTextAsync("待审核");
        await row.GetByRole(AriaRole.Button, new() { Name = $"通过“{Name}”的申请" }).ClickAsync();
        await Expect(row).ToContainTextAsync("已通过");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = $"通过“{Name}”的申请" })).ToHaveCountAsync(0);

        // The supplier signs in with the credit code and its own password, and registers for the project.
        var supplier = await browser.NewPageAsync();
        await supplier.SignInAsync(code, SupplierLibraryTests.Password);
        await supplier.WaitForAddressAsync("**/supplier");
        await supplier.GotoAsync($"/projects/{projectId}");
        await supplier.WaitForInteractiveAsync();
        await supplier.GetByRole(AriaRole.Button, new() { Name = "报名参加本项目" }).ClickAsync();
        await Expect(supplier.GetByRole(AriaRole.Link, new() { Name = "采购文件：" })).ToBeVisibleAsync();
        await Expect(supplier.GetByText($"{Name} · ")).ToBeVisibleAsync();
    }
}

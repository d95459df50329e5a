using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.SupplierLibrary;
using GovProcurement.Portal.Components.Account.Pages;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovProcurement.Tests.Components;

/// <summary>The supplier registration page runs the use case's validator of the details and shows each failure under its field.</summary>
public sealed class SupplierRegisterTests : StoreComponentTest
{
    protected override Task ArrangeAsync()
    {
        Services.AddSingleton(Store.Get<SupplierEnrolment>());
        Services.AddSingleton(Store.Get<IOptions<SecurityPolicy>>());
        Services.AddSingleton(Store.Get<IOptions<InputLimits>>());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_missing_size_a_missing_licence_and_a_bad_phone_are_shown_at_their_fields_and_nothing_is_submitted()
    {
        var page = Render<SupplierRegister>();
        page.Find("#credit-code").Change(SupplierLibrary.SupplierLibraryTests.NewCode);
        page.Find("#password").Change("Gd-Supplier-2026");
        page.Find("#confirm").Change("Gd-Supplier-2026");
        page.Find("#name").Change("江门市新兴办公设备有限公司");
        page.Find("#contact-person").Change("陈红");
        page.Find("#contact-phone").Change("12");

        page.Find("form").Submit();

        var errors = page.FindAll(".gp-field-error[role=alert]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Single(errors, e => e.Contains("请选择企业规模", StringComparison.Ordinal));
        Assert.Single(errors, e => e.Contains("请填写正确的联系电话", StringComparison.Ordinal));
        Assert.Single(errors, e => e.Contains("请上传营业执照", StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=registration-submitted]"));
        await using var db = Store.Db();
        Assert.False(await db.SupplierApplications.AnyAsync(a => a.CreditCode == SupplierLibrary.SupplierLibraryTests.NewCode));
    }

    [Fact]
    public async Task A_wrong_check_character_a_weak_password_and_a_different_confirmation_are_shown_at_their_fields_and_nothing_is_submitted()
    {
        var code = SupplierLibrary.SupplierLibraryTests.NewCode;
        var page = Render<SupplierRegister>();
        page.Find("#credit-code").Change(code[..17] + (code[17] == 'A' ? 'B' : 'A'));
        page.Find("#password").Change("abcdefgh");
        page.Find("#confirm").Change("abcdefgi");
        page.Find("#name").Change("江门市新兴办公设备有限公司");
        page.Find("input[type=radio]").Change(true);
        page.Find("#contact-person").Change("陈红");
        page.Find("#contact-phone").Change("0750-3210000");

        page.Find("form").Submit();

        Assert.Contains("校验位", FieldError(page, "#credit-code"));
        Assert.Contains("至少 3 类", FieldError(page, "#password"));
        Assert.Contains("两次输入的密码不一致", FieldError(page, "#confirm"));
        Assert.Empty(page.FindAll("[data-testid=registration-error]"));
        Assert.Empty(page.FindAll("[data-testid=registration-submitted]"));
        await using var db = Store.Db();
        Assert.False(await db.SupplierApplications.AnyAsync());
    }

    /// <summary>The message under a field: the first field error that follows its input.</summary>
    private static string FieldError(IRenderedComponent<SupplierRegister> page, string input)
    {
        var element = page.Find(input);
        var next = element.NextElementSibling;
        while (next is not null && next.TagName != "LABEL" && !next.ClassList.Contains("gp-field-error"))
        {
            next = next.NextElementSibling;
        }

        return next is { TagName: not "LABEL" } ? next.TextContent.Trim() : "";
    }
}

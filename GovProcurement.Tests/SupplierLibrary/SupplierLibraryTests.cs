using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.SupplierLibrary;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.SupplierLibrary;

/// <summary>Registration, review, resubmission and profile changes of the supplier library, over the demo store.</summary>
public sealed class SupplierLibraryTests : ProjectScenarioTest
{
    public const string Password = "Gd-Supply2026";

    /// <summary>A valid code registered in Jiangmen's Pengjiang district (440703).</summary>
    public static readonly string NewCode = WithCheck("91440703MA52R7T3K");

    public static readonly LicenceUpload Licence = new("营业执照.pdf", "application/pdf", "%PDF-1.4 licence scan"u8.ToArray());

    public static SupplierDetails Details(string name = "江门市蓬江区启航文具有限公司", EnterpriseScale scale = EnterpriseScale.Small, bool signed = true) =>
        new(name, scale, signed, "陈晓明", "0750-3210000");

    public static string WithCheck(string first17) => first17 + UnifiedSocialCreditCode.CheckCharacter(first17);

    private SupplierEnrolment Enrolment => Store.Get<SupplierEnrolment>();

    private SupplierApplicationReview Review => Store.Get<SupplierApplicationReview>();

    [Fact]
    public async Task A_code_with_a_wrong_check_character_is_refused_and_nothing_is_stored()
    {
        var wrong = NewCode[..17] + (NewCode[17] == 'A' ? 'B' : 'A');

        var refusal = await Assert.ThrowsAsync<ValidationException>(() => Enrolment.SubmitAsync(wrong, Details(), Password, Licence));

        var failure = Assert.Single(refusal.Errors);
        Assert.Equal(nameof(SupplierCredentials.CreditCode), failure.PropertyName);
        Assert.Contains("校验位", failure.Text().Zh);
        await using var db = Store.Db();
        Assert.Empty(await db.SupplierApplications.ToListAsync());
    }

    [Fact]
    public async Task A_debarred_supplier_is_refused_with_the_reason_of_its_debarment()
    {
        var today = Time.TodayInChina();
        await Store.Get<SupplierDebarments>().DebarAsync(ProjectScenario.SmallSupplier, today, today.AddYears(1), "提供虚假材料谋取中标", await Scenario.ActorAsync(ProjectScenario.Regulator));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Enrolment.SubmitAsync(ProjectScenario.SmallSupplier, Details(), Password, Licence));

        Assert.Contains("不良行为记录名单", refusal.Text.Zh);
        Assert.Contains("提供虚假材料谋取中标", refusal.Text.Zh);
        Assert.Contains(await AuditAsync(), e => e.Type == AuditEventType.SupplierApplicationRefused && e.Subject == ProjectScenario.SmallSupplier && e.Detail.Contains("提供虚假材料谋取中标"));
    }

    [Fact]
    public async Task A_code_already_in_the_library_is_refused_and_so_is_a_second_application_for_the_same_code()
    {
        var registered = await Assert.ThrowsAsync<DomainException>(() => Enrolment.SubmitAsync(ProjectScenario.MediumSupplier, Details(), Password, Licence));
        Assert.Contains("已在供应商库中注册", registered.Text.Zh);

        await Enrolment.SubmitAsync(NewCode, Details(), Password, Licence);
        var twice = await Assert.ThrowsAsync<DomainException>(() => Enrolment.SubmitAsync(NewCode.ToLowerInvariant(), Details(), Password, Licence));
        Assert.Contains("已提交过注册申请", twice.Text.Zh);
    }

    [Fact]
    public async Task The_password_rule_applies_to_the_password_chosen_at_registration()
    {
        var weak = await Assert.ThrowsAsync<ValidationException>(() => Enrolment.SubmitAsync(NewCode, Details(), "abcdefgh", Licence));
        Assert.Contains(weak.Errors, f => f.PropertyName == nameof(SupplierCredentials.Password) && f.Text().Zh.Contains("至少 3 类"));
        var sameAsCode = NewCode[..8] + char.ToLowerInvariant(NewCode[8]) + NewCode[9..]; // three classes, the code but for its case
        var code = await Assert.ThrowsAsync<ValidationException>(() => Enrolment.SubmitAsync(NewCode, Details(), sameAsCode, Licence));
        Assert.Contains(code.Errors, f => f.PropertyName == nameof(SupplierCredentials.Password) && f.Text().Zh.Contains("账号名"));
    }

    [Fact]
    public async Task A_medium_small_or_micro_size_needs_the_signed_sme_declaration_and_a_large_one_does_not()
    {
        var unsigned = await Assert.ThrowsAsync<ValidationException>(() => Enrolment.SubmitAsync(NewCode, Details(scale: EnterpriseScale.Micro, signed: false), Password, Licence));
        Assert.Contains("中小企业声明函", Assert.Single(unsigned.Errors, f => f.PropertyName == nameof(SupplierDetails.DeclarationSigned)).Text().Zh);

        var id = await Enrolment.SubmitAsync(NewCode, Details(scale: EnterpriseScale.Large, signed: false), Password, Licence);
        await using var db = Store.Db();
        var application = await db.SupplierApplications.SingleAsync(a => a.Id == id);
        Assert.Equal(EnterpriseScale.Large, application.Scale);
        Assert.Null(application.DeclarationSignedUtc);
    }

    [Theory]
    [InlineData("营业执照.exe", "%PDF-1.4", "PDF、JPG 或 PNG")]
    [InlineData("营业执照.pdf", "MZ not a pdf", "不是 PDF 格式")]
    public async Task The_licence_must_be_a_pdf_jpg_or_png_by_name_and_by_content(string name, string content, string expected)
    {
        var upload = new LicenceUpload(name, "application/pdf", System.Text.Encoding.ASCII.GetBytes(content));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Enrolment.SubmitAsync(NewCode, Details(), Password, upload));

        Assert.Contains(expected, refusal.Text.Zh);
    }

    [Fact]
    public async Task A_licence_over_the_bound_is_refused()
    {
        var limit = new InputLimits().LicenceBytes;
        var content = new byte[limit + 1];
        "%PDF-"u8.CopyTo(content);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Enrolment.SubmitAsync(NewCode, Details(), Password, new LicenceUpload("营业执照.pdf", "application/pdf", content)));

        Assert.Contains("不超过 5 MB", refusal.Text.Zh);
    }

    [Fact]
    public async Task Approval_brings_the_supplier_on_through_onboarding_with_the_credit_code_as_account_and_the_chosen_password()
    {
        var id = await Enrolment.SubmitAsync(NewCode, Details(), Password, Licence);

        await Review.ApproveAsync(id, await Scenario.ActorAsync("admin"));

        await using var db = Store.Db();
        var supplier = await db.Organizations.OfType<Supplier>().SingleAsync(s => s.CreditCode == NewCode);
        Assert.Equal(("江门市蓬江区启航文具有限公司", EnterpriseScale.Small, "440703"), (supplier.Name, supplier.Scale, supplier.RegionCode));
        var user = await db.Users.SingleAsync(u => u.OrganizationId == supplier.Id);
        Assert.Equal(NewCode, user.UserName);
        Assert.False(user.MustChangePassword);
        Assert.NotEqual(PasswordVerificationResult.Failed, Store.Get<IPasswordHasher<ApplicationUser>>().VerifyHashedPassword(user, user.PasswordHash!, Password));
        Assert.Equal([Roles.Supplier], await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync());
        var application = await db.SupplierApplications.SingleAsync(a => a.Id == id);
        Assert.Null(application.PasswordHash);
        Assert.Equal(supplier.Id, (await db.Files.SingleAsync(f => f.Id == application.LicenceFileId)).OwnerOrganizationId);

        var audit = await AuditAsync();
        Assert.Contains(audit, e => e.Type == AuditEventType.SupplierApplicationSubmitted && e.Subject == NewCode);
        Assert.Contains(audit, e => e.Type == AuditEventType.AccountCreated && e.Subject == NewCode);
        Assert.Contains(audit, e => e.Type == AuditEventType.SupplierApplicationApproved && e.Actor == "admin" && e.Subject == NewCode);
        var admin = await Scenario.ActorAsync("admin");
        var twice = await Assert.ThrowsAsync<DomainException>(() => Review.ApproveAsync(id, admin));
        Assert.Contains("不在待审核状态", twice.Text.Zh);
    }

    [Fact]
    public async Task Only_the_platform_administrator_reviews()
    {
        var id = await Enrolment.SubmitAsync(NewCode, Details(), Password, Licence);

        var regulator = await Scenario.ActorAsync(ProjectScenario.Regulator);
        var supplier = await Scenario.ActorAsync(ProjectScenario.SmallSupplier);
        await Assert.ThrowsAsync<DomainException>(() => Review.ApproveAsync(id, regulator));
        await Assert.ThrowsAsync<DomainException>(() => Review.QueueAsync(0, 20, supplier));
    }

    [Fact]
    public async Task A_returned_application_shows_its_reason_to_the_applicant_who_corrects_and_resubmits_it()
    {
        var id = await Enrolment.SubmitAsync(NewCode, Details(name: "启航文具"), Password, Licence);
        var admin = await Scenario.ActorAsync("admin");
        var noReason = await Assert.ThrowsAsync<ValidationException>(() => Review.ReturnAsync(id, "  ", admin));
        Assert.Equal(nameof(ReasonInput.Reason), Assert.Single(noReason.Errors).PropertyName);

        await Review.ReturnAsync(id, "名称与营业执照不一致，请填写营业执照上的全称。", admin);

        Assert.Null(await Enrolment.CheckAsync(NewCode, "Wrong-pass1"));
        var returned = await Enrolment.CheckAsync(NewCode, Password);
        Assert.Equal((SupplierApplicationStatus.Returned, "名称与营业执照不一致，请填写营业执照上的全称。", true), (returned!.Status, returned.ReturnReason, returned.MayResubmit));
        var queue = await Review.QueueAsync(0, 20, admin);
        Assert.False(queue.Items.Single().MayDecide);

        await Assert.ThrowsAsync<DomainException>(() => Enrolment.ResubmitAsync(NewCode, "Wrong-pass1", Details(), null));
        await Enrolment.ResubmitAsync(NewCode, Password, Details(), null);

        var resubmitted = await Enrolment.CheckAsync(NewCode, Password);
        Assert.Equal((SupplierApplicationStatus.Resubmitted, false), (resubmitted!.Status, resubmitted.MayResubmit));
        Assert.True((await Review.QueueAsync(0, 20, admin)).Items.Single().MayDecide);
        await Review.ApproveAsync(id, admin);
        Assert.Equal(SupplierApplicationStatus.Approved, (await Enrolment.CheckAsync(NewCode, Password))!.Status);
        await using var db = Store.Db();
        Assert.Equal("江门市蓬江区启航文具有限公司", (await db.Organizations.OfType<Supplier>().SingleAsync(s => s.CreditCode == NewCode)).Name);
        var types = (await AuditAsync()).Where(e => e.Subject == NewCode).Select(e => e.Type).ToList();
        Assert.Contains(AuditEventType.SupplierApplicationReturned, types);
        Assert.Contains(AuditEventType.SupplierApplicationResubmitted, types);
    }

    [Fact]
    public async Task Wrong_passwords_on_the_status_check_pause_it_like_a_sign_in_lockout()
    {
        await Enrolment.SubmitAsync(NewCode, Details(), Password, Licence);
        var policy = new SecurityPolicy();
        for (var i = 0; i < policy.MaxFailedSignIns; i++)
        {
            Assert.Null(await Enrolment.CheckAsync(NewCode, "Wrong-pass" + i));
        }

        Assert.Null(await Enrolment.CheckAsync(NewCode, Password));

        Time.Advance(policy.LockoutDuration + TimeSpan.FromSeconds(1));
        Assert.NotNull(await Enrolment.CheckAsync(NewCode, Password));
    }

    [Fact]
    public async Task Contact_details_apply_at_once_while_a_new_name_or_size_waits_for_review_and_the_old_values_stand()
    {
        var supplierActor = await Scenario.ActorAsync(ProjectScenario.SmallSupplier);
        var profiles = Store.Get<SupplierProfiles>();
        var before = await profiles.ProfileAsync(supplierActor);
        Assert.Null(before.ContactPerson);

        // Keeping the declared size needs no new declaration; a new small-or-medium size does.
        var waits = await profiles.ChangeAsync(new SupplierDetails(before.Name, before.Scale, false, "李娜", "13800138000"), null, supplierActor);
        var unsigned = await Assert.ThrowsAsync<ValidationException>(() => profiles.ChangeAsync(new SupplierDetails(before.Name, EnterpriseScale.Medium, false, "李娜", "13800138000"), null, supplierActor));
        Assert.Contains("中小企业声明函", Assert.Single(unsigned.Errors, f => f.PropertyName == nameof(SupplierDetails.DeclarationSigned)).Text().Zh);

        Assert.False(waits);
        var contact = await profiles.ProfileAsync(supplierActor);
        Assert.Equal(("李娜", "13800138000", true), (contact.ContactPerson, contact.ContactPhone, contact.MayChange));
        Assert.Null(contact.OpenChange);

        waits = await profiles.ChangeAsync(new SupplierDetails("江门市华信智能科技有限公司", EnterpriseScale.Medium, true, "李娜", "13800138001"), Licence, supplierActor);

        Assert.True(waits);
        var pending = await profiles.ProfileAsync(supplierActor);
        Assert.Equal(("江门市华信电脑科技有限公司", EnterpriseScale.Small, "13800138001"), (pending.Name, pending.Scale, pending.ContactPhone));
        Assert.Equal((SupplierApplicationStatus.Submitted, false), (pending.OpenChange!.Status, pending.MayChange));
        await Assert.ThrowsAsync<DomainException>(() => profiles.ChangeAsync(new SupplierDetails("另一个名称", EnterpriseScale.Small, true, "李娜", "13800138001"), null, supplierActor));

        var admin = await Scenario.ActorAsync("admin");
        var row = (await Review.QueueAsync(0, 20, admin)).Items.Single(r => r.MayDecide);
        Assert.Equal(("江门市华信电脑科技有限公司", EnterpriseScale.Small), (row.PreviousName, row.PreviousScale));
        await Review.ReturnAsync(row.Id, "规模变更请附上年度财务报表。", admin);
        var returned = await profiles.ProfileAsync(supplierActor);
        Assert.Equal(("规模变更请附上年度财务报表。", true), (returned.OpenChange!.ReturnReason, returned.MayChange));

        await profiles.ChangeAsync(new SupplierDetails("江门市华信智能科技有限公司", EnterpriseScale.Medium, true, "李娜", "13800138001"), Licence, supplierActor);
        await Review.ApproveAsync(row.Id, admin);

        var after = await profiles.ProfileAsync(supplierActor);
        Assert.Equal(("江门市华信智能科技有限公司", EnterpriseScale.Medium), (after.Name, after.Scale));
        Assert.Null(after.OpenChange);
        var audit = (await AuditAsync()).Where(e => e.Subject == ProjectScenario.SmallSupplier).Select(e => e.Type).ToList();
        Assert.Equal(2, audit.Count(t => t == AuditEventType.SupplierProfileUpdated)); // the contact change, and the approved name and size
        Assert.Contains(AuditEventType.SupplierApplicationSubmitted, audit);
        Assert.Contains(AuditEventType.SupplierApplicationReturned, audit);
        Assert.Contains(AuditEventType.SupplierApplicationResubmitted, audit);
        Assert.Contains(AuditEventType.SupplierApplicationApproved, audit);
    }

    [Fact]
    public void A_supplier_is_placed_in_the_region_its_code_was_registered_in_or_at_the_province()
    {
        var regions = GovProcurement.Domain.Regions.RegionDirectory.Guangdong;
        Assert.Equal("440703", SupplierRegion.Of(NewCode, regions));
        Assert.Equal("440000", SupplierRegion.Of(WithCheck("91440300MA5ABCDEF"), regions)); // Shenzhen runs its own system
        Assert.Equal("440000", SupplierRegion.Of(WithCheck("91110105MA01ABCDE"), regions)); // Beijing
    }

    private async Task<IReadOnlyList<AuditLine>> AuditAsync() => (await Store.Get<AuditLog>().PageAsync(0, 200)).Items;
}

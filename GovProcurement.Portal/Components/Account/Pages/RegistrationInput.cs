using System.ComponentModel.DataAnnotations;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.SupplierLibrary;
using Microsoft.AspNetCore.Http;

namespace GovProcurement.Portal.Components.Account.Pages;

/// <summary>
/// The supplier registration form as posted (a plain multipart form, like the sign-in page's).
/// The attributes bound what the request may carry; the credentials and the supplier's details are checked by the
/// domain's <see cref="SupplierCredentialsValidator"/> and <see cref="SupplierDetailsValidator"/>, which the page runs
/// before it submits and shows at the fields.
/// </summary>
public sealed class RegistrationInput
{
    [StringLength(UnifiedSocialCreditCode.Length, ErrorMessage = "统一社会信用代码应为 18 位 / 18 characters")]
    public string? CreditCode { get; set; }

    [StringLength(PasswordRules.MaxLength, ErrorMessage = "密码不超过 128 位 / At most 128 characters")]
    public string Password { get; set; } = "";

    [StringLength(PasswordRules.MaxLength, ErrorMessage = "密码不超过 128 位 / At most 128 characters")]
    public string ConfirmPassword { get; set; } = "";

    [StringLength(Organization.NameMaxLength, ErrorMessage = "名称过长 / Too long")]
    public string? Name { get; set; }

    public EnterpriseScale? Scale { get; set; }

    public bool DeclarationSigned { get; set; }

    [StringLength(SupplierApplication.ContactPersonMaxLength, ErrorMessage = "联系人过长 / Too long")]
    public string? ContactPerson { get; set; }

    [StringLength(SupplierApplication.ContactPhoneMaxLength, ErrorMessage = "联系电话过长 / Too long")]
    public string? ContactPhone { get; set; }

    public IFormFile? Licence { get; set; }

    public SupplierCredentials Credentials => new(CreditCode, Password);

    public SupplierDetails Details => new(Name, Scale, DeclarationSigned, ContactPerson, ContactPhone);

    /// <summary>The uploaded licence, refused past <paramref name="maxBytes"/> before it is read; null when none was chosen.</summary>
    public async Task<LicenceUpload?> ReadLicenceAsync(long maxBytes)
    {
        if (Licence is not { Length: > 0 } file)
        {
            return null;
        }

        InputLimits.RequireBytes(file.Length, maxBytes, "营业执照文件", "The business licence file");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return new LicenceUpload(file.FileName, file.ContentType, buffer.ToArray());
    }
}

using FluentValidation;
using FluentValidation.Results;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Files;

namespace GovProcurement.Domain.SupplierLibrary;

/// <summary>A business licence (营业执照) as uploaded: its name, declared type and bytes.</summary>
public sealed record LicenceUpload(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The business licence's checks: a PDF, JPEG or PNG (a scan or a photo), by its extension and by
/// its first bytes, within <see cref="InputLimits.LicenceBytes"/>; stored like any other file.
/// </summary>
public static class BusinessLicence
{
    private static readonly (string Extension, string ContentType, byte[] Signature)[] Kinds =
    [
        (".pdf", "application/pdf", "%PDF-"u8.ToArray()),
        (".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    public static string Accept => string.Join(",", Kinds.Select(k => k.Extension));

    public static StoredFile Store(LicenceUpload upload, long maxBytes, Guid owner, string uploadedBy, DateTime nowUtc)
    {
        var extension = Path.GetExtension((upload.FileName ?? "").Trim()).ToLowerInvariant();
        var kind = Kinds.FirstOrDefault(k => k.Extension == extension);
        if (kind.Extension is null)
        {
            throw new DomainException("营业执照请上传 PDF、JPG 或 PNG 文件。", "Upload the business licence as a PDF, JPG or PNG file.");
        }

        var name = StoredFile.CheckName(upload.FileName!);

        InputLimits.RequireBytes(upload.Content.Length, maxBytes, "营业执照文件", "The business licence file");
        if (!upload.Content.AsSpan().StartsWith(kind.Signature))
        {
            throw new DomainException($"文件“{name}”的内容不是 {extension[1..].ToUpperInvariant()} 格式，请上传营业执照的扫描件或照片。",
                $"\"{name}\" is not a {extension[1..].ToUpperInvariant()} file; upload a scan or photo of the business licence.");
        }

        return new StoredFile(name, kind.ContentType, upload.Content, maxBytes, owner, uploadedBy, nowUtc);
    }
}

/// <summary>
/// A first registration's licence field: an application carries its business licence. Named <see cref="Field"/>,
/// as the registration form names its file input, so the form shows the message under it.
/// </summary>
public sealed class RequiredLicenceValidator : AbstractValidator<LicenceUpload?>
{
    public const string Field = "Licence";

    public static readonly Bilingual Missing = new("请上传营业执照。", "Upload the business licence.");

    public static RequiredLicenceValidator Instance { get; } = new();

    /// <summary>No licence at all is the failure this validator exists for (FluentValidation refuses a null model otherwise).</summary>
    protected override bool PreValidate(ValidationContext<LicenceUpload?> context, ValidationResult result)
    {
        if (context.InstanceToValidate is { Content.Length: > 0 })
        {
            return true;
        }

        result.Errors.Add(FieldRules.Failure(Field, Missing));
        return false;
    }
}

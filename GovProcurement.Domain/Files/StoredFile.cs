using System.Security.Cryptography;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Files;

/// <summary>
/// A file kept in the store: procurement documents, signed offline records. Its SHA-256 is
/// taken on upload so that a copy can be checked against it.
/// </summary>
public sealed class StoredFile
{
    public const int NameMaxLength = 200;
    private static readonly HashSet<string> AllowedExtensions = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".zip", ".jpg", ".png", ".txt"];

    private StoredFile()
    {
        Name = ContentType = Sha256 = UploadedBy = "";
        Content = [];
    }

    /// <param name="maxBytes">The configured bound (<see cref="InputLimits.FileBytes"/>).</param>
    public StoredFile(string name, string contentType, byte[] content, long maxBytes, Guid ownerOrganizationId, string uploadedBy, DateTime nowUtc, Guid? projectId = null)
    {
        Id = Guid.NewGuid();
        Name = CheckName(name);
        ContentType = contentType.Length <= 100 ? contentType : "application/octet-stream";
        InputLimits.RequireBytes(content.Length, maxBytes, $"文件“{Name}”", $"The file \"{Name}\"");
        Content = content.Length > 0 ? content : throw new DomainException($"文件“{Name}”是空的。", $"The file \"{Name}\" is empty.");
        Size = content.Length;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        OwnerOrganizationId = ownerOrganizationId;
        ProjectId = projectId;
        UploadedBy = uploadedBy;
        UploadedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; }

    public Guid OwnerOrganizationId { get; private set; }

    /// <summary>The project the file belongs to (documents, signed records).</summary>
    public Guid? ProjectId { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTime UploadedUtc { get; private set; }

    /// <summary>
    /// Gives the file to another organisation: a supplier's licence, uploaded with its application
    /// before the supplier existed, belongs to the supplier once the application is approved.
    /// </summary>
    public void HandOverTo(Guid organizationId) => OwnerOrganizationId = organizationId;

    public static string CheckName(string name)
    {
        name = Path.GetFileName((name ?? "").Trim());
        if (name.Length is 0 or > NameMaxLength)
        {
            throw new DomainException($"文件名不能为空且不超过 {NameMaxLength} 字。", $"The file name is required and at most {NameMaxLength} characters.");
        }

        if (!AllowedExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            throw new DomainException(
                $"不支持的文件类型“{Path.GetExtension(name)}”，请上传 {string.Join("、", AllowedExtensions)} 文件。",
                $"Unsupported file type \"{Path.GetExtension(name)}\"; upload {string.Join(", ", AllowedExtensions)}.");
        }

        return name;
    }
}

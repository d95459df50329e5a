using GovProcurement.Domain.Common;
using GovProcurement.Domain.Files;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>A listing's picture or document (a PDF: a brochure, a test report, a service description).</summary>
public enum ListingFileKind
{
    Image = 1,
    Document = 2,
}

/// <summary>A file as uploaded for a listing: its name, declared type and bytes.</summary>
public sealed record ListingUpload(string FileName, string ContentType, byte[] Content);

/// <summary>A file attached to a listing, kept in the store like any other (<see cref="StoredFile"/>).</summary>
public sealed class ListingFile
{
    private ListingFile()
    {
        Name = "";
    }

    internal ListingFile(Guid listingId, StoredFile file, ListingFileKind kind)
    {
        Id = Guid.NewGuid();
        ListingId = listingId;
        FileId = file.Id;
        Name = file.Name;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public Guid ListingId { get; private set; }

    public Guid FileId { get; private set; }

    public string Name { get; private set; }

    public ListingFileKind Kind { get; private set; }
}

/// <summary>
/// A listing's files are checked as the business licence is: by extension and by their first bytes, a JPEG or
/// PNG picture or a PDF document, each within <see cref="InputLimits.FileBytes"/>, at most
/// <see cref="MaxImages"/> pictures and <see cref="MaxDocuments"/> documents a listing.
/// </summary>
public static class ListingFiles
{
    public const int MaxImages = 6;
    public const int MaxDocuments = 4;

    private static readonly (string Extension, string ContentType, byte[] Signature, ListingFileKind Kind)[] Kinds =
    [
        (".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF], ListingFileKind.Image),
        (".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], ListingFileKind.Image),
        (".pdf", "application/pdf", "%PDF-"u8.ToArray(), ListingFileKind.Document),
    ];

    public static string Accept => string.Join(",", Kinds.Select(k => k.Extension));

    /// <summary>The file checked and stored, with its kind; refused with the reason otherwise.</summary>
    public static (StoredFile File, ListingFileKind Kind) Store(ListingUpload upload, int imagesSoFar, int documentsSoFar, long maxBytes, Guid owner, string uploadedBy, DateTime nowUtc)
    {
        var extension = Path.GetExtension((upload.FileName ?? "").Trim()).ToLowerInvariant();
        var kind = Kinds.FirstOrDefault(k => k.Extension == extension);
        if (kind.Extension is null)
        {
            throw new DomainException("商品图片请上传 JPG 或 PNG 文件，资料请上传 PDF 文件。", "Upload pictures as JPG or PNG and documents as PDF.");
        }

        var name = StoredFile.CheckName(upload.FileName!);
        if (kind.Kind == ListingFileKind.Image ? imagesSoFar >= MaxImages : documentsSoFar >= MaxDocuments)
        {
            throw kind.Kind == ListingFileKind.Image
                ? new DomainException($"每个商品最多 {MaxImages} 张图片。", $"A listing has at most {MaxImages} pictures.")
                : new DomainException($"每个商品最多 {MaxDocuments} 份资料。", $"A listing has at most {MaxDocuments} documents.");
        }

        InputLimits.RequireBytes(upload.Content.Length, maxBytes, $"文件“{name}”", $"The file \"{name}\"");
        if (!upload.Content.AsSpan().StartsWith(kind.Signature))
        {
            throw new DomainException($"文件“{name}”的内容不是 {extension[1..].ToUpperInvariant()} 格式。", $"\"{name}\" is not a {extension[1..].ToUpperInvariant()} file.");
        }

        return (new StoredFile(name, kind.ContentType, upload.Content, maxBytes, owner, uploadedBy, nowUtc), kind.Kind);
    }
}

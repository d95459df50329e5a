using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Notices;

/// <summary>
/// A public notice: drafted, then published with a number, a timestamp and a content digest
/// that anyone can check a downloaded copy against. A published notice never changes; a
/// correction is a new notice.
/// </summary>
public sealed class Notice : VersionedEntity
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 200_000;
    public const int ReferenceMaxLength = 60;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private Notice()
    {
        Title = RegionCode = PublisherName = BodyJson = CreatedBy = "";
    }

    public Notice(NoticeType type, string title, string regionCode, Guid publisherId, string publisherName, IReadOnlyList<NoticeBlock> body,
        string createdBy, DateTime nowUtc, Guid? projectId = null, ProcurementMethod? method = null, Guid? forwardedFromId = null, string? reference = null)
    {
        Id = Guid.NewGuid();
        Type = type;
        Title = Texts.Required(title, TitleMaxLength, "标题", "The title");
        RegionCode = regionCode;
        PublisherId = publisherId;
        PublisherName = publisherName;
        ProjectId = projectId;
        Method = method;
        ForwardedFromId = forwardedFromId;
        Reference = Texts.Optional(reference, ReferenceMaxLength, "文号", "The reference");
        Status = NoticeStatus.Draft;
        CreatedBy = createdBy;
        CreatedUtc = nowUtc;
        BodyJson = "[]";
        Edit(title, body);
    }

    public Guid Id { get; private set; }

    /// <summary>The number given at publication, e.g. GG20261127A3F9C1.</summary>
    public string? Number { get; private set; }

    public NoticeType Type { get; private set; }

    public string Title { get; private set; }

    /// <summary>A document reference such as 江财采购函〔2020〕117号, for policy notices.</summary>
    public string? Reference { get; private set; }

    public string RegionCode { get; private set; }

    public Guid PublisherId { get; private set; }

    public string PublisherName { get; private set; }

    public Guid? ProjectId { get; private set; }

    public ProcurementMethod? Method { get; private set; }

    /// <summary>The notice this one forwards (policy notices passed down the finance departments).</summary>
    public Guid? ForwardedFromId { get; private set; }

    public string BodyJson { get; private set; }

    public NoticeStatus Status { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime? PublishedUtc { get; private set; }

    /// <summary>SHA-256 (hex) of the published content; printed on the PDF.</summary>
    public string? Digest { get; private set; }

    public IReadOnlyList<NoticeBlock> Body => JsonSerializer.Deserialize<List<NoticeBlock>>(BodyJson, Json) ?? [];

    public void Edit(string title, IReadOnlyList<NoticeBlock> body)
    {
        if (Status != NoticeStatus.Draft)
        {
            throw new DomainException("公告已发布，不能修改；如需更正请发布更正公告。", "A published notice cannot change; publish a correction.");
        }

        Title = Texts.Required(title, TitleMaxLength, "标题", "The title");
        var json = JsonSerializer.Serialize(body, Json);
        BodyJson = json.Length <= BodyMaxLength ? json : throw new DomainException("公告正文过长。", "The notice body is too long.");
    }

    public void Publish(DateTime nowUtc)
    {
        if (Status == NoticeStatus.Published)
        {
            throw new DomainException("公告已发布。", "The notice is already published.");
        }

        Status = NoticeStatus.Published;
        PublishedUtc = nowUtc;
        Number = $"GG{nowUtc.Add(Clock.ChinaOffset):yyyyMMdd}{Id.ToString("N")[..6].ToUpperInvariant()}";
        Digest = ComputeDigest();
    }

    /// <summary>The digest over what the notice says, who published it and when; a changed copy no longer matches.</summary>
    public string ComputeDigest()
    {
        var canonical = string.Join('\n', Number, Type, Title, Reference ?? "", RegionCode, PublisherName, PublishedUtc?.ToString("O") ?? "", BodyJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

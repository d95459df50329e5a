using System.Security.Cryptography;
using System.Text;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Projects;

namespace GovProcurement.Domain.Complaints;

/// <summary>
/// A challenge (质疑): a supplier that took part challenges the documents, a step or the result of a
/// project, all its points in one letter per subject and round (94号令第十条). Filed within the rule's
/// period from the day the rule names (<see cref="WindowStart"/>); answered in writing by the purchaser
/// or agency, the answer letter's text fixed by its SHA-256 digest. The status changes only through the table.
/// </summary>
public sealed class Challenge : VersionedEntity, IRaisedOnProject, IRoundRow
{
    public const int TextMaxLength = 4000;

    private static readonly Dictionary<(ChallengeStatus From, ChallengeAction Action), ChallengeStatus> Transitions = new()
    {
        [(ChallengeStatus.Filed, ChallengeAction.Answer)] = ChallengeStatus.Answered,
    };

    private Challenge()
    {
        Number = ProjectNumber = ProjectTitle = RegionCode = SupplierName = Points = FiledBy = "";
    }

    public Challenge(ChallengeParties parties, ChallengeSubject subject, string points, DateOnly windowStart, string filedBy, DateTime nowUtc) : this()
    {
        Id = Guid.NewGuid();
        (ProjectId, ProjectNumber, ProjectTitle, Round, RegionCode, PurchaserId, AgencyId, SupplierId, SupplierName) = parties;
        Number = $"ZY-{RegionCode}-{BeijingTime.Day(nowUtc):yyyyMMdd}-{Id.ToString("N")[..6].ToUpperInvariant()}";
        Subject = subject;
        Points = Texts.Required(points, TextMaxLength, "质疑事项", "The points of the challenge");
        WindowStart = windowStart;
        FiledBy = filedBy;
        FiledUtc = nowUtc;
        FiledOn = BeijingTime.Day(nowUtc);
        Status = ChallengeStatus.Filed;
    }

    public Guid Id { get; private set; }

    /// <summary>A readable number: 质疑, the region, the day and a short unique part.</summary>
    public string Number { get; private set; }

    public Guid ProjectId { get; private set; }

    public string ProjectNumber { get; private set; }

    public string ProjectTitle { get; private set; }

    public int Round { get; private set; }

    public string RegionCode { get; private set; }

    public Guid PurchaserId { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid SupplierId { get; private set; }

    public string SupplierName { get; private set; }

    public ChallengeSubject Subject { get; private set; }

    /// <summary>Every point of the challenge, in one letter.</summary>
    public string Points { get; private set; }

    /// <summary>The day the filing period ran from (the rule's start for the subject).</summary>
    public DateOnly WindowStart { get; private set; }

    public string FiledBy { get; private set; }

    public DateTime FiledUtc { get; private set; }

    /// <summary>The Beijing day of receipt: the answer period runs from it.</summary>
    public DateOnly FiledOn { get; private set; }

    public ChallengeStatus Status { get; private set; }

    /// <summary>Whether the answer finds the challenge well-founded (质疑成立).</summary>
    public bool? Upheld { get; private set; }

    public string? Answer { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTime? AnsweredUtc { get; private set; }

    /// <summary>The SHA-256 digest of the answer letter's text, printed on the PDF.</summary>
    public string? AnswerDigest { get; private set; }

    public bool Allows(ChallengeAction action) => Transitions.ContainsKey((Status, action));

    public void Reply(bool upheld, string answer, string by, DateTime nowUtc)
    {
        var text = Texts.Required(answer, TextMaxLength, "答复内容", "The answer");
        if (!Transitions.TryGetValue((Status, ChallengeAction.Answer), out var next))
        {
            throw new DomainException("该质疑已书面答复。", "The challenge has been answered in writing.");
        }

        Status = next;
        Upheld = upheld;
        Answer = text;
        AnsweredBy = by;
        AnsweredUtc = nowUtc;
        AnswerDigest = LetterDigest(this);
    }

    /// <summary>The digest over what the answer letter states: the challenge, its points, the finding and the answer.</summary>
    public static string LetterDigest(Challenge c) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\n', c.Number, c.ProjectNumber, c.SupplierName, c.Subject, c.Points, c.Upheld, c.Answer, c.AnsweredBy, c.AnsweredUtc?.ToString("O")))));
}

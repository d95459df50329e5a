using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Complaints;

/// <summary>
/// An inquiry (询问): a supplier asks the purchaser or agency about a project's documents, a step or
/// the result; the answer is due within the rule's working days (实施条例第五十二条). Asked, then answered, once.
/// </summary>
public sealed class Inquiry : VersionedEntity, IRaisedOnProject
{
    public const int TextMaxLength = 2000;

    private static readonly Dictionary<(InquiryStatus From, InquiryAction Action), InquiryStatus> Transitions = new()
    {
        [(InquiryStatus.Asked, InquiryAction.Answer)] = InquiryStatus.Answered,
    };

    private Inquiry()
    {
        ProjectNumber = ProjectTitle = RegionCode = SupplierName = Question = AskedBy = "";
    }

    public Inquiry(ChallengeParties parties, ChallengeSubject subject, string question, string askedBy, DateTime nowUtc) : this()
    {
        Id = Guid.NewGuid();
        (ProjectId, ProjectNumber, ProjectTitle, Round, RegionCode, PurchaserId, AgencyId, SupplierId, SupplierName) = parties;
        Subject = subject;
        Question = Texts.Required(question, TextMaxLength, "询问内容", "The question");
        AskedBy = askedBy;
        AskedUtc = nowUtc;
        AskedOn = BeijingTime.Day(nowUtc);
        Status = InquiryStatus.Asked;
    }

    public Guid Id { get; private set; }

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

    public string Question { get; private set; }

    public string AskedBy { get; private set; }

    public DateTime AskedUtc { get; private set; }

    /// <summary>The Beijing day it was asked: the answer period runs from it (the day itself not counted).</summary>
    public DateOnly AskedOn { get; private set; }

    public InquiryStatus Status { get; private set; }

    public string? Answer { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTime? AnsweredUtc { get; private set; }

    public bool Allows(InquiryAction action) => Transitions.ContainsKey((Status, action));

    public void Reply(string answer, string by, DateTime nowUtc)
    {
        var text = Texts.Required(answer, TextMaxLength, "答复内容", "The answer");
        if (!Transitions.TryGetValue((Status, InquiryAction.Answer), out var next))
        {
            throw new DomainException("该询问已答复。", "The inquiry has been answered.");
        }

        Status = next;
        Answer = text;
        AnsweredBy = by;
        AnsweredUtc = nowUtc;
    }
}

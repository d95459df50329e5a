namespace GovProcurement.Domain.Bids;

/// <summary>A supplier's registration (报名) for a project: it may then download the documents, ask and bid.</summary>
public sealed class SupplierRegistration : Projects.IRoundRow
{
    private SupplierRegistration()
    {
        RegisteredBy = "";
    }

    public SupplierRegistration(Guid projectId, int round, Guid supplierId, string registeredBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Round = round;
        SupplierId = supplierId;
        RegisteredBy = registeredBy;
        RegisteredUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>Registrations hold for one round: a method change after a failed round asks suppliers again.</summary>
    public int Round { get; private set; }

    public Guid SupplierId { get; private set; }

    public string RegisteredBy { get; private set; }

    public DateTime RegisteredUtc { get; private set; }
}

/// <summary>
/// A clarification question (澄清) from a registered supplier and the agency's answer. Answers go
/// to every registered supplier without naming who asked; one that changes the documents may
/// push the deadline out.
/// </summary>
public sealed class Clarification : Projects.IRoundRow
{
    public const int TextMaxLength = 2000;

    private Clarification()
    {
        Question = AskedBy = "";
    }

    public Clarification(Guid projectId, int round, Guid supplierId, string question, string askedBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Round = round;
        SupplierId = supplierId;
        Question = Common.Texts.Required(question, TextMaxLength, "问题", "The question");
        AskedBy = askedBy;
        AskedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Round { get; private set; }

    public Guid SupplierId { get; private set; }

    public string Question { get; private set; }

    public string AskedBy { get; private set; }

    public DateTime AskedUtc { get; private set; }

    public string? Answer { get; private set; }

    public DateTime? AnsweredUtc { get; private set; }

    public bool ChangesDocuments { get; private set; }

    public void Reply(string answer, bool changesDocuments, DateTime nowUtc)
    {
        if (Answer is not null)
        {
            throw new Common.DomainException("该问题已答复。", "This question has been answered.");
        }

        Answer = Common.Texts.Required(answer, TextMaxLength, "答复", "The answer");
        ChangesDocuments = changesDocuments;
        AnsweredUtc = nowUtc;
    }
}

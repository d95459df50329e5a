using System.Text.Json;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;

namespace GovProcurement.Domain.Acceptance;

/// <summary>
/// The performance and acceptance (履约验收, 财库〔2016〕205号) of one signed contract, run by the purchaser: deliveries
/// against the contract's items until every item is delivered in full (<see cref="DeliveredOn"/>), the acceptance plan
/// with its group, each item checked against the technical, service and safety terms, and the result. Both parties
/// confirm the acceptance record (<see cref="AcceptanceText"/>): a confirmation counts only while its digest is the
/// record's current one, so a changed result voids both. A passed record gives <see cref="AcceptedOn"/>; a failed one
/// is kept as a past round and the supplier delivers again. The status changes only through the table.
/// </summary>
public sealed class ContractAcceptance : VersionedEntity
{
    private static readonly Dictionary<(AcceptanceStatus From, AcceptanceChange Change), AcceptanceStatus> Transitions = new()
    {
        [(AcceptanceStatus.Delivering, AcceptanceChange.Deliver)] = AcceptanceStatus.Delivering,
        [(AcceptanceStatus.Failed, AcceptanceChange.Deliver)] = AcceptanceStatus.Delivering,
        [(AcceptanceStatus.Delivering, AcceptanceChange.CompleteDelivery)] = AcceptanceStatus.Delivered,
        [(AcceptanceStatus.Delivered, AcceptanceChange.Plan)] = AcceptanceStatus.Planned,
        [(AcceptanceStatus.Planned, AcceptanceChange.Plan)] = AcceptanceStatus.Planned,
        [(AcceptanceStatus.Planned, AcceptanceChange.Conclude)] = AcceptanceStatus.Concluded,
        [(AcceptanceStatus.Concluded, AcceptanceChange.Conclude)] = AcceptanceStatus.Concluded,
        [(AcceptanceStatus.Concluded, AcceptanceChange.Pass)] = AcceptanceStatus.Passed,
        [(AcceptanceStatus.Concluded, AcceptanceChange.Fail)] = AcceptanceStatus.Failed,
    };

    private ContractAcceptance()
    {
        Number = ContractNumber = ContractDigest = Title = RegionCode = PurchaserName = SupplierName = ItemsJson = CreatedBy = "";
        DeliveriesJson = MembersJson = ChecksJson = HistoryJson = "[]";
    }

    /// <summary>Opens the acceptance of a signed contract (not yet stored): delivering, round 1, the contract's items as signed.</summary>
    public static ContractAcceptance Open(GovContract contract, string actor, DateTime nowUtc)
    {
        var id = Guid.NewGuid();
        return new ContractAcceptance
        {
            Id = id,
            Number = $"YS-{contract.RegionCode}-{BeijingTime.Day(nowUtc):yyyyMMdd}-{id.ToString("N")[..6].ToUpperInvariant()}",
            ContractId = contract.Id,
            ContractNumber = contract.Number,
            ContractDigest = contract.Digest,
            Title = contract.Title,
            RegionCode = contract.RegionCode,
            ProjectId = contract.ProjectId,
            PurchaserId = contract.PurchaserId,
            PurchaserName = contract.PurchaserName,
            SupplierId = contract.SupplierId,
            SupplierName = contract.SupplierName,
            Amount = contract.Amount,
            ItemsJson = contract.ItemsJson,
            Status = AcceptanceStatus.Delivering,
            Round = 1,
            CreatedBy = actor,
            CreatedUtc = nowUtc,
        };
    }

    public Guid Id { get; private set; }

    /// <summary>The record's readable number: 验收, the region, the day and a short unique part.</summary>
    public string Number { get; private set; }

    public Guid ContractId { get; private set; }

    public string ContractNumber { get; private set; }

    /// <summary>The digest of the contract text the acceptance checks against.</summary>
    public string ContractDigest { get; private set; }

    public string Title { get; private set; }

    public string RegionCode { get; private set; }

    public Guid? ProjectId { get; private set; }

    public Guid PurchaserId { get; private set; }

    public string PurchaserName { get; private set; }

    public Guid SupplierId { get; private set; }

    public string SupplierName { get; private set; }

    public Money Amount { get; private set; }

    public string ItemsJson { get; private set; }

    public AcceptanceStatus Status { get; private set; }

    /// <summary>The acceptance round: 1, and one more after each failed acceptance.</summary>
    public int Round { get; private set; }

    public string DeliveriesJson { get; private set; }

    /// <summary>The Beijing day the current round's delivery was complete (the last delivery's day); null until marked complete.</summary>
    public DateOnly? DeliveredOn { get; private set; }

    public DateOnly? PlannedOn { get; private set; }

    public AcceptanceMethod? Method { get; private set; }

    /// <summary>公共服务项目: the result is announced once the record is confirmed.</summary>
    public bool PublicService { get; private set; }

    public string MembersJson { get; private set; }

    public string ChecksJson { get; private set; }

    public bool? ResultPassed { get; private set; }

    public string? ResultNote { get; private set; }

    public string? ConcludedBy { get; private set; }

    public DateTime? ConcludedUtc { get; private set; }

    public string? PurchaserConfirmedBy { get; private set; }

    public DateTime? PurchaserConfirmedUtc { get; private set; }

    public string? PurchaserDigest { get; private set; }

    public string? SupplierConfirmedBy { get; private set; }

    public DateTime? SupplierConfirmedUtc { get; private set; }

    public string? SupplierDigest { get; private set; }

    /// <summary>The Beijing day the second confirmation was given.</summary>
    public DateOnly? ConfirmedOn { get; private set; }

    /// <summary>The Beijing day acceptance passed: both parties confirmed a passed record.</summary>
    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>The acceptance result announcement of a public-service project.</summary>
    public Guid? NoticeId { get; private set; }

    public string HistoryJson { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public IReadOnlyList<ContractItem> Items => JsonSerializer.Deserialize<List<ContractItem>>(ItemsJson) ?? [];

    public IReadOnlyList<Delivery> Deliveries => JsonSerializer.Deserialize<List<Delivery>>(DeliveriesJson) ?? [];

    public IReadOnlyList<AcceptanceMember> Members => JsonSerializer.Deserialize<List<AcceptanceMember>>(MembersJson) ?? [];

    public IReadOnlyList<ItemCheck> Checks => JsonSerializer.Deserialize<List<ItemCheck>>(ChecksJson) ?? [];

    public IReadOnlyList<PastRound> History => JsonSerializer.Deserialize<List<PastRound>>(HistoryJson) ?? [];

    /// <summary>The transition table's rows, for the tests that hold every row to a step.</summary>
    public static IReadOnlyCollection<(AcceptanceStatus From, AcceptanceChange Change)> Table => Transitions.Keys;

    public bool Allows(AcceptanceChange change) => Transitions.ContainsKey((Status, change));

    /// <summary>The SHA-256 digest of the acceptance record's exact text as it stands now.</summary>
    public string Digest => AcceptanceText.Digest(this);

    /// <summary>Each item's contracted quantity and what the current round has delivered of it.</summary>
    public IReadOnlyList<ItemProgress> Progress()
    {
        var delivered = Deliveries.Where(d => d.Round == Round).SelectMany(d => d.Lines).GroupBy(l => l.Item).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        return Items.Select((item, i) => new ItemProgress(i + 1, item.Name, item.Unit, item.Quantity, delivered.GetValueOrDefault(i + 1))).ToList();
    }

    public bool FullyDelivered => Progress().All(p => p.Outstanding == 0);

    /// <summary>The party's confirmation, only while it is of the current record.</summary>
    public ContractConfirmation? ConfirmationOf(ContractParty party) => party switch
    {
        ContractParty.Purchaser when PurchaserDigest is not null && PurchaserDigest == Digest => new(PurchaserConfirmedBy!, PurchaserConfirmedUtc!.Value, PurchaserDigest),
        ContractParty.Supplier when SupplierDigest is not null && SupplierDigest == Digest => new(SupplierConfirmedBy!, SupplierConfirmedUtc!.Value, SupplierDigest),
        _ => null,
    };

    /// <summary>Records a delivery of the current round (after a failed acceptance, of a new round); never more of an item than the contract holds.</summary>
    public void RecordDelivery(DeliveryDraft draft, DateOnly signedOn, DateOnly today, string by, DateTime nowUtc)
    {
        var note = AcceptanceInput.Note(draft.Note, DeliveryDraft.NoteMaxLength);
        if (draft.On < signedOn || draft.On > today)
        {
            throw new DomainException($"交付日期须在合同签订日（{signedOn:yyyy-MM-dd}）至今天（{today:yyyy-MM-dd}）之间。",
                $"The delivery day is between the signing day ({signedOn:yyyy-MM-dd}) and today ({today:yyyy-MM-dd}).");
        }

        var lines = (draft.Lines ?? []).Where(l => l.Quantity != 0).ToList();
        if (lines.Count == 0 || lines.Any(l => l.Quantity < 0) || lines.Select(l => l.Item).Distinct().Count() != lines.Count)
        {
            throw new DomainException("请填写本次交付的标的及数量（每项标的一行，数量为正数）。", "Give each item delivered once, with a positive quantity.");
        }

        var starting = Status == AcceptanceStatus.Failed;
        Move(AcceptanceChange.Deliver);
        if (starting)
        {
            StartNextRound();
        }

        var progress = Progress();
        foreach (var line in lines)
        {
            var item = progress.FirstOrDefault(p => p.Item == line.Item)
                ?? throw new DomainException($"合同没有第 {line.Item} 项标的。", $"The contract has no item {line.Item}.");
            if (line.Quantity > item.Outstanding)
            {
                throw new DomainException($"“{item.Name}”尚未交付 {item.Outstanding}{item.Unit}，本次不能交付 {line.Quantity}{item.Unit}。",
                    $"Only {item.Outstanding} of \"{item.Name}\" remain to be delivered, not {line.Quantity}.");
            }
        }

        var deliveries = Deliveries.ToList();
        deliveries.Add(new Delivery(Round, draft.On, lines, note, by, nowUtc));
        DeliveriesJson = JsonSerializer.Serialize(deliveries);
    }

    /// <summary>Every item is delivered in full: the day of the last delivery becomes <see cref="DeliveredOn"/>.</summary>
    public void CompleteDelivery()
    {
        if (!FullyDelivered)
        {
            throw new DomainException("尚有标的未按合同数量交付完毕。", "Some items are not yet delivered in full.");
        }

        Move(AcceptanceChange.CompleteDelivery);
        DeliveredOn = Deliveries.Where(d => d.Round == Round).Max(d => d.On);
    }

    /// <summary>Sets (or changes) the acceptance plan: on or after the delivery day, with at least the group the rules ask.</summary>
    public void Plan(AcceptancePlanDraft draft, AcceptanceTerms terms)
    {
        if (draft.On < DeliveredOn)
        {
            throw new DomainException($"验收日期不能早于交付完毕日期（{DeliveredOn:yyyy-MM-dd}）。", $"The acceptance cannot be before the delivery was complete ({DeliveredOn:yyyy-MM-dd}).");
        }

        if (!Enum.IsDefined(draft.Method))
        {
            throw new DomainException("请选择验收方式。", "Choose how the acceptance is done.");
        }

        var members = (draft.Members ?? []).Select(m => new AcceptanceMember(Texts.Required(m.Name, AcceptanceMember.NameMaxLength, "成员姓名", "The member's name"), m.Role)).ToList();
        if (members.Count > AcceptancePlanDraft.MaxMembers || members.Any(m => !Enum.IsDefined(m.Role)))
        {
            throw new DomainException($"验收小组最多 {AcceptancePlanDraft.MaxMembers} 人，每人须有角色。", $"The group has at most {AcceptancePlanDraft.MaxMembers} members, each with a role.");
        }

        if (members.Count < terms.MinimumMembers.Value)
        {
            throw new Refusal($"验收小组至少 {terms.MinimumMembers.Value} 人，现有 {members.Count} 人。", $"The acceptance group has at least {terms.MinimumMembers.Value} members, not {members.Count}.",
                terms.MinimumMembers.Citation).ToException();
        }

        var recipients = members.Count(m => m.Role == AcceptanceMemberRole.ServiceRecipient);
        if (draft.PublicService && recipients < terms.ServiceRecipientMembers.Value)
        {
            throw new Refusal($"公共服务项目验收须有至少 {terms.ServiceRecipientMembers.Value} 名服务对象代表参加。",
                $"A public-service project's acceptance has at least {terms.ServiceRecipientMembers.Value} of its recipients in the group.",
                terms.ServiceRecipientMembers.Citation).ToException();
        }

        Move(AcceptanceChange.Plan);
        (PlannedOn, Method, PublicService, MembersJson) = (draft.On, draft.Method, draft.PublicService, JsonSerializer.Serialize(members));
    }

    /// <summary>Records (or changes) the result: every item checked; passed only when every term of every item passed. Confirmations given so far are void.</summary>
    public void Conclude(AcceptanceResultDraft draft, DateOnly today, string by, DateTime nowUtc)
    {
        if (PlannedOn is not { } planned || today < planned)
        {
            throw new DomainException($"验收日（{PlannedOn:yyyy-MM-dd}）之前不能记录验收结果。", $"The result is recorded on or after the acceptance day ({PlannedOn:yyyy-MM-dd}).");
        }

        var items = Items.Count;
        var checks = (draft.Checks ?? []).OrderBy(c => c.Item).ToList();
        if (checks.Count != items || checks.Select(c => c.Item).Distinct().Count() != items || checks.Any(c => c.Item < 1 || c.Item > items))
        {
            throw new DomainException("须对合同的每一项标的逐项验收。", "Every contract item is checked, once each.");
        }

        checks = checks.Select(c => c with { Note = AcceptanceInput.Note(c.Note, ItemCheck.NoteMaxLength) }).ToList();
        if (checks.FirstOrDefault(c => !c.Passed && c.Note!.Length == 0) is { } unexplained)
        {
            throw new DomainException($"第 {unexplained.Item} 项标的验收不合格，请说明原因。", $"Item {unexplained.Item} failed: say why.");
        }

        if (draft.Passed && checks.Any(c => !c.Passed))
        {
            throw new DomainException("有标的的技术、服务或安全标准验收不合格，验收结论不能为合格。", "An item failed a technical, service or safety term: the result cannot be passed.");
        }

        var note = AcceptanceInput.Note(draft.Note, AcceptanceResultDraft.NoteMaxLength);
        if (!draft.Passed && note.Length == 0)
        {
            throw new DomainException("验收不合格，请填写验收意见。", "A failed acceptance needs the group's opinion.");
        }

        Move(AcceptanceChange.Conclude);
        (ChecksJson, ResultPassed, ResultNote, ConcludedBy, ConcludedUtc) = (JsonSerializer.Serialize(checks), draft.Passed, note, by, nowUtc);
        VoidConfirmations();
    }

    /// <summary>Records the party's confirmation of the current record; the second one passes or fails the acceptance.</summary>
    public void Confirm(ContractParty party, string by, DateTime nowUtc)
    {
        if (Status != AcceptanceStatus.Concluded)
        {
            throw new DomainException("验收结果记录后才能确认验收书。", "The acceptance record is confirmed once the result is recorded.");
        }

        var digest = Digest;
        if (party == ContractParty.Purchaser)
        {
            (PurchaserConfirmedBy, PurchaserConfirmedUtc, PurchaserDigest) = (by, nowUtc, digest);
        }
        else
        {
            (SupplierConfirmedBy, SupplierConfirmedUtc, SupplierDigest) = (by, nowUtc, digest);
        }

        if (ConfirmationOf(ContractParty.Purchaser) is null || ConfirmationOf(ContractParty.Supplier) is null)
        {
            return;
        }

        var day = BeijingTime.Day(nowUtc);
        ConfirmedOn = day;
        if (ResultPassed == true)
        {
            Move(AcceptanceChange.Pass);
            AcceptedOn = day;
        }
        else
        {
            Move(AcceptanceChange.Fail);
        }
    }

    public void Announced(Guid noticeId) => NoticeId = noticeId;

    private void StartNextRound()
    {
        var history = History.ToList();
        history.Add(new PastRound(Round, PlannedOn!.Value, ConfirmedOn!.Value, Digest, ResultNote ?? ""));
        HistoryJson = JsonSerializer.Serialize(history);
        Round++;
        DeliveredOn = PlannedOn = ConfirmedOn = null;
        Method = null;
        MembersJson = ChecksJson = "[]";
        ResultPassed = null;
        ResultNote = ConcludedBy = null;
        ConcludedUtc = null;
        NoticeId = null;
        VoidConfirmations();
    }

    private void VoidConfirmations()
    {
        PurchaserConfirmedBy = SupplierConfirmedBy = PurchaserDigest = SupplierDigest = null;
        PurchaserConfirmedUtc = SupplierConfirmedUtc = null;
    }

    private void Move(AcceptanceChange change)
    {
        if (!Transitions.TryGetValue((Status, change), out var next))
        {
            throw new DomainException("履约验收当前状态不能执行此操作。", "The acceptance cannot take this step now.");
        }

        Status = next;
    }
}

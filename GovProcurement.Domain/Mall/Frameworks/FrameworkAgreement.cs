using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>
/// 框架协议 (财政部令第110号), stage 1: recorded by the centralized agency or a competent budget unit
/// after its public call, with its items and agreement prices, the admitted suppliers, its term and
/// the region it covers. Drafted, put in force, then expired by date or terminated; an open agreement
/// admits suppliers during its term, a closed one never. The status changes only through the
/// transition table; call-offs (<see cref="FrameworkCallOff"/>) are made only while it is in force.
/// </summary>
public sealed class FrameworkAgreement : VersionedEntity
{
    public const int TitleMaxLength = 200;
    public const int NumberMaxLength = 64;

    private static readonly Dictionary<(FrameworkStatus From, FrameworkChange Change), FrameworkStatus> Transitions = new()
    {
        [(FrameworkStatus.Draft, FrameworkChange.Edited)] = FrameworkStatus.Draft,
        [(FrameworkStatus.Draft, FrameworkChange.SupplierAdmitted)] = FrameworkStatus.Draft,
        [(FrameworkStatus.Draft, FrameworkChange.SupplierRemoved)] = FrameworkStatus.Draft,
        [(FrameworkStatus.Draft, FrameworkChange.PutInForce)] = FrameworkStatus.InForce,
        [(FrameworkStatus.InForce, FrameworkChange.SupplierAdmitted)] = FrameworkStatus.InForce,
        [(FrameworkStatus.InForce, FrameworkChange.Expired)] = FrameworkStatus.Expired,
        [(FrameworkStatus.InForce, FrameworkChange.Terminated)] = FrameworkStatus.Terminated,
    };

    private readonly List<FrameworkItem> items = [];
    private readonly List<FrameworkSupplier> suppliers = [];
    private readonly List<FrameworkPrice> prices = [];

    private FrameworkAgreement()
    {
        Title = Number = RegionCode = OwnerName = RecordedBy = TermCitation = "";
    }

    public FrameworkAgreement(FrameworkDraft draft, Guid ownerId, string ownerName, FrameworkTermLimit limit, string actor, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        OwnerId = ownerId;
        OwnerName = ownerName;
        Status = FrameworkStatus.Draft;
        RecordedBy = actor;
        RecordedUtc = nowUtc;
        Title = Number = RegionCode = TermCitation = "";
        Apply(draft, limit);
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>The agreement's own number, as its call documents give it.</summary>
    public string Number { get; private set; }

    public FrameworkKind Kind { get; private set; }

    /// <summary>The centralized agency or competent budget unit that recorded it.</summary>
    public Guid OwnerId { get; private set; }

    public string OwnerName { get; private set; }

    /// <summary>The region covered: call-offs come from plans of this region and the regions below it.</summary>
    public string RegionCode { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day of the term (inclusive).</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>The term rule the agreement was recorded under.</summary>
    public string TermCitation { get; private set; }

    public FrameworkStatus Status { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedUtc { get; private set; }

    public DateTime? InForceUtc { get; private set; }

    public DateTime? EndedUtc { get; private set; }

    public string? EndReason { get; private set; }

    public IReadOnlyList<FrameworkItem> Items => items;

    public IReadOnlyList<FrameworkSupplier> Suppliers => suppliers;

    public IReadOnlyList<FrameworkPrice> Prices => prices;

    /// <summary>The transition table's rows, for the tests that hold every row to a step or the platform.</summary>
    public static IReadOnlyCollection<(FrameworkStatus From, FrameworkChange Change)> Table => Transitions.Keys;

    public bool Allows(FrameworkChange change) => Transitions.ContainsKey((Status, change));

    /// <summary>Whether call-offs may be made on the day: in force and inside the term.</summary>
    public bool IsInForceOn(DateOnly day) => Status == FrameworkStatus.InForce && StartsOn <= day && day <= EndsOn;

    /// <summary>Whether the term has run out while the agreement is still marked in force.</summary>
    public bool IsExpiringOn(DateOnly day) => Status == FrameworkStatus.InForce && day > EndsOn;

    /// <summary>The last day of a term of <paramref name="years"/> years starting on <paramref name="start"/>.</summary>
    public static DateOnly LastDayOf(DateOnly start, int years) => start.AddYears(years).AddDays(-1);

    /// <summary>The supplier's agreement price for the item: its own where recorded, else the item's.</summary>
    public Money PriceFor(FrameworkItem item, Guid supplierId) =>
        prices.FirstOrDefault(p => p.SupplierId == supplierId && p.ItemLineNumber == item.LineNumber)?.Price ?? item.Price;

    public FrameworkItem? Item(Guid itemId) => items.FirstOrDefault(i => i.Id == itemId);

    public FrameworkSupplier? Supplier(Guid supplierId) => suppliers.FirstOrDefault(s => s.SupplierId == supplierId);

    public void Edit(FrameworkDraft draft, FrameworkTermLimit limit)
    {
        Require(FrameworkChange.Edited);
        Apply(draft, limit);
    }

    /// <summary>Admits a supplier (入围): in a draft, or during the term of an open agreement.</summary>
    public FrameworkSupplier Admit(Guid supplierId, string supplierName, IReadOnlyDictionary<int, Money> ownPrices, DateOnly today, DateTime nowUtc)
    {
        if (Status == FrameworkStatus.InForce && Kind == FrameworkKind.Closed)
        {
            throw new Refusal("封闭式框架协议在有效期内不得增加入围供应商。", "A closed agreement admits no supplier during its term.", FrameworkRules.ClosedAdmissionRule).ToException();
        }

        Require(FrameworkChange.SupplierAdmitted);
        if (Status == FrameworkStatus.InForce && !IsInForceOn(today))
        {
            throw new DomainException("只能在协议有效期内增加入围供应商。", "Suppliers are admitted only inside the term.");
        }

        if (Supplier(supplierId) is not null)
        {
            throw new DomainException("该供应商已入围。", "The supplier is admitted already.");
        }

        foreach (var (line, price) in ownPrices)
        {
            if (items.All(i => i.LineNumber != line) || price <= Money.Zero)
            {
                throw new DomainException($"第 {line} 项的供应商价格无效。", $"The supplier's price for item {line} is not valid.");
            }

            prices.Add(new FrameworkPrice(Id, supplierId, line, price));
        }

        var supplier = new FrameworkSupplier(Id, supplierId, supplierName, suppliers.Select(s => s.RotationOrder).DefaultIfEmpty(0).Max() + 1, nowUtc);
        suppliers.Add(supplier);
        return supplier;
    }

    public void Remove(Guid supplierId)
    {
        Require(FrameworkChange.SupplierRemoved);
        var supplier = Supplier(supplierId) ?? throw new DomainException("该供应商未入围。", "The supplier is not admitted.");
        suppliers.Remove(supplier);
        prices.RemoveAll(p => p.SupplierId == supplierId);
    }

    /// <summary>Puts the agreement in force: items and enough admitted suppliers, a term not yet over.</summary>
    public void PutInForce(int minimumSuppliers, string minimumCitation, DateOnly today, DateTime nowUtc)
    {
        Require(FrameworkChange.PutInForce);
        if (EndsOn < today)
        {
            throw new DomainException("协议期限已过，不能生效。", "The term is over; the agreement cannot come into force.");
        }

        var needed = Kind == FrameworkKind.Closed ? minimumSuppliers : 1;
        if (suppliers.Count < needed)
        {
            throw new Refusal($"入围供应商不少于 {needed} 家，当前 {suppliers.Count} 家。", $"At least {needed} admitted supplier(s) are needed; there are {suppliers.Count}.",
                Kind == FrameworkKind.Closed ? minimumCitation : null).ToException();
        }

        InForceUtc = nowUtc;
        Move(FrameworkChange.PutInForce);
    }

    /// <summary>The platform's step the day after the term's last day.</summary>
    public void Expire(DateOnly today, DateTime nowUtc)
    {
        if (!IsExpiringOn(today))
        {
            throw new DomainException("协议尚未到期。", "The agreement has not run out.");
        }

        EndedUtc = nowUtc;
        Move(FrameworkChange.Expired);
    }

    public void Terminate(string reason, DateTime nowUtc)
    {
        Require(FrameworkChange.Terminated);
        EndReason = Texts.RequireReason(reason);
        EndedUtc = nowUtc;
        Move(FrameworkChange.Terminated);
    }

    private void Apply(FrameworkDraft draft, FrameworkTermLimit limit)
    {
        if (draft.EndsOn < draft.StartsOn || draft.EndsOn > LastDayOf(draft.StartsOn, limit.Years))
        {
            throw new DomainException($"协议期限不超过 {limit.Years} 年（{limit.Citation}）。", $"The term is at most {limit.Years} year(s) ({limit.Citation}).");
        }

        Title = draft.Title!.Trim();
        Number = draft.Number!.Trim();
        Kind = draft.Kind;
        RegionCode = draft.RegionCode!;
        StartsOn = draft.StartsOn;
        EndsOn = draft.EndsOn;
        TermCitation = limit.Citation;
        for (var i = 0; i < draft.Items.Count; i++)
        {
            if (i < items.Count)
            {
                items[i].Apply(draft.Items[i]);
            }
            else
            {
                items.Add(new FrameworkItem(Id, i + 1, draft.Items[i]));
            }
        }

        items.RemoveAll(i => i.LineNumber > draft.Items.Count);
        prices.RemoveAll(p => p.ItemLineNumber > draft.Items.Count);
    }

    private void Require(FrameworkChange change)
    {
        if (!Allows(change))
        {
            throw new DomainException(
                $"框架协议当前为“{FrameworkTexts.Status(Status).Zh}”，不能执行此操作。",
                $"The agreement is {FrameworkTexts.Status(Status).En}; this step is not possible now.");
        }
    }

    private void Move(FrameworkChange change) => Status = Transitions[(Status, change)];
}

using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Organizations;

/// <summary>
/// A supplier barred from government procurement (列入不良行为记录名单，禁止参加政府采购活动)
/// by a finance department decision, for a span of days (政府采购法第七十七条: 一至三年).
/// </summary>
public sealed class SupplierDebarment
{
    private SupplierDebarment()
    {
        Reason = DecidedBy = "";
    }

    public SupplierDebarment(Guid supplierId, DateOnly from, DateOnly until, string reason, string decidedBy, DateTime nowUtc)
    {
        if (until <= from)
        {
            throw new DomainException("禁止期限的结束日期必须晚于开始日期。", "The debarment must end after it starts.");
        }

        Id = Guid.NewGuid();
        SupplierId = supplierId;
        From = from;
        Until = until;
        Reason = Texts.RequireReason(reason);
        DecidedBy = decidedBy;
        DecidedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid SupplierId { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>The first day the supplier may take part again.</summary>
    public DateOnly Until { get; private set; }

    public string Reason { get; private set; }

    public string DecidedBy { get; private set; }

    public DateTime DecidedUtc { get; private set; }

    public bool IsInForceOn(DateOnly day) => From <= day && day < Until;
}

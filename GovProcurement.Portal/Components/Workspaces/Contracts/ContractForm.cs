using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;

namespace GovProcurement.Portal.Components.Workspaces.Contracts;

/// <summary>The draft form's fields as the purchaser edits them; the domain checks them on saving.</summary>
public sealed class ContractForm
{
    public string PurchaserBank { get; set; } = "";

    public string PurchaserAccount { get; set; } = "";

    public string SupplierBank { get; set; } = "";

    public string SupplierAccount { get; set; } = "";

    public List<ItemRow> Items { get; set; } = [new()];

    public DateTime? PerformanceFrom { get; set; }

    public DateTime? PerformanceTo { get; set; }

    public string Place { get; set; } = "";

    public int PrepaymentShare { get; set; }

    public int DeliveryShare { get; set; }

    public int AcceptanceShare { get; set; } = 100;

    public int PaymentTermDays { get; set; } = 30;

    public bool LongerTermAgreed { get; set; }

    public bool Sme { get; set; }

    public bool Financing { get; set; }

    /// <summary>The performance bond as a percentage of the contract amount (two decimals); 0 for none.</summary>
    public decimal PerformanceBondPercent { get; set; }

    /// <summary>The late-payment interest the contract names, in basis points a day (万分之, 5 = 0.05 %); empty when it names none and the rule's applies.</summary>
    public int? LatePaymentInterestBasisPoints { get; set; }

    public string? KindTerm { get; set; }

    public static ContractForm Start(ContractOrigin origin, IReadOnlyList<ContractItem> items, int paymentTermDays) => new()
    {
        Items = items.Count > 0 ? items.Select(ItemRow.Of).ToList() : [new ItemRow { Name = origin.Title, Unit = "项", Quantity = 1, UnitPrice = origin.Ceiling.Yuan }],
        PaymentTermDays = paymentTermDays,
    };

    /// <summary>An add-on's form: the original's banks, place and payment terms, one item up to what the cap leaves.</summary>
    public static ContractForm AddOn(GovContract original, Money remaining)
    {
        var form = Of(original);
        form.Items = [new ItemRow { Name = original.Title, Unit = "项", Quantity = 1, UnitPrice = remaining.Yuan }];
        return form;
    }

    public static ContractForm Of(GovContract c) => new()
    {
        PurchaserBank = c.PurchaserBankName,
        PurchaserAccount = c.PurchaserAccount,
        SupplierBank = c.SupplierBankName,
        SupplierAccount = c.SupplierAccount,
        Items = c.Items.Select(ItemRow.Of).ToList(),
        PerformanceFrom = c.PerformanceFrom.ToDateTime(TimeOnly.MinValue),
        PerformanceTo = c.PerformanceTo.ToDateTime(TimeOnly.MinValue),
        Place = c.PerformancePlace,
        PrepaymentShare = Share(c, PaymentCondition.Prepayment),
        DeliveryShare = Share(c, PaymentCondition.OnDelivery),
        AcceptanceShare = Share(c, PaymentCondition.OnAcceptance),
        PaymentTermDays = c.PaymentTermDays,
        LongerTermAgreed = c.LongerTermAgreed,
        Sme = c.Sme,
        Financing = c.Financing,
        PerformanceBondPercent = c.PerformanceBondShare / 100m,
        LatePaymentInterestBasisPoints = c.LatePaymentInterestDailyBasisPoints,
        KindTerm = c.KindTerm,
    };

    public ContractDraft ToDraft()
    {
        var from = PerformanceFrom ?? throw new DomainException("请填写履约开始日期。", "The performance start is required.");
        var to = PerformanceTo ?? throw new DomainException("请填写履约结束日期。", "The performance end is required.");
        var instalments = new[] { (PrepaymentShare, PaymentCondition.Prepayment), (DeliveryShare, PaymentCondition.OnDelivery), (AcceptanceShare, PaymentCondition.OnAcceptance) }
            .Where(s => s.Item1 != 0).Select(s => new ContractInstalment(s.Item1 * 100, s.Item2)).ToList();
        return new ContractDraft(new BankAccount(PurchaserBank, PurchaserAccount), new BankAccount(SupplierBank, SupplierAccount),
            Items.Select(i => new ContractItem(i.Name, i.Unit, i.Quantity, Money.FromYuan(i.UnitPrice))).ToList(),
            DateOnly.FromDateTime(from), DateOnly.FromDateTime(to), Place, instalments, PaymentTermDays, LongerTermAgreed, Sme, Financing,
            (int)Math.Round(PerformanceBondPercent * 100m, MidpointRounding.AwayFromZero), LatePaymentInterestBasisPoints, KindTerm);
    }

    private static int Share(GovContract c, PaymentCondition condition) => c.Instalments.Where(i => i.Condition == condition).Sum(i => i.ShareBasisPoints) / 100;

    /// <summary>One item row of the form.</summary>
    public sealed class ItemRow
    {
        public string Name { get; set; } = "";

        public string Unit { get; set; } = "";

        public int Quantity { get; set; } = 1;

        public decimal UnitPrice { get; set; }

        public static ItemRow Of(ContractItem item) => new() { Name = item.Name, Unit = item.Unit, Quantity = item.Quantity, UnitPrice = item.UnitPrice.Yuan };
    }
}

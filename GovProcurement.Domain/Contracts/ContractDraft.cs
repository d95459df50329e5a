using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Contracts;

/// <summary>Where a contract comes from, as the award or the order hands it over: the parties, the ceiling and the day of the award.</summary>
public sealed record ContractOrigin(ContractSource Source, Guid? ProjectId, string LotNumbers, Guid? OrderId, string Reference, string Title,
    string PlanNumber, string RegionCode, Guid PurchaserId, string PurchaserName, Guid SupplierId, string SupplierName, Money Ceiling, DateOnly AwardedOn,
    ProcurementCategory? Kind);

/// <summary>One line of the contract's items.</summary>
public sealed record ContractItem(string Name, string Unit, int Quantity, Money UnitPrice)
{
    public const int NameMaxLength = 200;
    public const int UnitMaxLength = 16;

    public Money Amount => new(checked(UnitPrice.Fen * Quantity));
}

/// <summary>One instalment of the payment: its share of the amount (basis points) and when it becomes payable.</summary>
public sealed record ContractInstalment(int ShareBasisPoints, PaymentCondition Condition);

/// <summary>The bank a party is paid or pays through.</summary>
public sealed record BankAccount(string BankName, string AccountNumber)
{
    public const int BankNameMaxLength = 100;
    public const int AccountMaxLength = 40;
}

/// <summary>
/// What the purchaser's operator writes into a contract: both parties' banks, the items, the performance
/// period and place, the payment terms (instalments, the term in days and whether a longer term is agreed),
/// the SME and financing flags, and the performance bond as a share of the contract amount in basis points
/// (0: none; at most the rule's cap, 实施条例第四十八条), the late-payment interest the contract names, in basis
/// points of the outstanding amount a day (5 = 0.05 %, 万分之五; null when it names none and the rule's applies), and
/// the term of the contract's kind (<see cref="ContractTemplate"/>; empty for the template's wording).
/// </summary>
public sealed record ContractDraft(BankAccount PurchaserBank, BankAccount SupplierBank, IReadOnlyList<ContractItem> Items,
    DateOnly PerformanceFrom, DateOnly PerformanceTo, string PerformancePlace, IReadOnlyList<ContractInstalment> Instalments,
    int PaymentTermDays, bool LongerTermAgreed, bool Sme, bool Financing, int PerformanceBondShare = 0,
    int? LatePaymentInterestDailyBasisPoints = null, string? KindTerm = null)
{
    public const int MaxItems = 50;
    public const int MaxInstalments = 10;
    public const int PlaceMaxLength = 200;

    /// <summary>
    /// The highest daily late-payment interest a contract may name, in basis points (30 = 0.3 % a day, 万分之三十): the
    /// platform's bound against a mistyped rate, not a rule of the regulation; the lowest is 1 (万分之一), as a contract
    /// that names a rate names some interest.
    /// </summary>
    public const int MaxLatePaymentInterestDailyBasisPoints = 30;

    public Money Amount => Items.Select(i => i.Amount).Total();

    /// <summary>Checks the draft against the origin and the rules; the first breach is thrown with its rule.</summary>
    public ContractDraft Validated(ContractOrigin origin, ContractTerms terms)
    {
        var purchaserBank = Bank(PurchaserBank, "采购人", "The purchaser's");
        var supplierBank = Bank(SupplierBank, "供应商", "The supplier's");
        if (Items.Count is 0 or > MaxItems)
        {
            throw new DomainException($"合同须有 1 至 {MaxItems} 项标的。", $"A contract has 1 to {MaxItems} items.");
        }

        var items = Items.Select(i => i.Quantity is <= 0 or > 1_000_000 || i.UnitPrice <= Money.Zero
            ? throw new DomainException("每项标的的数量须为 1 至 1000000，单价须大于零。", "Each item's quantity is 1 to 1,000,000 and its unit price positive.")
            : i with
            {
                Name = Texts.Required(i.Name, ContractItem.NameMaxLength, "标的名称", "The item name"),
                Unit = Texts.Required(i.Unit, ContractItem.UnitMaxLength, "计量单位", "The unit"),
            }).ToList();
        var amount = items.Select(i => i.Amount).Total();
        if (amount > origin.Ceiling)
        {
            throw new DomainException($"合同金额 {amount} 超过中标（成交）金额 {origin.Ceiling}。", $"The contract amount {amount} exceeds the award of {origin.Ceiling}.");
        }

        if (PerformanceTo < PerformanceFrom)
        {
            throw new DomainException("履约期限的结束日不能早于开始日。", "The performance period cannot end before it starts.");
        }

        if (Instalments.Count is 0 or > MaxInstalments || Instalments.Any(i => i.ShareBasisPoints <= 0 || !Enum.IsDefined(i.Condition))
            || Instalments.Sum(i => i.ShareBasisPoints) != 10_000)
        {
            throw new DomainException($"付款须分 1 至 {MaxInstalments} 期，各期比例大于零且合计 100%。", $"Payment has 1 to {MaxInstalments} instalments, each share positive and 100% in all.");
        }

        var longest = LongerTermAgreed ? terms.AgreedPaymentTermDays : terms.PaymentTermDays;
        if (PaymentTermDays < 1 || PaymentTermDays > longest.Value)
        {
            throw new DomainException($"付款期限须为 1 至 {longest.Value} 日（{longest.Citation}）。", $"The payment term is 1 to {longest.Value} days ({longest.Citation}).");
        }

        if (PerformanceBondShare < 0 || PerformanceBondShare > terms.PerformanceBondMaxShare.Value)
        {
            var cap = terms.PerformanceBondMaxShare.Value / 100m;
            throw new Refusal($"履约保证金比例须为 0 至 {cap:0.##}%。", $"The performance bond is 0 to {cap:0.##}% of the contract amount.",
                terms.PerformanceBondMaxShare.Citation).ToException();
        }

        if (LatePaymentInterestDailyBasisPoints is { } interest && interest is < 1 or > MaxLatePaymentInterestDailyBasisPoints)
        {
            throw new DomainException($"合同约定的逾期付款利息须为每日万分之 1 至 {MaxLatePaymentInterestDailyBasisPoints}（每日 0.01% 至 {MaxLatePaymentInterestDailyBasisPoints / 100m:0.##}%）；不约定的，按付款规则计。",
                $"The late-payment interest a contract names is 1 to {MaxLatePaymentInterestDailyBasisPoints} basis points a day (0.01% to {MaxLatePaymentInterestDailyBasisPoints / 100m:0.##}%); leave it empty for the rule's.");
        }

        var place = Texts.Required(PerformancePlace, PlaceMaxLength, "履约地点", "The place of performance");
        var kindTerm = string.IsNullOrWhiteSpace(KindTerm) ? null : KindTerm.Trim();
        if (kindTerm is { Length: > ContractTemplate.TermMaxLength })
        {
            var label = origin.Kind is { } kind ? ContractTemplates.For(kind) : ContractTemplates.Goods;
            throw new DomainException($"{label.TermLabel.Zh}不超过 {ContractTemplate.TermMaxLength} 字。", $"{label.TermLabel.En} is at most {ContractTemplate.TermMaxLength} characters.");
        }

        return this with { PurchaserBank = purchaserBank, SupplierBank = supplierBank, Items = items, PerformancePlace = place, KindTerm = kindTerm };
    }

    private static BankAccount Bank(BankAccount bank, string whoZh, string whoEn)
    {
        var name = Texts.Required(bank.BankName, BankAccount.BankNameMaxLength, whoZh + "开户银行", whoEn + " bank");
        var number = Texts.Required(bank.AccountNumber, BankAccount.AccountMaxLength, whoZh + "银行账号", whoEn + " account number");
        if (!number.All(c => char.IsAsciiDigit(c) || c is ' ' or '-'))
        {
            throw new DomainException($"{whoZh}银行账号只能包含数字、空格和连字符。", $"{whoEn} account number may hold digits, spaces and hyphens only.");
        }

        return new BankAccount(name, number);
    }
}

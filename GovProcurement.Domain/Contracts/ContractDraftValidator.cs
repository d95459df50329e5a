using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Contracts;

/// <summary>
/// What a contract draft needs before it is saved, field by field; the draft form shows these at the
/// fields. The checks against the award and the rules in force (the ceiling, the payment term) follow in
/// <see cref="ContractDraft.Validated"/>, which the aggregate runs on every draft and revision.
/// </summary>
public sealed class ContractDraftValidator : AbstractValidator<ContractDraft>
{
    public static ContractDraftValidator Instance { get; } = new();

    public ContractDraftValidator()
    {
        RuleFor(d => d.PurchaserBank.BankName).RequiredText(BankAccount.BankNameMaxLength, "采购人开户银行", "The purchaser's bank");
        RuleFor(d => d.PurchaserBank.AccountNumber).RequiredText(BankAccount.AccountMaxLength, "采购人银行账号", "The purchaser's account number").Must(Account)
            .WithText(new Bilingual("银行账号只能包含数字、空格和连字符。", "An account number holds digits, spaces and hyphens only."));
        RuleFor(d => d.SupplierBank.BankName).RequiredText(BankAccount.BankNameMaxLength, "供应商开户银行", "The supplier's bank");
        RuleFor(d => d.SupplierBank.AccountNumber).RequiredText(BankAccount.AccountMaxLength, "供应商银行账号", "The supplier's account number").Must(Account)
            .WithText(new Bilingual("银行账号只能包含数字、空格和连字符。", "An account number holds digits, spaces and hyphens only."));
        RuleFor(d => d.Items).Must(items => items is { Count: > 0 and <= ContractDraft.MaxItems })
            .WithText(new Bilingual($"合同须有 1 至 {ContractDraft.MaxItems} 项标的。", $"A contract has 1 to {ContractDraft.MaxItems} items."));
        RuleForEach(d => d.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Name).RequiredText(ContractItem.NameMaxLength, "标的名称", "The item name");
            item.RuleFor(i => i.Unit).RequiredText(ContractItem.UnitMaxLength, "计量单位", "The unit");
            item.RuleFor(i => i.Quantity).InclusiveBetween(1, 1_000_000).WithText(new Bilingual("数量为 1 至 1000000。", "The quantity is 1 to 1,000,000."));
            item.RuleFor(i => i.UnitPrice).Positive("单价", "The unit price");
        });
        RuleFor(d => d.PerformancePlace).RequiredText(ContractDraft.PlaceMaxLength, "履约地点", "The place of performance");
        RuleFor(d => d.PerformanceTo).GreaterThanOrEqualTo(d => d.PerformanceFrom)
            .WithText(new Bilingual("履约期限的结束日不能早于开始日。", "The performance period cannot end before it starts."));
        RuleFor(d => d.Instalments).Must(list => list is { Count: > 0 and <= ContractDraft.MaxInstalments } && list.All(i => i.ShareBasisPoints > 0) && list.Sum(i => i.ShareBasisPoints) == 10_000)
            .WithText(new Bilingual("各期付款比例须大于零且合计 100%。", "Each instalment's share is positive and they add up to 100%."));
        RuleFor(d => d.PerformanceBondShare).GreaterThanOrEqualTo(0).WithText(new Bilingual("履约保证金比例不能为负数。", "The performance bond share cannot be negative."));
        RuleFor(d => d.LatePaymentInterestDailyBasisPoints).InclusiveBetween(1, ContractDraft.MaxLatePaymentInterestDailyBasisPoints)
            .WithText(new Bilingual($"逾期付款利息须为每日 0.01% 至 {ContractDraft.MaxLatePaymentInterestDailyBasisPoints / 100m:0.##}%，不约定的请留空。",
                $"The late-payment interest is 0.01% to {ContractDraft.MaxLatePaymentInterestDailyBasisPoints / 100m:0.##}% a day; leave it empty for the rule's."))
            .When(d => d.LatePaymentInterestDailyBasisPoints is not null);
        RuleFor(d => d.KindTerm).MaximumLength(ContractTemplate.TermMaxLength)
            .WithText(new Bilingual($"合同类型条款不超过 {ContractTemplate.TermMaxLength} 字。", $"The term of the contract's kind is at most {ContractTemplate.TermMaxLength} characters."));
        RuleFor(d => d.PaymentTermDays).GreaterThanOrEqualTo(1).WithText(new Bilingual("付款期限至少 1 日。", "The payment term is at least 1 day."));
    }

    private static bool Account(string? number) => (number ?? "").Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '-');
}

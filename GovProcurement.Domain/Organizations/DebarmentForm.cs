using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Organizations;

/// <summary>What a finance department enters to bar a supplier: whom, from when until when, and why.</summary>
public sealed record DebarmentForm(string? CreditCode, DateOnly? From, DateOnly? Until, string? Reason);

/// <summary>
/// The fields of a debarment; how long one may last and how far back it may start are the use
/// case's rules (<see cref="SupplierDebarments"/>), checked against the day it is decided.
/// </summary>
public sealed class DebarmentFormValidator : AbstractValidator<DebarmentForm>
{
    public static DebarmentFormValidator Instance { get; } = new();

    public DebarmentFormValidator()
    {
        RuleFor(f => f.CreditCode).CreditCode();
        RuleFor(f => f.From).NotNull().WithText(new Bilingual("请填写禁止期限的开始日期。", "Give the day the debarment starts."));
        RuleFor(f => f.Until).NotNull().WithText(new Bilingual("请填写禁止期限的结束日期。", "Give the day the debarment ends."))
            .Must((f, until) => f.From is not { } from || until is not { } end || end > from).WithText(new Bilingual("禁止期限的结束日期必须晚于开始日期。", "The debarment must end after it starts."));
        RuleFor(f => f.Reason).RequiredText(Texts.ReasonMaxLength, "理由", "The reason");
    }
}

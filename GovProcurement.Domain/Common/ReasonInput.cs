using FluentValidation;

namespace GovProcurement.Domain.Common;

/// <summary>The reason a person types for a step that needs one: a return, a refusal, a cancellation.</summary>
public sealed record ReasonInput(string? Reason);

/// <summary>A reason is given and at most <see cref="Texts.ReasonMaxLength"/> characters once trimmed.</summary>
public sealed class ReasonInputValidator : AbstractValidator<ReasonInput>
{
    public static ReasonInputValidator Instance { get; } = new();

    public ReasonInputValidator()
    {
        RuleFor(r => r.Reason).RequiredText(Texts.ReasonMaxLength, "理由", "The reason");
    }

    /// <summary>The trimmed reason, or the <see cref="ValidationException"/> that names the field; use cases call this before they act.</summary>
    public static string Require(string? reason)
    {
        Instance.ValidateAndThrow(new ReasonInput(reason));
        return reason!.Trim();
    }
}

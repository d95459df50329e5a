using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Intentions;

/// <summary>What an intention needs before it is drafted; the intention dialog shows these at the fields.</summary>
public sealed class IntentionFormValidator : AbstractValidator<IntentionForm>
{
    public static IntentionFormValidator Instance { get; } = new();

    public IntentionFormValidator()
    {
        RuleFor(f => f.ProjectName).RequiredText(ProcurementIntention.NameMaxLength, "项目名称", "The project name");
        RuleFor(f => f.RequirementSummary).RequiredText(ProcurementIntention.SummaryMaxLength, "采购需求概况", "The requirement summary");
        RuleFor(f => f.Budget).Positive("预算金额", "The budget");
        RuleFor(f => f.Notes).OptionalText(ProcurementIntention.NotesMaxLength, "备注", "Notes");
    }
}

using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Execution;

/// <summary>The form of an old-platform record: which line, the old platform's reference, the amount, the day.</summary>
public sealed record OldPlatformForm(Guid PlanItemId, string? Reference, decimal AmountYuan, DateOnly CarriedOutOn);

/// <summary>
/// A plan line carried out on the old 电子化采购执行平台, which runs in parallel with the e-mall for a
/// while: recorded here with its reference so the plan's balance and the supervision figures stay true.
/// </summary>
public sealed class OldPlatformRecord
{
    public const int ReferenceMaxLength = PlanLineEntry.ReferenceMaxLength;

    private OldPlatformRecord()
    {
        Reference = RecordedBy = "";
    }

    internal OldPlatformRecord(Guid planId, Guid planItemId, string reference, Money amount, DateOnly carriedOutOn, string actor, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        PlanId = planId;
        PlanItemId = planItemId;
        Reference = reference;
        Amount = amount;
        CarriedOutOn = carriedOutOn;
        RecordedBy = actor;
        RecordedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid PlanItemId { get; private set; }

    public string Reference { get; private set; }

    public Money Amount { get; private set; }

    public DateOnly CarriedOutOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedUtc { get; private set; }
}

/// <summary>The record's fields on the day it is entered: a reference, a positive amount, a day not in the future nor before the plan was filed.</summary>
public sealed class OldPlatformFormValidator : AbstractValidator<OldPlatformForm>
{
    public OldPlatformFormValidator(DateOnly today, DateOnly filedOn)
    {
        RuleFor(f => f.Reference).RequiredText(OldPlatformRecord.ReferenceMaxLength, "旧平台的项目编号", "The old platform's reference");
        RuleFor(f => f.AmountYuan).Yuan();
        RuleFor(f => f.CarriedOutOn).LessThanOrEqualTo(today)
            .WithText(new Bilingual("执行日期不能晚于今天。", "The day cannot be in the future."))
            .GreaterThanOrEqualTo(filedOn)
            .WithText(new Bilingual($"执行日期不能早于计划备案日（{filedOn:yyyy-MM-dd}）。", $"The day cannot be before the plan was filed ({filedOn:yyyy-MM-dd})."));
    }
}

using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Evaluation;

/// <summary>What the agency enters when it finishes an evaluation: the panel's technical scores and the bids found not qualified.</summary>
public sealed record EvaluationSheet(IReadOnlyList<ScoreEntry> Scores, IReadOnlyList<Disqualification> Disqualified);

/// <summary>
/// An evaluation sheet's fields: each technical score between zero and what the price weight leaves (at most two
/// decimals), and each disqualification with its reason. That every expert scored every qualified bid, and only
/// the drawn experts did, is checked by <see cref="ProjectEvaluation"/> against the panel.
/// </summary>
public sealed class EvaluationSheetValidator : AbstractValidator<EvaluationSheet>
{
    /// <param name="priceWeightBasisPoints">The project's price weight: the technical part is worth the rest of 100 points.</param>
    public EvaluationSheetValidator(int priceWeightBasisPoints)
    {
        var max = 100m - priceWeightBasisPoints / 100m;
        var outOfRange = new Bilingual($"技术（商务）得分应在 0—{max:0.##} 分之间，最多两位小数。", $"The technical score must be between 0 and {max:0.##}, at most two decimals.");
        RuleForEach(s => s.Scores).ChildRules(score =>
            score.RuleFor(s => s.Score).Must(value => value >= 0 && value <= max && decimal.Round(value, 2) == value).WithText(outOfRange));
        RuleForEach(s => s.Disqualified).ChildRules(failed =>
            failed.RuleFor(d => d.Reason).RequiredText(Texts.ReasonMaxLength, "不合格理由", "The reason the bid failed"));
    }
}

using FluentValidation;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Projects;

/// <summary>What the agency enters of an offline evaluation: each bidder's place per lot, and how many signed records it attaches.</summary>
public sealed record OfflineRankings(IReadOnlyList<OfflineRanking> Rankings, int SignedRecords);

/// <summary>One row of the offline ranking: a lot number, a well-formed credit code, a positive price and a place.</summary>
public sealed class OfflineRankingValidator : AbstractValidator<OfflineRanking>
{
    public OfflineRankingValidator()
    {
        RuleFor(r => r.LotNumber).GreaterThan(0).WithText(new Bilingual("请填写采购包编号（从 1 开始）。", "Enter the lot number (from 1)."));
        RuleFor(r => r.CreditCode).CreditCode();
        RuleFor(r => r.Price).Positive("报价", "The price");
        RuleFor(r => r.Rank).GreaterThan(0).WithText(new Bilingual("排名从 1 开始。", "Ranks start at 1."));
    }
}

/// <summary>
/// The offline outcome's fields: well-formed rows (none at all when no bidder qualified), no supplier or rank twice within a lot, and the
/// signed records attached within the limit; given the project's lots, each row's lot exists and its price is within the lot's maximum.
/// That each code is in the supplier library is checked by <see cref="OfflineOutcome"/> against the library.
/// </summary>
public sealed class OfflineRankingsValidator : AbstractValidator<OfflineRankings>
{
    /// <param name="maxSignedRecords">How many signed record files may be attached.</param>
    /// <param name="lotMaximums">The project's lots by number, with their maximum prices (最高限价); null checks the rows alone.</param>
    public OfflineRankingsValidator(int maxSignedRecords, IReadOnlyDictionary<int, Money>? lotMaximums = null)
    {
        RuleForEach(o => o.Rankings).SetValidator(new OfflineRankingValidator());
        if (lotMaximums is not null)
        {
            RuleForEach(o => o.Rankings).Custom((ranking, context) =>
            {
                if (ranking.LotNumber <= 0)
                {
                    return; // the row's own rule names it
                }

                if (!lotMaximums.TryGetValue(ranking.LotNumber, out var maximum))
                {
                    context.AddFailure(FieldRules.Failure($"{context.PropertyPath}.{nameof(OfflineRanking.LotNumber)}",
                        new Bilingual($"第 {ranking.LotNumber} 包不存在。", $"Lot {ranking.LotNumber} does not exist.")));
                }
                else if (ranking.Price > maximum)
                {
                    context.AddFailure(FieldRules.Failure($"{context.PropertyPath}.{nameof(OfflineRanking.Price)}",
                        new Bilingual($"报价超过第 {ranking.LotNumber} 包的最高限价 {maximum}。", $"Above lot {ranking.LotNumber}'s maximum price of {maximum}.")));
                }
            });
        }

        RuleForEach(o => o.Rankings).Custom((ranking, context) =>
        {
            var sameLot = context.InstanceToValidate.Rankings.Where(r => r.LotNumber == ranking.LotNumber).ToList();
            if (sameLot.Count(r => Code(r) == Code(ranking)) > 1)
            {
                context.AddFailure(FieldRules.Failure($"{context.PropertyPath}.{nameof(OfflineRanking.CreditCode)}",
                    new Bilingual("同一采购包中供应商不能重复。", "Within a lot, a supplier is ranked once.")));
            }

            if (sameLot.Count(r => r.Rank == ranking.Rank) > 1)
            {
                context.AddFailure(FieldRules.Failure($"{context.PropertyPath}.{nameof(OfflineRanking.Rank)}",
                    new Bilingual("同一采购包中排名不能重复。", "Within a lot, each rank is given once.")));
            }
        });
        RuleFor(o => o.SignedRecords).GreaterThan(0)
            .WithText(new Bilingual("请上传经签字的开标记录和评审报告扫描件。", "Attach the signed opening and evaluation records."))
            .LessThanOrEqualTo(maxSignedRecords)
            .WithText(new Bilingual($"签字记录文件最多 {maxSignedRecords} 个。", $"At most {maxSignedRecords} signed record files."));
    }

    /// <summary>The lots' maximum prices by lot number, as the validator takes them.</summary>
    public static IReadOnlyDictionary<int, Money> LotMaximums(IEnumerable<ProjectLot> lots) => lots.ToDictionary(l => l.Number, l => l.MaxPrice);

    /// <summary>The row's credit code as the library stores it.</summary>
    public static string Code(OfflineRanking ranking) => (ranking.CreditCode ?? "").Trim().ToUpperInvariant();
}

using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>What a cart needs before it is priced: at most <see cref="MallOrder.MaxLines"/> lines, each of a bounded quantity. The cart page shows these at the quantity fields.</summary>
public sealed class CartFormValidator : AbstractValidator<CartForm>
{
    /// <summary>The most of one listing a cart line orders.</summary>
    public const int MaxQuantity = 1_000_000;

    public static CartFormValidator Instance { get; } = new();

    public CartFormValidator()
    {
        RuleFor(c => c.Lines).Must(lines => lines.Count <= MallOrder.MaxLines)
            .WithText(new Bilingual($"购物车最多 {MallOrder.MaxLines} 行。", $"A cart has at most {MallOrder.MaxLines} lines."));
        RuleForEach(c => c.Lines).Must(line => line.Quantity is >= 1 and <= MaxQuantity)
            .WithText(new Bilingual($"数量为 1 至 {MaxQuantity:N0}。", $"The quantity is 1 to {MaxQuantity:N0}."));
    }
}

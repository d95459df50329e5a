using GovProcurement.Domain.Mall.Orders;

namespace GovProcurement.Portal.Workspaces;

/// <summary>
/// The purchaser's carts in this circuit, one per plan line: what <see cref="CartForm"/> the cart page
/// prices and orders. A change is kept only once the domain priced it (<see cref="Put"/> after
/// <see cref="MallOrders.PriceAsync"/>), so a refused change leaves the cart as it was.
/// </summary>
public sealed class MallCart
{
    private readonly Dictionary<(Guid Plan, Guid Line), IReadOnlyList<CartLine>> carts = [];

    public CartForm Form(Guid planId, Guid planItemId) =>
        new(planId, planItemId, carts.GetValueOrDefault((planId, planItemId)) ?? []);

    /// <summary>The cart with one more of the listing (a new line of one when it is not in the cart yet).</summary>
    public CartForm With(Guid planId, Guid planItemId, Guid listingId)
    {
        var lines = Form(planId, planItemId).Lines.ToList();
        var at = lines.FindIndex(l => l.ListingId == listingId);
        if (at < 0)
        {
            lines.Add(new CartLine(listingId, 1));
        }
        else
        {
            lines[at] = lines[at] with { Quantity = lines[at].Quantity + 1 };
        }

        return new CartForm(planId, planItemId, lines);
    }

    /// <summary>The cart with the listing's line at the quantity.</summary>
    public CartForm WithQuantity(Guid planId, Guid planItemId, Guid listingId, int quantity) =>
        new(planId, planItemId, Form(planId, planItemId).Lines.Select(l => l.ListingId == listingId ? l with { Quantity = quantity } : l).ToList());

    /// <summary>The cart without the listing.</summary>
    public CartForm Without(Guid planId, Guid planItemId, Guid listingId) =>
        new(planId, planItemId, Form(planId, planItemId).Lines.Where(l => l.ListingId != listingId).ToList());

    public int Count(Guid planId, Guid planItemId) => carts.GetValueOrDefault((planId, planItemId))?.Count ?? 0;

    /// <summary>Keeps the cart (an empty one is forgotten).</summary>
    public void Put(CartForm form)
    {
        if (form.Lines.Count == 0)
        {
            carts.Remove((form.PlanId, form.PlanItemId));
        }
        else
        {
            carts[(form.PlanId, form.PlanItemId)] = form.Lines.ToList();
        }
    }
}

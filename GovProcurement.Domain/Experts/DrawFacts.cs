namespace GovProcurement.Domain.Experts;

/// <summary>A declared link as it stood at the draw.</summary>
public sealed record LinkFact(ExpertLinkKind Kind, string CreditCode, DateOnly From, DateOnly? Until);

/// <summary>What the recusal rules read about one expert of the pool, as it stood at the draw.</summary>
public sealed record ExpertFacts(Guid ExpertId, string Name, Guid? BudgetUnitId, string Employer, IReadOnlyList<LinkFact> Links)
{
    public static ExpertFacts Of(Expert expert) => new(expert.Id, expert.Name, expert.BudgetUnitId, expert.Employer,
        expert.Links.OrderBy(l => l.CreditCode, StringComparer.Ordinal).ThenBy(l => l.Kind).ThenBy(l => l.From)
            .Select(l => new LinkFact(l.Kind, l.CreditCode, l.From, l.Until)).ToList());
}

/// <summary>
/// The library facts a draw was made from: the day (China), the purchasing unit, the bidders,
/// and the pool of eligible specialists with their employers and links. Stored with the draw so
/// that the recusals can be re-run against exactly what the draw saw.
/// </summary>
public sealed record DrawFacts(DateOnly Day, Guid PurchaserId, IReadOnlyList<BidderIdentity> Bidders, IReadOnlyList<ExpertFacts> Pool)
{
    /// <summary>In a canonical order (bidders by credit code, pool by expert id), so that equal facts serialise equally.</summary>
    public DrawFacts Canonical() => this with
    {
        Bidders = Bidders.OrderBy(b => b.CreditCode, StringComparer.Ordinal).ToList(),
        Pool = Pool.OrderBy(e => e.ExpertId.ToString("D"), StringComparer.Ordinal).ToList(),
    };
}

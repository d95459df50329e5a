namespace GovProcurement.Domain.Contracts;

/// <summary>
/// The performance dates a contract's payments count from (保障中小企业款项支付条例): the Beijing day the goods,
/// works or services were delivered in full, and the day acceptance (履约验收) passed; null while not yet.
/// </summary>
public sealed record ContractMilestones(DateOnly? DeliveredOn, DateOnly? AcceptedOn)
{
    public static ContractMilestones None { get; } = new(null, null);
}

/// <summary>
/// Answers each contract's <see cref="ContractMilestones"/> from the store: implemented by the acceptance area,
/// read by payments, so neither knows the other's tables.
/// </summary>
public interface IContractMilestones
{
    /// <summary>The milestones of each of the contracts; a contract with none yet maps to <see cref="ContractMilestones.None"/>.</summary>
    Task<IReadOnlyDictionary<Guid, ContractMilestones>> ForAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken ct = default);
}

using System.Collections.Concurrent;
using GovProcurement.Domain.Contracts;

namespace GovProcurement.Tests.Payments;

/// <summary>
/// The delivery and acceptance days as a test sets them: the acceptance area answers them in the portal; payments
/// only read them through <see cref="IContractMilestones"/>.
/// </summary>
public sealed class FakeContractMilestones : IContractMilestones
{
    private readonly ConcurrentDictionary<Guid, ContractMilestones> dates = new();

    public void Set(Guid contractId, DateOnly? deliveredOn, DateOnly? acceptedOn) => dates[contractId] = new ContractMilestones(deliveredOn, acceptedOn);

    public Task<IReadOnlyDictionary<Guid, ContractMilestones>> ForAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyDictionary<Guid, ContractMilestones>>(contractIds.Distinct().ToDictionary(id => id, id => dates.GetValueOrDefault(id, ContractMilestones.None)));
}

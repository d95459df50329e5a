using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Payments;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Payments;

/// <summary>
/// The payment answer and its use case agree for every party at every stage: a step offered succeeds, a step refused throws the
/// answer's very reason, and a party who may not read the payments gets no answer and is refused.
/// </summary>
public sealed class PaymentStepsAgreementTests : ProjectScenarioTest
{
    private PaymentScenario s = default!;

    protected override void ConfigureStore(IServiceCollection services) => services.AddSingleton<IContractMilestones, FakeContractMilestones>();

    protected override Task ArrangeAsync()
    {
        s = new PaymentScenario(Store, Scenario);
        return Task.CompletedTask;
    }

    public enum Stage
    {
        /// <summary>Drafted, not signed: the parties read the schedule, nobody records yet.</summary>
        Draft,
        Signed,
        PaidInFull,
    }

    public static TheoryData<Stage> Stages() => new(Enum.GetValues<Stage>());

    private static readonly List<(MallParty, PaymentAction)> Readers =
        [(MallParty.OwnOperator, PaymentAction.Read), (MallParty.OwnReviewer, PaymentAction.Read), (MallParty.FirstSupplier, PaymentAction.Read), (MallParty.OwnRegionRegulator, PaymentAction.Read)];

    /// <summary>The rules, written out: the unit's operator records on a signed contract until it is paid; the unit, the supplier and the region's finance department read.</summary>
    private static readonly Dictionary<Stage, List<(MallParty, PaymentAction)>> Expected = new()
    {
        [Stage.Draft] = Readers,
        [Stage.Signed] = [.. Readers, (MallParty.OwnOperator, PaymentAction.Record)],
        [Stage.PaidInFull] = Readers,
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task What_is_offered_succeeds_and_what_is_refused_throws_the_same_reason(Stage stage)
    {
        var id = await ArrangeAsync(stage);
        var offered = await s.Parties.RefusalsAgreeAsync<PaymentAction>(async actor => (await s.Payments.GetAsync(id, actor))?.Steps, (action, actor) => Take(action, id, actor));

        Assert.Equal(MallParties.Sorted(Expected[stage]), MallParties.Sorted(offered));
        foreach (var (party, action) in offered)
        {
            await Take(action, await ArrangeAsync(stage), await s.Parties.ActorAsync(party));
        }
    }

    private async Task Take(PaymentAction action, Guid id, Actor actor)
    {
        if (action == PaymentAction.Record)
        {
            await s.Payments.RecordAsync(id, new PaymentForm(1, Money.FromYuan(100m), new DateOnly(2026, 11, 27), "凭证 002"), actor);
            return;
        }

        _ = await s.Payments.GetAsync(id, actor) ?? throw new DomainException("合同不存在或无权查看。", "The contract does not exist or is not yours to see.");
    }

    private async Task<Guid> ArrangeAsync(Stage stage)
    {
        var id = await s.ContractAsync(sign: stage != Stage.Draft);
        if (stage == Stage.PaidInFull)
        {
            var today = new DateOnly(2026, 11, 27);
            await s.PayAsync(id, 1, 1_440m, today);
            await s.PayAsync(id, 2, 1_440m, today);
            await s.PayAsync(id, 3, 1_920m, today);
        }

        return id;
    }
}

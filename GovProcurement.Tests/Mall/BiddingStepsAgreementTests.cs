using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Mall;

/// <summary>
/// The bidding's answer and its use cases agree: at each stage, for the purchaser and each supplier,
/// a step the answer offers succeeds, and a step it refuses throws the very reason it gives.
/// </summary>
public sealed class BiddingStepsAgreementTests : ProjectScenarioTest
{
    private MallScenario mall = default!;

    protected override Task ArrangeAsync()
    {
        mall = new MallScenario(Store.Services, Scenario);
        return Task.CompletedTask;
    }

    public enum Stage
    {
        Quoting,
        Offered,
        Failed,
        Awarded,
        Withdrawn,
    }

    public enum Who
    {
        Purchaser,
        FirstSupplier,
        WinningSupplier,
        OutsideSupplier,
    }

    public static TheoryData<Stage> Stages() => new(Enum.GetValues<Stage>());

    /// <summary>
    /// Every refusal of the stage is checked on one arrangement (a refused step changes nothing);
    /// each offered step then runs on an arrangement of its own, so one cannot change another's answer.
    /// </summary>
    [Theory]
    [MemberData(nameof(Stages))]
    public async Task What_is_offered_succeeds_and_what_is_refused_throws_the_same_reason(Stage stage)
    {
        var biddingId = await ArrangeStageAsync(stage);
        var offered = new List<(Who, BiddingAction)>();
        foreach (var who in Enum.GetValues<Who>())
        {
            var actor = await ActorAsync(who);
            var answer = (await Store.Get<BiddingQueries>().GetAsync(actor, biddingId))?.Steps;
            foreach (var action in Enum.GetValues<BiddingAction>())
            {
                if (answer is null)
                {
                    // A bidding the actor may not see offers nothing, and the use case refuses it.
                    await Assert.ThrowsAsync<DomainException>(() => Take(action, biddingId, actor));
                }
                else if (answer.WhyNot(action) is { } refusal)
                {
                    var thrown = await Assert.ThrowsAsync<DomainException>(() => Take(action, biddingId, actor));
                    Assert.Equal(refusal.ToException().Message, thrown.Message);
                }
                else
                {
                    offered.Add((who, action));
                }
            }
        }

        Assert.Equal(Expected[stage], offered);
        foreach (var (who, action) in offered)
        {
            await Take(action, await ArrangeStageAsync(stage), await ActorAsync(who));
        }
    }

    /// <summary>What each stage offers whom: the table this test holds the answer to.</summary>
    private static readonly Dictionary<Stage, List<(Who, BiddingAction)>> Expected = new()
    {
        [Stage.Quoting] = [(Who.Purchaser, BiddingAction.Withdraw), (Who.WinningSupplier, BiddingAction.Quote), (Who.OutsideSupplier, BiddingAction.Quote)],
        [Stage.Offered] = [(Who.Purchaser, BiddingAction.NoteResult), (Who.WinningSupplier, BiddingAction.Confirm), (Who.WinningSupplier, BiddingAction.Decline)],
        [Stage.Failed] = [(Who.Purchaser, BiddingAction.NoteResult)],
        [Stage.Awarded] = [(Who.Purchaser, BiddingAction.NoteResult), (Who.Purchaser, BiddingAction.CancelOrder)],
        [Stage.Withdrawn] = [],
    };

    private Task<Actor> ActorAsync(Who who) => who switch
    {
        Who.Purchaser => mall.OperatorAsync(),
        Who.FirstSupplier => mall.SupplierAsync(0),
        Who.WinningSupplier => mall.SupplierAsync(1),
        _ => mall.SupplierAsync(2),
    };

    private Task Take(BiddingAction action, Guid id, Actor actor) => action switch
    {
        BiddingAction.Quote => mall.Biddings.QuoteAsync(id, new QuoteForm(30_000m), actor),
        BiddingAction.Confirm => mall.Biddings.ConfirmAsync(id, actor),
        BiddingAction.Decline => mall.Biddings.DeclineAsync(id, actor),
        BiddingAction.Withdraw => mall.Biddings.WithdrawAsync(id, "需求变更", actor),
        BiddingAction.NoteResult => mall.Biddings.NoteResultAsync(id, actor),
        BiddingAction.CancelOrder => mall.Biddings.CancelOrderAsync(id, "需求变更", actor),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>
    /// Quoting: the first supplier has quoted; the third may still. Offered: the three quoted and the second (lowest) is offered the win.
    /// Failed: only two quoted. Awarded: the second confirmed. Withdrawn: the purchaser withdrew before the close.
    /// </summary>
    private async Task<Guid> ArrangeStageAsync(Stage stage)
    {
        var plan = await mall.FiledPlanAsync();
        var now = Time.GetUtcNow().UtcDateTime;
        var prices = stage switch
        {
            Stage.Quoting or Stage.Withdrawn => new[] { 39_000m },
            Stage.Failed => [39_000m, 36_500m],
            _ => [39_000m, 36_500m, 38_000m],
        };
        var bidding = await mall.QuotedAsync(plan, now, 40_000m, prices);
        if (stage == Stage.Withdrawn)
        {
            await mall.Biddings.WithdrawAsync(bidding.Id, "需求变更", await mall.OperatorAsync());
        }

        if (stage is Stage.Offered or Stage.Failed or Stage.Awarded)
        {
            Time.Advance(TimeSpan.FromHours(48));
            await mall.Biddings.DecideDueAsync();
        }

        if (stage == Stage.Awarded)
        {
            await mall.Biddings.ConfirmAsync(bidding.Id, await mall.SupplierAsync(1));
        }

        return bidding.Id;
    }
}

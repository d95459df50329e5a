using GovProcurement.Domain.Common;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Organizations;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Plans;

/// <summary>
/// Over the intention's whole transition table (draft, published) and every relationship an actor
/// can have to the intention of 江门市第一中学: only its reviewer is offered publishing a draft, only
/// a budget unit's operator drafting, and the use cases agree with the answer, reason for reason.
/// </summary>
public class IntentionStepsAgreementTests(PlanStepsStore fixture) : IClassFixture<PlanStepsStore>
{
    private readonly PlanParties parties = new(fixture.Store.Services);

    private GovProcurement.Domain.Intentions.Intentions Intentions => fixture.Store.Get<GovProcurement.Domain.Intentions.Intentions>();

    public static TheoryData<IntentionStatus, PlanParty> EveryStatusAndParty()
    {
        var data = new TheoryData<IntentionStatus, PlanParty>();
        foreach (var status in Enum.GetValues<IntentionStatus>())
        {
            foreach (var party in Enum.GetValues<PlanParty>())
            {
                data.Add(status, party);
            }
        }

        return data;
    }

    public static TheoryData<PlanParty> EveryParty() => new(Enum.GetValues<PlanParty>());

    private static IntentionForm Form => new("教研室电脑采购", "台式计算机 20 台", Money.FromYuan(100_000m), new DateOnly(2027, 3, 1), true, null);

    private async Task<Guid> IntentionAsync(IntentionStatus status)
    {
        var id = await Intentions.DraftAsync(Form, await parties.ActorAsync(PlanParty.OwnOperator));
        if (status == IntentionStatus.Published)
        {
            await Intentions.PublishAsync(id, await parties.ActorAsync(PlanParty.OwnReviewer));
        }

        return id;
    }

    private async Task<ProcurementIntention> LoadAsync(Guid id)
    {
        await using var db = fixture.Store.Db();
        return await db.Intentions.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    private async Task<ActionSet<IntentionStep>> AnswerAsync(Guid id, Actor actor)
    {
        await using var db = fixture.Store.Db();
        return IntentionSteps.For(await LoadAsync(id), await ActorStanding.LoadAsync(db, actor));
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndParty))]
    public async Task Publishing_is_offered_to_the_units_reviewer_for_a_draft_only_and_the_use_case_agrees(IntentionStatus status, PlanParty party)
    {
        var actor = await parties.ActorAsync(party);
        var id = await IntentionAsync(status);
        var answer = await AnswerAsync(id, actor);
        Assert.Equal(status == IntentionStatus.Draft && party == PlanParty.OwnReviewer, answer.Allows(IntentionStep.Publish));

        var outcome = await Record.ExceptionAsync(() => Intentions.PublishAsync(id, actor));
        if (answer.WhyNot(IntentionStep.Publish) is { } refusal)
        {
            Assert.Equal(refusal.ToException().Text, Assert.IsAssignableFrom<DomainException>(outcome).Text);
            Assert.Equal(status, (await LoadAsync(id)).Status);
        }
        else
        {
            Assert.Null(outcome);
            Assert.Equal(IntentionStatus.Published, (await LoadAsync(id)).Status);
        }
    }

    [Theory]
    [MemberData(nameof(EveryParty))]
    public async Task Drafting_is_offered_to_a_budget_units_operator_only_and_the_use_case_agrees(PlanParty party)
    {
        var actor = await parties.ActorAsync(party);
        await using var db = fixture.Store.Db();
        var answer = IntentionSteps.ForNewIntention(await ActorStanding.LoadAsync(db, actor));
        Assert.Equal(party is PlanParty.OwnOperator or PlanParty.OtherUnitOperator, answer.Allows(IntentionStep.Draft));

        var outcome = await Record.ExceptionAsync(() => Intentions.DraftAsync(Form, actor));
        if (answer.WhyNot(IntentionStep.Draft) is { } refusal)
        {
            Assert.Equal(refusal.ToException().Text, Assert.IsAssignableFrom<DomainException>(outcome).Text);
        }
        else
        {
            Assert.Null(outcome);
        }
    }

    [Fact]
    public async Task The_units_list_carries_the_same_answer_per_row()
    {
        var draft = await IntentionAsync(IntentionStatus.Draft);
        var published = await IntentionAsync(IntentionStatus.Published);
        var reviewer = await Intentions.ForActorAsync(await parties.ActorAsync(PlanParty.OwnReviewer));
        Assert.True(reviewer.For(reviewer.Rows.Single(r => r.Id == draft)).Allows(IntentionStep.Publish));
        Assert.False(reviewer.For(reviewer.Rows.Single(r => r.Id == published)).Allows(IntentionStep.Publish));
        Assert.False(reviewer.NewIntention.Allows(IntentionStep.Draft));

        var op = await Intentions.ForActorAsync(await parties.ActorAsync(PlanParty.OwnOperator));
        Assert.True(op.NewIntention.Allows(IntentionStep.Draft));
        Assert.All(op.Rows, row => Assert.False(op.For(row).Allows(IntentionStep.Publish)));
    }
}

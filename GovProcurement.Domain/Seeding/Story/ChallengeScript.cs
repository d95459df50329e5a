using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>A losing supplier's challenge of the result, the agency's answer, and the complaint the finance department decides.</summary>
internal sealed record StoryChallenge(string Supplier, string Points, string Answer, string Matters, string Decision);

/// <summary>
/// The challenge and complaint of a project's result, each step by its actor within its period
/// (财政部令第94号): the supplier challenges two days after the result, the agency answers in writing three
/// days later, the supplier complains, the region's finance department accepts the complaint and decides it.
/// </summary>
internal sealed class ChallengeScript(StoryDesk desk, StoryUnit unit, Actor agency, StoryChallenge story)
{
    public async IAsyncEnumerable<DateTimeOffset> RunAsync(Guid projectId)
    {
        var supplier = desk.Actor(story.Supplier);
        var regulator = desk.Actor(unit.Regulator);
        yield return desk.Clock.Later(2, 10, 0);
        var challenge = await desk.Challenges.FileAsync(projectId, ChallengeSubject.Result, story.Points, supplier);
        yield return desk.Clock.Later(3, 15, 0);
        await desk.Challenges.AnswerAsync(challenge.Id, false, story.Answer, agency);
        yield return desk.Clock.Later(2, 10, 0);
        var complaint = await desk.Complaints.FileAsync(challenge.Id, story.Matters, supplier);
        yield return desk.Clock.Later(2, 10, 0);
        await desk.Complaints.AcceptAsync(complaint.Id, regulator);
        yield return desk.Clock.Later(10, 10, 0);
        await desk.Complaints.DecideAsync(complaint.Id, new ComplaintDecisionDraft(ComplaintFinding.Dismissed, ComplaintRemedy.None, story.Decision), regulator);
    }
}

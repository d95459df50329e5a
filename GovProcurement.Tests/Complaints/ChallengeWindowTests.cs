using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Complaints;

/// <summary>
/// Over the store: where the challenge period of the documents and of the procedure starts (94号令第十一条) and that a
/// challenge is taken on the period's last day and refused the day after, with the date that applied.
/// </summary>
public sealed class ChallengeWindowTests : ProjectScenarioTest
{
    private ChallengeScenario s = default!;

    protected override Task ArrangeAsync()
    {
        s = new ChallengeScenario(Store, Scenario, Time);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_documents_period_starts_when_the_supplier_obtained_them_when_no_documents_period_is_announced()
    {
        var project = await s.Stages.ReachAsync(Stage.TakingBids);
        var supplier = await s.WinnerAsync();
        await using (var db = Store.Db())
        {
            Assert.Null((await db.Projects.Include(p => p.Lots).Include(p => p.Events).AsSplitQuery().SingleAsync(p => p.Id == project)).CurrentRound.DocumentsUntil);
            var obtained = BeijingTime.Day(await db.SupplierRegistrations.Where(r => r.ProjectId == project && r.SupplierId == supplier.OrganizationId).Select(r => r.RegisteredUtc).SingleAsync());
            var documents = await OpeningAsync(project, supplier, ChallengeSubject.Documents);
            Assert.Equal(obtained, documents.Start);
            Assert.Equal(WorkingDayCalendar.China.AddWorkingDays(obtained, 7), documents.Due);
            Assert.True(documents.IsAvailable);
        }

        // A supplier that did not obtain the documents does not challenge them.
        Assert.False((await OpeningAsync(project, await s.OutsiderAsync(), ChallengeSubject.Documents)).IsAvailable);
    }

    [Fact]
    public async Task The_procedure_period_starts_at_the_bid_opening_and_is_late_the_day_after_its_last_day()
    {
        var project = await s.Stages.ReachAsync(Stage.Opened);
        var loser = await s.LoserAsync();
        DateOnly opened;
        await using (var db = Store.Db())
        {
            opened = BeijingTime.Day((await db.Projects.Include(p => p.Lots).Include(p => p.Events).AsSplitQuery().SingleAsync(p => p.Id == project)).CurrentRound.OpenedUtc!.Value);
        }

        var procedure = await OpeningAsync(project, loser, ChallengeSubject.Procedure);
        var due = WorkingDayCalendar.China.AddWorkingDays(opened, 7);
        Assert.Equal((opened, due), (procedure.Start, procedure.Due));

        SetDay(due);
        Assert.True((await OpeningAsync(project, loser, ChallengeSubject.Procedure)).IsAvailable);
        SetDay(due.AddDays(1));
        var late = (await OpeningAsync(project, loser, ChallengeSubject.Procedure)).WhyNot!;
        Assert.Contains(due.ToString("yyyy-MM-dd"), late.Why.Zh);
        Assert.Contains("第十、十一条", late.Citation);
        var refused = await Assert.ThrowsAsync<DomainException>(() => s.Challenges.FileAsync(project, ChallengeSubject.Procedure, "开标程序违规。", loser));
        Assert.Contains(due.ToString("yyyy-MM-dd"), refused.Message);
    }

    private async Task<ChallengeOpening> OpeningAsync(Guid project, Actor supplier, ChallengeSubject subject) =>
        (await s.Challenges.ChoicesAsync(project, supplier)).Challenges.Single(o => o.Subject == subject);

    /// <summary>10:00 Beijing time on the day.</summary>
    private void SetDay(DateOnly day) => Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
}

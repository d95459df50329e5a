using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Supervision;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Complaints;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Contracts;

/// <summary>
/// A supplier that wins two lots signs a contract per lot: each lot is drafted, announced and watched on its own, up to
/// its own winning price; a contract announcement leaves the other lot's due.
/// </summary>
public sealed class ContractPerLotTests : ProjectScenarioTest
{
    private GovContracts Contracts => Store.Get<GovContracts>();

    [Fact]
    public async Task Each_won_lot_is_drafted_announced_and_watched_as_its_own_contract()
    {
        var projectId = await TwoLotAwardAsync();
        var purchaser = await Scenario.ActorAsync(ProjectScenario.Operator);
        var openings = await Contracts.OpeningsForProjectAsync(projectId, purchaser);
        Assert.Equal([1, 2], openings.Select(o => o.Subject.Lot!.Value));
        Assert.Single(openings.Select(o => o.Origin.SupplierId).Distinct());
        Assert.All(openings, o => Assert.True(o.IsAvailable));
        Assert.Equal([Money.FromYuan(700_000m), Money.FromYuan(500_000m)], openings.Select(o => o.Origin.Ceiling));
        Assert.Equal($"/contracts/new?project={projectId}&supplier={openings[1].Origin.SupplierId}&lot=2", openings[1].DraftHref);

        // Lot 2's ceiling is its own winning price, not the two lots' sum.
        await Assert.ThrowsAsync<DomainException>(() => Contracts.DraftAsync(openings[1].Subject, ChallengeScenario.Draft(Money.FromYuan(500_001m)), purchaser));
        var first = await Contracts.DraftAsync(openings[0].Subject, ChallengeScenario.Draft(openings[0].Origin.Ceiling), purchaser);
        Assert.Equal("1", first.LotNumbers);
        Assert.Contains("包组：1", ContractText.Of(first), StringComparison.Ordinal);
        var afterFirst = await Contracts.OpeningsForProjectAsync(projectId, purchaser);
        Assert.Equal([false, true], afterFirst.Select(o => o.IsAvailable));
        Assert.Equal(first.Id, afterFirst[0].Contract!.Id);

        var regulator = await Scenario.ActorAsync(ProjectScenario.Regulator);
        var supervision = Store.Get<SupervisionExceptions>();
        Time.Advance(TimeSpan.FromDays(45));
        var overdue = (await supervision.ListAsync(regulator)).Where(e => e.Kind == ExceptionKind.ContractSigningOverdue && e.Key.Contains(projectId.ToString("N"), StringComparison.Ordinal)).ToList();
        Assert.EndsWith(":2", Assert.Single(overdue).Key, StringComparison.Ordinal);
        Assert.Contains("包组 2", overdue[0].Subject, StringComparison.Ordinal);
        Assert.Null(overdue[0].Review);

        // A review stored when the exception was one per winner still covers each of the winner's lots.
        await using (var db = Store.Db())
        {
            var winner = openings[1].Origin.SupplierId;
            db.ExceptionReviews.Add(new ExceptionReview($"award-sign:{projectId:N}:{winner:N}", ExceptionKind.ContractSigningOverdue, "440700", "440700cz", "已约谈采购人", Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var reviewed = Assert.Single(await supervision.ListAsync(regulator), e => e.Key == overdue[0].Key);
        Assert.Equal("已约谈采购人", reviewed.Review!.Comment);

        await SignAndAnnounceAsync(first.Id, purchaser);
        await using (var db = Store.Db())
        {
            var project = await db.Projects.Include(p => p.Events).SingleAsync(p => p.Id == projectId);
            var note = Assert.Single(project.Events, e => e.Action == ProjectAction.ContractPublished).Note!;
            Assert.Contains(ContractDue.LotMark("1"), note, StringComparison.Ordinal);
        }

        var worklist = Store.Get<Worklist>();
        Assert.Contains(await worklist.ForAsync(purchaser), i => i.Kind == WorkKind.PublishContract && i.Href == $"/projects/{projectId}");
        // The unit's reviewer neither drafts nor announces contracts, so is not asked to.
        Assert.DoesNotContain(await worklist.ForAsync(await Scenario.ActorAsync(ProjectScenario.Reviewer)), i => i.Kind == WorkKind.PublishContract);

        var second = await Contracts.DraftAsync(afterFirst[1].Subject, ChallengeScenario.Draft(afterFirst[1].Origin.Ceiling), purchaser);
        await SignAndAnnounceAsync(second.Id, purchaser);
        Assert.DoesNotContain(await worklist.ForAsync(purchaser), i => i.Kind == WorkKind.PublishContract && i.Href == $"/projects/{projectId}");
        Assert.DoesNotContain(await supervision.ListAsync(regulator), e => e.Kind == ExceptionKind.ContractSigningOverdue && e.Key.Contains(projectId.ToString("N"), StringComparison.Ordinal));
        await using var after = Store.Db();
        Assert.Equal(2, await after.Notices.CountAsync(n => n.ProjectId == projectId && n.Type == NoticeType.Contract));
    }

    [Theory]
    [InlineData("合同 HT1，江门市小微物业有限公司，1,200,000.00", 1, true)]
    [InlineData("合同 HT1，江门市小微物业有限公司，1,200,000.00", 2, true)]
    [InlineData("合同 HT1，江门市小微物业有限公司，包组 1，700,000.00", 1, true)]
    [InlineData("合同 HT1，江门市小微物业有限公司，包组 1，700,000.00", 2, false)]
    [InlineData("合同 HT1，江门市小微物业有限公司，包组 12，700,000.00", 1, false)]
    [InlineData("合同 HT1，另一家公司，包组 1，700,000.00", 1, false)]
    public void An_announcement_from_before_contracts_were_per_lot_covers_every_lot_of_its_supplier(string note, int lot, bool met) =>
        Assert.Equal(met, new ContractDue(Guid.NewGuid(), "江门市小微物业有限公司", lot).MetBy(note));

    [Fact]
    public void The_note_names_the_lot_only_for_a_contract_of_one_lot()
    {
        Assert.Contains("包组 2，", ContractDue.Note("HT1", "甲公司", "2", Money.FromYuan(1m)), StringComparison.Ordinal);
        Assert.DoesNotContain("包组", ContractDue.Note("HT1", "甲公司", "1,2", Money.FromYuan(1m)), StringComparison.Ordinal);
    }

    private async Task SignAndAnnounceAsync(Guid contractId, Actor purchaser)
    {
        await Contracts.SendAsync(contractId, purchaser);
        await Contracts.ConfirmAsync(contractId, ContractParty.Purchaser, purchaser);
        var contract = (await Contracts.GetAsync(contractId, purchaser))!.Contract;
        await using (var db = Store.Db())
        {
            var userName = await db.Users.Where(u => u.OrganizationId == contract.SupplierId).Select(u => u.UserName!).FirstAsync();
            await Contracts.ConfirmAsync(contractId, ContractParty.Supplier, await Scenario.ActorAsync(userName));
        }

        await Contracts.PublishAsync(contractId, purchaser);
    }

    /// <summary>Two lots of one project, both won by the lower bidder (700,000 and 500,000 yuan), the result announced.</summary>
    private async Task<Guid> TwoLotAwardAsync()
    {
        var planId = await Scenario.FiledPlanAsync();
        var purchaser = await Scenario.ActorAsync(ProjectScenario.Operator);
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        var entrustment = Store.Get<ProjectEntrustment>();
        var choice = (await entrustment.ChoicesAsync(planId, purchaser)).Single();
        var projectId = (await entrustment.EntrustAsync(planId, choice.Id, purchaser)).Id;
        await entrustment.AcceptAsync(projectId, agency);
        var preparation = Store.Get<ProjectPreparation>();
        await preparation.SaveSetupAsync(projectId, 1, new ProjectSetup(
            [new LotDraft("教学区物业管理", "C1204", Money.FromYuan(800_000m), Money.FromYuan(780_000m), "保洁"),
             new LotDraft("宿舍区物业管理", "C1204", Money.FromYuan(800_000m), Money.FromYuan(780_000m), "秩序维护")],
            "具有物业服务相关经验", false, ScoringMethod.Comprehensive, 3000, 1000, false), agency);
        await preparation.AttachDocumentsAsync(projectId, "磋商文件.pdf", "application/pdf", "%PDF-1.4 consultation documents"u8.ToArray(), agency);
        var deadline = await Scenario.AnnounceAsync(projectId);
        var box = Store.Get<BidBox>();
        foreach (var (supplier, lot1, lot2) in new[] { (ProjectScenario.SmallSupplier, 700_000m, 500_000m), (ProjectScenario.MicroSupplier, 750_000m, 550_000m) })
        {
            var actor = await Scenario.ActorAsync(supplier);
            await box.RegisterAsync(projectId, actor);
            await box.SubmitAsync(projectId, [new LotPrice(1, Money.FromYuan(lot1).Fen), new LotPrice(2, Money.FromYuan(lot2).Fen)],
                [new BidFile("响应文件.pdf", "application/pdf", [1, 2, 3])], actor);
        }

        Time.SetUtcNow(deadline.AddHours(1));
        var record = await Store.Get<BidOpening>().OpenAsync(projectId, agency);
        var panel = await Store.Get<PanelDrawing>().DrawAsync(projectId, 3, agency);
        var evaluation = Store.Get<ProjectEvaluation>();
        await evaluation.FinishAsync(projectId, record.Lines.SelectMany(l => panel.Members.Select(m => new ScoreEntry(l.LotNumber, l.BidId, m.Id, 60m))).ToList(), [], agency);
        await evaluation.ConfirmWinnersAsync(projectId, purchaser);
        await evaluation.PublishResultAsync(projectId, agency);
        return projectId;
    }
}

using System.Text;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Projects;

public sealed class ProjectLifecycleTests : ProjectScenarioTest
{
    private const string Marker = "SEALED-CONTENT-MARKER-7f3a";

    [Fact]
    public async Task A_sealed_bid_leaves_no_plaintext_in_the_database_and_stays_shut_before_the_opening()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        var deadline = await Scenario.AnnounceAsync(projectId);
        var receipt = await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_234_567.89m, Marker);

        await Store.ExecuteSqlAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        var bytes = await File.ReadAllBytesAsync(Store.DatabasePath);
        Assert.Equal(-1, IndexOf(bytes, Encoding.UTF8.GetBytes(Marker)));
        Assert.Equal(-1, IndexOf(bytes, Encoding.UTF8.GetBytes("123456789")));
        Assert.Equal(-1, IndexOf(bytes, Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(Marker))[..16])));
        await using (var connection = new SqliteConnection($"Data Source={Store.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT SealedContent FROM Bids";
            var sealedContent = (byte[])(await command.ExecuteScalarAsync())!;
            Assert.True(sealedContent.Length > Marker.Length);
            Assert.Equal(-1, IndexOf(sealedContent, Encoding.UTF8.GetBytes(Marker)));
        }

        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        Time.SetUtcNow(deadline.AddMinutes(-1));
        var early = await Assert.ThrowsAsync<DomainException>(() => Store.Get<BidOpening>().OpenAsync(projectId, agency));
        Assert.Contains("开标时间", early.Message);

        await using var db = Store.Db();
        var project = await db.Projects.SingleAsync(p => p.Id == projectId);
        var bid = await db.Bids.SingleAsync(b => b.Id == receipt.BidId);
        Assert.Throws<DomainException>(() => Store.Get<BidVault>().Unseal(project, bid, Time.GetUtcNow().UtcDateTime.AddDays(30)));
        Assert.Equal(ProjectStatus.Active, project.Status);
    }

    [Fact]
    public async Task A_consultation_runs_from_announcement_to_result_with_two_bidders()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        var deadline = await Scenario.AnnounceAsync(projectId);
        await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "first offer");
        Time.Advance(TimeSpan.FromMinutes(1));
        var micro = await Scenario.BidAsync(projectId, ProjectScenario.MicroSupplier, 1_480_000m, "micro offer");
        Time.Advance(TimeSpan.FromMinutes(1));
        await Scenario.BidAsync(projectId, ProjectScenario.MediumSupplier, 1_540_000m, "medium offer");
        Time.Advance(TimeSpan.FromMinutes(1));
        var resubmitted = await Scenario.ActorAsync(ProjectScenario.SmallSupplier);
        await Store.Get<BidBox>().WithdrawAsync(projectId, resubmitted);
        var final = await Store.Get<BidBox>().SubmitAsync(projectId, [new LotPrice(1, Money.FromYuan(1_450_000m).Fen)], [new BidFile("响应文件.pdf", "application/pdf", [1, 2, 3])], resubmitted);

        Time.SetUtcNow(deadline);
        var late = await Scenario.ActorAsync(ProjectScenario.MediumSupplier);
        Assert.Contains("截止时间", (await Assert.ThrowsAsync<DomainException>(() => Store.Get<BidBox>().RegisterAsync(projectId, late))).Message);
        await using (var pending = Store.Db())
        {
            var question = new Clarification(projectId, 1, (await pending.Organizations.SingleAsync(o => o.Name == "江门市华信电脑科技有限公司")).Id, "截止后提问", "x", DateTime.UtcNow);
            pending.Clarifications.Add(question);
            await pending.SaveChangesAsync();
            var reopened = await Assert.ThrowsAsync<DomainException>(() => Store.Get<BidBox>().AnswerAsync(question.Id, "修改", true, Scenario.ActorAsync(ProjectScenario.Agency).Result));
            Assert.Contains("已过截止时间", reopened.Message);
        }

        Assert.Contains("截止时间", (await Assert.ThrowsAsync<DomainException>(() => Store.Get<BidBox>().SubmitAsync(projectId, [new LotPrice(1, 100)], [], resubmitted))).Message);

        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        var record = await Store.Get<BidOpening>().OpenAsync(projectId, agency);
        Assert.Equal([Money.FromYuan(1_480_000m), Money.FromYuan(1_540_000m), Money.FromYuan(1_450_000m)], record.Lines.Select(l => l.Price).ToArray());
        Assert.Equal(final.Digest, record.Lines.Single(l => l.Price == Money.FromYuan(1_450_000m)).Digest);
        Assert.Equal(2, record.MinimumBidders);

        var panel = await Store.Get<PanelDrawing>().DrawAsync(projectId, 3, agency);
        Assert.True(panel.Replays);
        Assert.DoesNotContain(panel.Members, m => m.Name is "郑海涛" or "冯碧云" or "林少芬");
        Assert.Equal(["冯碧云", "郑海涛"], panel.Draw.Excluded.Select(e => e.Name).Order().ToArray());

        var scores = record.Lines.SelectMany(l => panel.Members.Select(m => new ScoreEntry(1, l.BidId, m.Id, l.SupplierName.Contains("华信") ? 60m : 55m))).ToList();
        var results = await Store.Get<ProjectEvaluation>().FinishAsync(projectId, scores, [], agency);
        var ranking = results.Single().Ranking;
        // Small 1,450,000 → 1,305,000 evaluated; micro 1,480,000 → 1,332,000. Price points: 30 and 29.39.
        Assert.Equal(("江门市华信电脑科技有限公司", 30m, 90m), (ranking[0].SupplierName, ranking[0].PriceScore, ranking[0].Total));
        Assert.Equal(Money.FromYuan(1_332_000m), ranking[1].EvaluatedPrice);

        await Store.Get<ProjectEvaluation>().ConfirmWinnersAsync(projectId, await Scenario.ActorAsync(ProjectScenario.Reviewer));
        var notice = await Store.Get<ProjectEvaluation>().PublishResultAsync(projectId, agency);

        Assert.Equal(NoticeType.Result, notice.Type);
        Assert.Equal(notice.ComputeDigest(), notice.Digest);
        var table = notice.Body.First(b => b.Kind == NoticeBlockKind.Table);
        Assert.Equal(["1", "校园物业管理", "江门市华信电脑科技有限公司", "1,450,000.00"], table.Rows![0]);
        await using var db = Store.Db();
        Assert.Equal(ProjectStatus.Awarded, (await db.Projects.SingleAsync(p => p.Id == projectId)).Status);
        Assert.Equal(2, await db.Notices.CountAsync(n => n.ProjectId == projectId && n.Status == NoticeStatus.Published));
        Assert.Equal(64, micro.Digest.Length);

        // A bidder sees the winner's line and its own, not the third bidder's price and scores.
        var seenByMicro = Assert.Single(await Store.Get<ProjectEvaluation>().ResultsAsync(projectId, await Scenario.ActorAsync(ProjectScenario.MicroSupplier)));
        Assert.Equal(["江门市华信电脑科技有限公司", "鹤山市南粤办公家具有限公司"], seenByMicro.Ranking.Select(r => r.SupplierName).ToArray());
        Assert.Equal(3, (await Store.Get<ProjectEvaluation>().ResultsAsync(projectId, await Scenario.ActorAsync("440700cz"))).Single().Ranking.Count);
    }

    [Fact]
    public async Task One_bidder_fails_the_consultation_and_the_regulator_approves_a_method_change()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        var deadline = await Scenario.AnnounceAsync(projectId);
        await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "only offer");
        Time.SetUtcNow(deadline.AddHours(1));
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);

        await Store.Get<BidOpening>().OpenAsync(projectId, agency);
        await Store.Get<ProjectFailure>().RequestMethodChangeAsync(projectId, ProcurementMethod.SingleSource, "磋商仅一家供应商响应", agency);
        await Assert.ThrowsAsync<DomainException>(() => Store.Get<ProjectFailure>().DecideMethodChangeAsync(projectId, true, null, agency));
        await Store.Get<ProjectFailure>().DecideMethodChangeAsync(projectId, true, null, await Scenario.ActorAsync("440700cz"));

        await using var db = Store.Db();
        var project = await db.Projects.Include(p => p.Events).SingleAsync(p => p.Id == projectId);
        Assert.Equal((ProjectStatus.Preparing, ProcurementMethod.SingleSource, 2), (project.Status, project.Method, project.Round));
        Assert.Contains(project.Events, e => e.Action == ProjectAction.Failed && e.Note!.Contains("不足 2 家"));
    }

    [Fact]
    public async Task Only_the_regions_regulator_decides_and_a_large_supplier_cannot_register_for_an_sme_project()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        await using (var db = Store.Db())
        {
            var project = await db.Projects.Include(p => p.Lots).SingleAsync(p => p.Id == projectId);
            var setup = new ProjectSetup(project.Lots.Select(l => new LotDraft(l.Name, l.CatalogueCode, l.Budget, l.MaxPrice, l.Requirements)).ToList(), "", true, ScoringMethod.LowestEvaluatedPrice, 0, 0, false);
            await Store.Get<ProjectPreparation>().SaveSetupAsync(projectId, project.Version, setup, agency);
            var large = new Supplier("江门市大型物业集团有限公司", RegionDirectory.Guangdong.Find("440700")!, "91440700MA52LG3Q1M", EnterpriseScale.Large, DateTime.UtcNow);
            db.Organizations.Add(large);
            await db.SaveChangesAsync();
            await Scenario.AnnounceAsync(projectId);
            var error = await Assert.ThrowsAsync<DomainException>(() => Store.Get<BidBox>().RegisterAsync(projectId, new Actor("large", large.Id, new HashSet<string> { Roles.Supplier })));
            Assert.Contains("专门面向中小企业", error.Message);
        }

        await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "only offer");
        Time.Advance(TimeSpan.FromDays(40));
        await Store.Get<BidOpening>().OpenAsync(projectId, agency);
        await Store.Get<ProjectFailure>().RequestMethodChangeAsync(projectId, ProcurementMethod.SingleSource, "仅一家响应", agency);
        var heshan = await Scenario.ActorAsync("440784cz");
        var outside = await Assert.ThrowsAsync<DomainException>(() => Store.Get<ProjectFailure>().DecideMethodChangeAsync(projectId, true, null, heshan));
        Assert.Contains("监管范围", outside.Message);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}

using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Projects;

/// <summary>The other paths: offline regions, late clarifications, barred suppliers, the public notice search, the expert library.</summary>
public sealed class ProjectPathsTests : ProjectScenarioTest
{

    [Fact]
    public async Task Before_the_regions_go_live_bids_are_offline_and_the_agency_records_the_signed_outcome()
    {
        await using (var db = Store.Db())
        {
            await db.ETradingRollouts.Where(r => r.RegionCode == "440700").ExecuteDeleteAsync();
            db.ETradingRollouts.Add(new ETradingRollout("440700", RolloutScope.Region, new DateOnly(2027, 1, 1), "测试：江门市本级尚未上线"));
            await db.SaveChangesAsync();
        }

        var projectId = await Scenario.PreparedProjectAsync();
        var deadline = await Scenario.AnnounceAsync(projectId);
        var supplier = await Scenario.ActorAsync(ProjectScenario.SmallSupplier);
        await Store.Get<BidBox>().RegisterAsync(projectId, supplier);
        var online = await Assert.ThrowsAsync<DomainException>(() => Store.Get<BidBox>().SubmitAsync(projectId, [new LotPrice(1, 100)], [new BidFile("a.pdf", "application/pdf", [1])], supplier));
        Assert.Contains("尚未上线", online.Message);

        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        Time.SetUtcNow(deadline.AddHours(2));
        Assert.Contains("线下", (await Assert.ThrowsAsync<DomainException>(() => Store.Get<BidOpening>().OpenAsync(projectId, agency))).Message);
        await Store.Get<OfflineOutcome>().RecordAsync(projectId,
            [new OfflineRanking(1, ProjectScenario.MicroSupplier, Money.FromYuan(1_400_000m), 1), new OfflineRanking(1, ProjectScenario.SmallSupplier, Money.FromYuan(1_420_000m), 2)],
            [new SignedRecord("开标记录（签字）.pdf", "application/pdf", "%PDF signed"u8.ToArray())], agency);
        await Store.Get<ProjectEvaluation>().ConfirmWinnersAsync(projectId, await Scenario.ActorAsync(ProjectScenario.Reviewer));

        await using var check = Store.Db();
        var project = await check.Projects.SingleAsync(p => p.Id == projectId);
        var result = await check.LotResults.SingleAsync(r => r.ProjectId == projectId);
        Assert.True(project.Offline);
        Assert.Equal(ProjectStatus.Awarded, project.Status);
        Assert.Equal(Money.FromYuan(1_400_000m), result.WinningPrice);
        Assert.Equal(1, await check.Files.CountAsync(f => f.ProjectId == projectId && f.Name.StartsWith("开标记录")));
    }

    [Fact]
    public async Task A_late_clarification_that_changes_the_documents_pushes_the_deadline_and_publishes_a_correction()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        var deadline = await Scenario.AnnounceAsync(projectId);
        var supplier = await Scenario.ActorAsync(ProjectScenario.SmallSupplier);
        await Store.Get<BidBox>().RegisterAsync(projectId, supplier);
        await Store.Get<BidBox>().AskAsync(projectId, "保洁面积是否包含宿舍楼？", supplier);
        await using var db = Store.Db();
        var question = await db.Clarifications.SingleAsync(c => c.ProjectId == projectId);

        Time.SetUtcNow(deadline.AddDays(-2));
        var pushed = await Store.Get<BidBox>().AnswerAsync(question.Id, "包含，面积增加 3,000 平方米。", true, await Scenario.ActorAsync(ProjectScenario.Agency));

        // A consultation needs 5 days between a change and the deadline: two days before, it moves 3 days out.
        Assert.Equal(deadline.AddDays(3), pushed);
        await using var check = Store.Db();
        Assert.Equal(deadline.AddDays(3), (await check.Projects.SingleAsync(p => p.Id == projectId)).CurrentRound.DeadlineUtc);
        var correction = await check.Notices.SingleAsync(n => n.ProjectId == projectId && n.Type == NoticeType.Correction);
        Assert.Contains(correction.Body, b => b.Text.Contains("包含，面积增加"));
    }

    [Fact]
    public async Task A_barred_supplier_is_refused_with_the_period_and_reason()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        await Scenario.AnnounceAsync(projectId);
        await Store.Get<SupplierDebarments>().DebarAsync(ProjectScenario.MicroSupplier, new DateOnly(2026, 6, 1), new DateOnly(2027, 6, 1), "提供虚假材料谋取中标", await Scenario.ActorAsync("440700cz"));

        var error = await Assert.ThrowsAsync<DomainException>(() => Store.Get<BidBox>().RegisterAsync(projectId, Scenario.ActorAsync(ProjectScenario.MicroSupplier).Result));

        Assert.Contains("2026-06-01 至 2027-05-31", error.Message);
        Assert.Contains("提供虚假材料谋取中标", error.Message);
    }

    [Fact]
    public async Task The_public_search_filters_by_type_region_method_date_and_text()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        await Scenario.AnnounceAsync(projectId);
        var notices = Store.Get<NoticeQueries>();

        Assert.Equal(3, (await notices.SearchAsync(new NoticeSearch(NoticeType.Policy))).TotalCount);
        Assert.Equal(2, (await notices.SearchAsync(new NoticeSearch(NoticeType.Policy, RegionCode: "440700"))).TotalCount);
        Assert.Single((await notices.SearchAsync(new NoticeSearch(Method: ProcurementMethod.CompetitiveConsultation, RegionCode: "440700"))).Items);
        Assert.Empty((await notices.SearchAsync(new NoticeSearch(Method: ProcurementMethod.CompetitiveConsultation, RegionCode: "440784"))).Items);
        Assert.Single((await notices.SearchAsync(new NoticeSearch(Text: "校园物业"))).Items);
        Assert.Single((await notices.SearchAsync(new NoticeSearch(From: new DateOnly(2021, 1, 1), To: new DateOnly(2021, 1, 31)))).Items);
    }

    [Fact]
    public async Task The_library_adds_experts_with_links_and_only_keepers_may_change_it()
    {
        var regulator = await Scenario.ActorAsync("440700cz");
        var library = Store.Get<ExpertLibrary>();
        var expert = await library.AddAsync(new ExpertForm("新专家", "440703", "C12; A02", "某大学", "701002"), regulator);
        await library.DeclareAsync(expert.Id, ExpertLinkKind.Shareholding, "91440703ma51k2q8xy", new DateOnly(2024, 1, 1), null, regulator);

        var stored = (await library.ListAsync(regulator)).Single(e => e.Id == expert.Id);
        Assert.Equal(["C12", "A02"], stored.Specialties);
        Assert.Equal("江门市华信电脑科技有限公司", stored.Links!.Single().OrganizationName);
        Assert.True(stored.EmployedByBudgetUnit);
        await Assert.ThrowsAsync<DomainException>(() => library.AddAsync(new ExpertForm("x", "440700", "C", "", null), new Actor("s", null, new HashSet<string> { Roles.Supplier })));
        await Assert.ThrowsAsync<DomainException>(() => library.DeclareAsync(expert.Id, ExpertLinkKind.Employment, "123", new DateOnly(2024, 1, 1), null, regulator));
    }
}

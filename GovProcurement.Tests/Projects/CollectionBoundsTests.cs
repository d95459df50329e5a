using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Projects;

/// <summary>Every collection a user can grow is refused one past its bound, by the use case, with the bound named.</summary>
public sealed class CollectionBoundsTests : ProjectScenarioTest
{
    private static readonly InputLimits Limits = new();

    [Fact]
    public async Task A_plan_with_more_than_the_maximum_items_is_refused_and_keeps_its_saved_content()
    {
        var workflow = Store.Get<PlanWorkflow>();
        var op = await Scenario.ActorAsync(ProjectScenario.Operator);
        var start = Time.TodayInChina().AddDays(40);
        var line = (await Store.Get<BudgetLines>().ForUnitAsync(op.OrganizationId!.Value, start.Year))[0];
        PlanForm Form(int items) => new("边界测试", start, null,
            Enumerable.Range(0, items).Select(_ => new PlanItemDraft("A02010104", "台式计算机", 1, "台", Money.FromYuan(1000m), line.Id)).ToList(),
            ProcurementRoute.EMallSimpleProcurement, null);
        var planId = await workflow.CreateDraftAsync(op);
        var version = await workflow.SaveDraftAsync(planId, 0, Form(Limits.PlanItems), op);

        var error = await Assert.ThrowsAsync<DomainException>(() => workflow.SaveDraftAsync(planId, version, Form(Limits.PlanItems + 1), op));
        var created = await Assert.ThrowsAsync<DomainException>(() => workflow.CreateDraftAsync(op, Form(Limits.PlanItems + 1)));

        Assert.Contains($"品目最多 {Limits.PlanItems} 个", error.Text.Zh);
        Assert.Contains($"At most {Limits.PlanItems} items per plan", error.Text.En);
        Assert.Equal(error.Message, created.Message);
        await using var db = Store.Db();
        Assert.Equal(Limits.PlanItems, await db.Set<PlanItem>().CountAsync(i => EF.Property<Guid>(i, "PlanId") == planId));
    }

    [Fact]
    public async Task Lots_past_the_bound_are_refused()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        var lots = Enumerable.Range(1, Limits.ProjectLots + 1)
            .Select(i => new LotDraft($"第{i}包", "C1204", Money.FromYuan(10_000m), Money.FromYuan(9_000m), "")).ToList();
        var setup = new ProjectSetup(lots, "", false, ScoringMethod.Comprehensive, 3000, 1000, false);
        await using var db = Store.Db();
        var version = (await db.Projects.SingleAsync(p => p.Id == projectId)).Version;

        var error = await Assert.ThrowsAsync<DomainException>(() => Store.Get<ProjectPreparation>().SaveSetupAsync(projectId, version, setup, agency));

        Assert.Contains($"采购包最多 {Limits.ProjectLots} 个", error.Text.Zh);
        Assert.Contains("lots per project", error.Text.En);
    }

    [Fact]
    public async Task Bid_files_past_the_count_or_the_size_bound_are_refused()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        await Scenario.AnnounceAsync(projectId);
        var supplier = await Scenario.ActorAsync(ProjectScenario.SmallSupplier);
        var box = Store.Get<BidBox>();
        await box.RegisterAsync(projectId, supplier);
        LotPrice[] price = [new(1, Money.FromYuan(1_500_000m).Fen)];
        var files = Enumerable.Range(1, Limits.BidFiles + 1).Select(i => new BidFile($"附件{i}.pdf", "application/pdf", [1, 2, 3])).ToList();

        var tooMany = await Assert.ThrowsAsync<DomainException>(() => box.SubmitAsync(projectId, price, files, supplier));
        var tooLarge = await Assert.ThrowsAsync<DomainException>(() =>
            box.SubmitAsync(projectId, price, [new BidFile("大文件.pdf", "application/pdf", new byte[Limits.FileBytes + 1])], supplier));

        Assert.Contains($"附件最多 {Limits.BidFiles} 个", tooMany.Text.Zh);
        Assert.Contains("files per bid", tooMany.Text.En);
        Assert.Contains($"不超过 {InputLimits.Megabytes(Limits.FileBytes)} MB", tooLarge.Text.Zh);
        await using var db = Store.Db();
        Assert.False(await db.Bids.AnyAsync(b => b.ProjectId == projectId));
    }

    [Fact]
    public async Task A_supplier_cannot_ask_more_questions_than_the_bound_in_one_round()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        await Scenario.AnnounceAsync(projectId);
        var supplier = await Scenario.ActorAsync(ProjectScenario.SmallSupplier);
        var box = Store.Get<BidBox>();
        await box.RegisterAsync(projectId, supplier);
        for (var i = 1; i <= Limits.QuestionsPerSupplier; i++)
        {
            await box.AskAsync(projectId, $"问题 {i}", supplier);
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => box.AskAsync(projectId, "再问一个", supplier));

        Assert.Contains($"问题最多 {Limits.QuestionsPerSupplier} 个", error.Text.Zh);
        await using var db = Store.Db();
        Assert.Equal(Limits.QuestionsPerSupplier, await db.Clarifications.CountAsync(c => c.ProjectId == projectId));
    }

    [Fact]
    public async Task An_expert_cannot_declare_more_links_than_the_bound()
    {
        var regulator = await Scenario.ActorAsync("440700cz");
        var library = Store.Get<ExpertLibrary>();
        var expert = await library.AddAsync(new ExpertForm("边界专家", "440703", "C12", "某大学", null), regulator);
        for (var i = 0; i < Limits.ExpertLinks; i++)
        {
            await library.DeclareAsync(expert.Id, ExpertLinkKind.Employment, "91440703MA51K2Q8XY", new DateOnly(2020, 1, 1).AddDays(i), null, regulator);
        }

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            library.DeclareAsync(expert.Id, ExpertLinkKind.Shareholding, "91440703MA51K2Q8XY", new DateOnly(2024, 1, 1), null, regulator));

        Assert.Contains($"关联关系最多 {Limits.ExpertLinks} 个", error.Text.Zh);
        Assert.Contains("declared links per expert", error.Text.En);
    }
}

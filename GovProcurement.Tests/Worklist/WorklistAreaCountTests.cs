using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.SupplierLibrary;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Contracts;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using GovProcurement.Tests.SupplierLibrary;

namespace GovProcurement.Tests.Worklists;

/// <summary>
/// Sixty waiting items of each source outside the e-mall's competitions count sixty in the navigation while
/// the list shows its cap: supplier applications, listings in review, draft intentions, entrusted projects,
/// inquiries and contracts sent to the supplier; and the counts never load the rows.
/// </summary>
public sealed class WorklistAreaCountTests : WorklistSourceCounts
{
    [Fact]
    public async Task Sixty_supplier_applications_count_sixty_for_the_administrator()
    {
        var enrolment = Store.Get<SupplierEnrolment>();
        await AssertCountedWholeAsync(MallScenario.PlatformAdmin, WorkKind.ReviewSupplierApplication, "SupplierApplications", async () =>
        {
            for (var i = 0; i < Waiting; i++)
            {
                await enrolment.SubmitAsync(SupplierLibraryTests.WithCheck($"91440703MA52R7{i:D2}K"), SupplierLibraryTests.Details(name: $"江门市蓬江区启航文具{i:D2}有限公司"),
                    SupplierLibraryTests.Password, SupplierLibraryTests.Licence);
            }
        });
    }

    [Fact]
    public async Task Sixty_listings_in_review_count_sixty_for_the_reviewer()
    {
        var desk = Store.Get<ListingDesk>();
        var supplier = await Scenario.ActorAsync(ProjectScenario.SmallSupplier);
        await AssertCountedWholeAsync(MallScenario.PlatformAdmin, WorkKind.ReviewListing, "Listings", async () =>
        {
            for (var i = 0; i < Waiting; i++)
            {
                var id = await desk.CreateAsync(ListingScenario.Form(name: $"台式电脑{i:D2}", model: $"启天M{400 + i}"), supplier);
                await desk.SubmitAsync(id, supplier);
            }
        });
    }

    [Fact]
    public async Task Sixty_draft_intentions_count_sixty_for_the_units_reviewer_and_none_for_its_operator()
    {
        var parties = new PlanParties(Store.Services);
        var op = await parties.ActorAsync(PlanParty.OwnOperator);
        var intentions = Store.Get<Intentions>();
        await AssertCountedWholeAsync(await parties.ActorAsync(PlanParty.OwnReviewer), WorkKind.PublishIntention, "Intentions", async () =>
        {
            for (var i = 0; i < Waiting; i++)
            {
                await intentions.DraftAsync(new IntentionForm($"教研室电脑采购意向{i:D2}", "台式计算机 20 台", Money.FromYuan(100_000m), new DateOnly(2027, 3, 1), true, null), op);
            }
        });

        Assert.Equal(0, (await CountAsync(op, WorkKind.PublishIntention)).Count);
    }

    [Fact]
    public async Task Sixty_entrusted_projects_count_sixty_for_the_agency_and_none_for_the_purchaser()
    {
        var stages = new ProjectStages(Store, Scenario, Time);
        await AssertCountedWholeAsync(await stages.ActorAsync(Relation.EntrustedAgency), WorkKind.AcceptEntrustment, "Projects", async () =>
        {
            var purchaser = await Scenario.ActorAsync(ProjectScenario.Operator);
            var entrustment = Store.Get<ProjectEntrustment>();
            for (var i = 0; i < Waiting; i++)
            {
                // Small plans, so that sixty fit the unit's budget line.
                var planId = await Scenario.FilePlanAsync(purchaser, await Scenario.ActorAsync(ProjectScenario.Reviewer), await Scenario.ActorAsync(ProjectScenario.Regulator),
                    $"{ProjectScenario.Title}{i:D2}", "C1204", "物业管理服务", 20_000m, ProcurementRoute.EntrustCentralizedAgency, ProcurementMethod.CompetitiveConsultation);
                var choice = (await entrustment.ChoicesAsync(planId, purchaser)).Single();
                await entrustment.EntrustAsync(planId, choice.Id, purchaser);
            }
        });

        Assert.Equal(0, (await CountAsync(await stages.ActorAsync(Relation.OwnPurchaser), WorkKind.AcceptEntrustment)).Count);
        Assert.Equal(0, (await CountAsync(await stages.ActorAsync(Relation.OtherAgency), WorkKind.AcceptEntrustment)).Count);
    }

    [Fact]
    public async Task Sixty_inquiries_count_sixty_for_the_agency_and_the_purchasers_operator_and_none_for_its_reviewer_or_another_agency()
    {
        var stages = new ProjectStages(Store, Scenario, Time);
        var agency = await stages.ActorAsync(Relation.EntrustedAgency);
        var purchaser = await Scenario.ActorAsync(ProjectScenario.Operator);
        var supplier = await stages.ActorAsync(Relation.RegisteredSupplier);
        var parties = new ChallengeParties(await Scenario.PreparedProjectAsync(), "JM-2026-099", ProjectScenario.Title, 1, "440700", purchaser.OrganizationId!.Value, agency.OrganizationId!.Value,
            supplier.OrganizationId!.Value, "江门市小微供应商");
        var purchaserBefore = (await CountAsync(purchaser, WorkKind.AnswerInquiry)).Count;
        await AssertCountedWholeAsync(agency, WorkKind.AnswerInquiry, "Inquiries", async () =>
        {
            await using var db = Store.Db();
            for (var i = 0; i < Waiting; i++)
            {
                db.Inquiries.Add(new Inquiry(parties, ChallengeSubject.Documents, $"第{i + 1}个问题：服务期是否含寒暑假？", "supplier", Time.UtcNow()));
            }

            await db.SaveChangesAsync();
        });

        Assert.Equal(purchaserBefore + Waiting, (await CountAsync(purchaser, WorkKind.AnswerInquiry)).Count);
        Assert.Equal(0, (await CountAsync(await stages.ActorAsync(Relation.OwnPurchaser), WorkKind.AnswerInquiry)).Count); // the unit's reviewer does not answer
        Assert.Equal(0, (await CountAsync(await stages.ActorAsync(Relation.OtherAgency), WorkKind.AnswerInquiry)).Count);
    }

    [Fact]
    public async Task Sixty_contracts_sent_to_the_supplier_count_sixty_and_one_whose_signing_is_held_is_neither_counted_nor_listed()
    {
        var stages = new ProjectStages(Store, Scenario, Time);
        var purchaser = await stages.ActorAsync(Relation.OwnPurchaser);
        var supplier = await stages.ActorAsync(Relation.RegisteredSupplier);
        var awarded = new DateOnly(2026, 9, 1);
        GovContract Sent(Guid projectId)
        {
            var origin = ContractScenario.Origin(awarded) with { ProjectId = projectId, PurchaserId = purchaser.OrganizationId!.Value, SupplierId = supplier.OrganizationId!.Value };
            var contract = GovContract.Draft(origin, ContractScenario.Draft(), ContractScenario.Terms(awarded), "operator", ContractScenario.At(awarded));
            contract.Send();
            return contract;
        }

        await AssertCountedWholeAsync(supplier, WorkKind.ConfirmContract, "Contracts", async () =>
        {
            await using var db = Store.Db();
            var project = await Scenario.PreparedProjectAsync();
            db.Contracts.AddRange(Enumerable.Range(0, Waiting).Select(_ => Sent(project)));
            await db.SaveChangesAsync();
        });

        var before = (await CountAsync(supplier, WorkKind.ConfirmContract)).Count;
        var held = await Scenario.PreparedProjectAsync();
        var heldContract = Sent(held);
        await using (var db = Store.Db())
        {
            db.Contracts.Add(heldContract);
            var parties = new ChallengeParties(held, "JM-2026-098", ProjectScenario.Title, 1, "440700", purchaser.OrganizationId!.Value,
                (await stages.ActorAsync(Relation.EntrustedAgency)).OrganizationId!.Value, supplier.OrganizationId!.Value, "江门市小微供应商");
            db.Challenges.Add(ChallengeOn(parties));
            await db.SaveChangesAsync();
        }

        Assert.Equal(before, (await CountAsync(supplier, WorkKind.ConfirmContract)).Count);
        Assert.DoesNotContain(await List.ForAsync(supplier), i => i.Kind == WorkKind.ConfirmContract && i.Href == $"/contracts/{heldContract.Id}");
    }

    /// <summary>A challenge awaiting its answer: it holds the signing of its project's contracts.</summary>
    private Challenge ChallengeOn(ChallengeParties parties) => new(parties, ChallengeSubject.Result, "中标结果有误，请复核评审。", Time.TodayInChina(), "supplier", Time.UtcNow());
}

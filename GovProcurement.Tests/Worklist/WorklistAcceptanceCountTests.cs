using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Acceptance;
using GovProcurement.Tests.Contracts;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Worklists;

/// <summary>
/// Sixty signed contracts with nothing delivered count sixty deliveries to record for the purchaser's operator, and
/// sixty concluded acceptance records count sixty confirmations for the supplier, while the list shows its cap; the
/// counts never load the rows.
/// </summary>
public sealed class WorklistAcceptanceCountTests : WorklistSourceCounts
{
    private static readonly DateOnly Awarded = new(2026, 9, 1);

    private static readonly DateOnly SignedOn = new(2026, 9, 10);

    private async Task<(Actor Purchaser, Actor Supplier, Guid Project)> PartiesAsync()
    {
        var stages = new ProjectStages(Store, Scenario, Time);
        return (await Scenario.ActorAsync(ProjectScenario.Operator), await stages.ActorAsync(Relation.RegisteredSupplier), await Scenario.PreparedProjectAsync());
    }

    private static GovContract Signed(Guid projectId, Guid purchaser, Guid supplier)
    {
        var origin = ContractScenario.Origin(Awarded) with { ProjectId = projectId, PurchaserId = purchaser, SupplierId = supplier };
        var contract = GovContract.Draft(origin, ContractScenario.Draft(), ContractScenario.Terms(Awarded), "operator", ContractScenario.At(Awarded));
        contract.Send();
        contract.Confirm(ContractParty.Purchaser, "operator", ContractScenario.At(SignedOn));
        contract.Confirm(ContractParty.Supplier, "supplier", ContractScenario.At(SignedOn));
        return contract;
    }

    [Fact]
    public async Task Sixty_signed_contracts_count_sixty_deliveries_to_record_for_the_purchasers_operator()
    {
        // The purchaser's payment to-dos (computed from several records) read its signed contracts themselves, with more
        // commands as more are signed, so only the one counting command is held here: it counts the sixty whole, the list shows its cap.
        var (purchaser, supplier, project) = await PartiesAsync();
        var before = await CountAsync(purchaser, WorkKind.RecordDelivery);
        await using (var db = Store.Db())
        {
            db.Contracts.AddRange(Enumerable.Range(0, Waiting).Select(_ => Signed(project, purchaser.OrganizationId!.Value, supplier.OrganizationId!.Value)));
            await db.SaveChangesAsync();
        }

        var after = await CountAsync(purchaser, WorkKind.RecordDelivery);
        Assert.Equal(before.Count + Waiting, after.Count);
        Assert.Equal(Worklist.CandidatesPerSource, (await List.ForAsync(purchaser)).Count(i => i.Kind == WorkKind.RecordDelivery));
        Assert.Single(after.Commands, c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, (await CountAsync(supplier, WorkKind.RecordDelivery)).Count);
    }

    [Fact]
    public async Task Sixty_concluded_records_count_sixty_confirmations_for_the_supplier_and_none_once_it_confirmed()
    {
        var (purchaser, supplier, project) = await PartiesAsync();
        ContractAcceptance? last = null;
        await AssertCountedWholeAsync(supplier, WorkKind.ConfirmAcceptance, "Acceptances", async () =>
        {
            await using var db = Store.Db();
            foreach (var _ in Enumerable.Range(0, Waiting))
            {
                var contract = Signed(project, purchaser.OrganizationId!.Value, supplier.OrganizationId!.Value);
                db.Contracts.Add(contract);
                last = AcceptanceScenario.Concluded(contract);
                db.Acceptances.Add(last);
            }

            await db.SaveChangesAsync();
        });

        var before = (await CountAsync(supplier, WorkKind.ConfirmAcceptance)).Count;
        await Store.Get<ContractAcceptances>().ConfirmAsync(last!.ContractId, ContractParty.Supplier, supplier);
        Assert.Equal(before - 1, (await CountAsync(supplier, WorkKind.ConfirmAcceptance)).Count);
        Assert.DoesNotContain(await List.ForAsync(supplier), i => i.Href == $"/contracts/{last.ContractId}/acceptance");
    }
}

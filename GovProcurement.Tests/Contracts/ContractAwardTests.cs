using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Contracts;

/// <summary>A contract from a project's award, over the store: drafted once per winner within the award, announced as the project's one contract announcement (the only way it is published).</summary>
public sealed class ContractAwardTests : ProjectScenarioTest
{
    private GovContracts Contracts => Store.Get<GovContracts>();

    private static ContractDraft Draft(Money unitPrice) => new(new BankAccount("中国工商银行江门分行", "2012000012345678"), new BankAccount("中国建设银行江门分行", "44050000567800"),
        [new ContractItem("物业管理服务", "项", 1, unitPrice)], new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), "江门市第一中学",
        [new ContractInstalment(5_000, PaymentCondition.OnDelivery), new ContractInstalment(5_000, PaymentCondition.OnAcceptance)], 30, false, Sme: true, Financing: false);

    [Fact]
    public async Task The_winner_contract_is_drafted_once_within_the_award_signed_and_announced_as_the_projects_contract()
    {
        var stages = new ProjectStages(Store, Scenario, Time);
        var projectId = await stages.ReachAsync(Stage.ResultPublished);
        var purchaser = await Scenario.ActorAsync(ProjectScenario.Operator);
        var agency = await stages.ActorAsync(Relation.EntrustedAgency);

        var opening = Assert.Single(await Contracts.OpeningsForProjectAsync(projectId, purchaser));
        Assert.Null(opening.WhyNot);
        Assert.Equal(RefusalGround.Role, Assert.Single(await Contracts.OpeningsForProjectAsync(projectId, agency)).WhyNot!.Ground);
        var worklist = Store.Get<Worklist>();
        Assert.Contains(await worklist.ForAsync(purchaser), i => i.Kind == WorkKind.PublishContract && i.Href == $"/projects/{projectId}");
        Assert.False((await Store.Get<ProjectQueries>().OfferAsync(projectId, purchaser)).Steps.Allows(ProjectAction.ContractPublished));
        var ceiling = opening.Origin.Ceiling;
        var supplierId = opening.Origin.SupplierId;

        await Assert.ThrowsAsync<DomainException>(() => Contracts.DraftAsync(opening.Subject, Draft(ceiling + new Money(1)), purchaser));
        var contract = await Contracts.DraftAsync(opening.Subject, Draft(ceiling), purchaser);
        Assert.StartsWith(ContractTemplates.For(Assert.IsType<ProcurementCategory>(contract.Kind)).Title.Zh, ContractText.Of(contract), StringComparison.Ordinal);
        Assert.False(Assert.Single(await Contracts.OpeningsForProjectAsync(projectId, purchaser)).IsAvailable);
        await Assert.ThrowsAsync<DomainException>(() => Contracts.DraftAsync(opening.Subject, Draft(ceiling), purchaser));

        Assert.Null(await Contracts.VerifyAsync(contract.Number, contract.Digest));
        await Contracts.SendAsync(contract.Id, purchaser);
        await Contracts.ConfirmAsync(contract.Id, ContractParty.Purchaser, purchaser);
        var supplier = await Scenario.ActorAsync(await SupplierAccountAsync(supplierId));
        Assert.Contains(await worklist.ForAsync(supplier), i => i.Kind == WorkKind.ConfirmContract && i.Href == $"/contracts/{contract.Id}");
        await Contracts.ConfirmAsync(contract.Id, ContractParty.Supplier, supplier);
        Assert.DoesNotContain(await worklist.ForAsync(supplier), i => i.Kind == WorkKind.ConfirmContract);
        var signed = (await Contracts.GetAsync(contract.Id, purchaser))!.Contract;
        Assert.True((await Contracts.VerifyAsync(signed.Number, signed.Digest.ToUpperInvariant()))!.Matches);
        Assert.False((await Contracts.VerifyAsync(signed.Number, "0000"))!.Matches);
        Assert.Null(await Contracts.VerifyAsync("HT-UNKNOWN", signed.Digest));
        await Contracts.PublishAsync(contract.Id, purchaser);
        var regulator = await Scenario.ActorAsync(ProjectScenario.Regulator);
        Assert.Contains(await worklist.ForAsync(regulator), i => i.Kind == WorkKind.FileContract && i.Href == $"/contracts/{contract.Id}");

        var view = (await Contracts.GetAsync(contract.Id, purchaser))!;
        Assert.Equal(ContractStatus.Published, view.Contract.Status);
        await using var db = Store.Db();
        var notice = await db.Notices.SingleAsync(n => n.Id == view.Contract.NoticeId);
        Assert.Equal(NoticeType.Contract, notice.Type);
        var project = await db.Projects.Include(p => p.Events).SingleAsync(p => p.Id == projectId);
        Assert.Contains(project.Events, e => e.Action == ProjectAction.ContractPublished && e.Note!.Contains(contract.Number, StringComparison.Ordinal));
        Assert.Equal(1, await db.Notices.CountAsync(n => n.ProjectId == projectId && n.Type == NoticeType.Contract));
        Assert.DoesNotContain(await worklist.ForAsync(purchaser), i => i.Kind == WorkKind.PublishContract && i.Href == $"/projects/{projectId}");
        var opened = Assert.Single(await Contracts.OpeningsForProjectAsync(projectId, agency));
        Assert.Equal($"/contracts/{contract.Id}", opened.Contract!.Href);
        Assert.Equal(ContractStatus.Published, opened.Contract.Status);
        var outsider = await stages.ActorAsync(Relation.UnregisteredSupplier);
        Assert.Null(Assert.Single(await Contracts.OpeningsForProjectAsync(projectId, outsider)).Contract);

        await Contracts.FileAsync(contract.Id, regulator);
        Assert.DoesNotContain(await worklist.ForAsync(regulator), i => i.Kind == WorkKind.FileContract);
    }

    private async Task<string> SupplierAccountAsync(Guid supplierId)
    {
        await using var db = Store.Db();
        return await db.Users.Where(u => u.OrganizationId == supplierId).Select(u => u.UserName!).FirstAsync();
    }
}

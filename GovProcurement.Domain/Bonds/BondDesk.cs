using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Bonds;

/// <summary>Which bond a step is on: a stored one, or a registered supplier's bid bond not yet paid (by its requirement).</summary>
public sealed record BondKey(Guid? BondId, Guid? RequirementId);

/// <summary>A bond as a person sees it: the record, the steps the actor may take, and the refund deadline with its rule.</summary>
public sealed record BondView(Bond Bond, BondKey Key, ActionSet<BondAction> Steps, BondRefundDue? RefundDue, bool RefundOverdue);

/// <summary>A project's or lot's bid bond as stated, with the budget and the cap it was checked against.</summary>
public sealed record BidBondLine(Guid? RequirementId, int LotNumber, string Name, Money Budget, Money Cap, Money? Amount);

/// <summary>The bid bonds of a project as the actor sees them: what may be stated, the bid bond lines, and the bonds.</summary>
public sealed record ProjectBonds(Guid ProjectId, ActionSet<BondDemandAction> Demand, IReadOnlyList<BidBondLine> Lines, IReadOnlyList<BondView> Bonds, string CapCitation);

/// <summary>
/// The performance bond of one contract (from an award or an e-mall order) as the actor sees it: the bond the contract
/// states (its share of the contract amount, within the cap), whether the actor may require it now, the bond once
/// required, and the rules behind them.
/// </summary>
public sealed record ContractBonds(Guid ContractId, string Number, Money ContractAmount, int StatedShare, Money Stated, Money Cap, ActionSet<BondDemandAction> Demand,
    BondView? Bond, string CapCitation, string RefundCitation)
{
    /// <summary>Whether there is anything to show: the bond is required, or the actor may require it now.</summary>
    public bool HasContent => Bond is not null || Demand.Allows(BondDemandAction.RequirePerformanceBond);
}

/// <summary>
/// The use cases of bonds: the purchaser or agency states a project's bid bond (before the announcement, within the
/// cap), the purchaser requires a signed contract's performance bond (within the cap; a contract from an award or from an
/// e-mall order alike), the supplier records paying its own, the purchaser or agency confirms receipt and refunds. Each step requires <see cref="BondSteps"/> and is audited
/// in the same save.
/// </summary>
public sealed class BondDesk(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, AuditLog audit, TimeProvider time)
{
    public async Task<BidBondRequirement> StateBidBondAsync(Guid projectId, int lotNumber, Money amount, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadAsync(db, projectId, ct);
        BondSteps.ForProject(project, await ActorStanding.LoadAsync(db, actor, ct)).Require(BondDemandAction.StateBidBond);
        var budget = BudgetOf(project, lotNumber);
        var now = time.UtcNow();
        if (BondRules.BidBondRefusal(budget, amount, await TermsAsync(project.RegionCode, BeijingTime.Day(now), ct)) is { } refusal)
        {
            throw refusal.ToException();
        }

        var requirement = await db.BidBondRequirements.FirstOrDefaultAsync(r => r.ProjectId == projectId && r.LotNumber == lotNumber, ct);
        if (requirement is null)
        {
            requirement = new BidBondRequirement(projectId, lotNumber, budget, amount, actor.UserName, now);
            db.BidBondRequirements.Add(requirement);
        }
        else
        {
            requirement.Restate(budget, amount, actor.UserName, now);
        }

        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.BidBondStated, actor.UserName, project.Number, $"{LotName(project, lotNumber)} {amount}（预算 {budget}）")], ct);
        return requirement;
    }

    /// <summary>The purchaser requires the performance bond the signed contract states: its share of the contract amount.</summary>
    public async Task<Bond> RequirePerformanceBondAsync(Guid contractId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var contract = await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId, ct) ?? throw new DomainException("合同不存在。", "The contract does not exist.");
        var exists = await db.Bonds.AnyAsync(b => b.ContractId == contractId, ct);
        BondSteps.ForContract(contract, await ActorStanding.LoadAsync(db, actor, ct), exists).Require(BondDemandAction.RequirePerformanceBond);
        var now = time.UtcNow();
        var agency = await AgencyOfAsync(db, contract, ct);
        var parties = new BondParties(contract.ProjectId, 0, null, contract.Id, contract.Number, contract.Title, contract.RegionCode,
            contract.PurchaserId, agency, contract.SupplierId, contract.SupplierName, contract.Amount);
        var amount = contract.PerformanceBond;
        var bond = Bond.ForPerformance(parties, amount, await TermsAsync(contract.RegionCode, BeijingTime.Day(now), ct), actor.UserName, now);
        db.Bonds.Add(bond);
        await audit.SaveWithAsync(db, [Record(AuditEventType.PerformanceBondRequired, actor, bond, $"{contract.Number} {amount}（合同金额 {contract.Amount}）")], ct);
        return bond;
    }

    /// <summary>The supplier records paying its bond; a bid bond is stored on its first payment.</summary>
    public async Task<Bond> RecordPaymentAsync(BondKey key, BondPayment payment, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(payment);
        await using var db = await store.CreateDbContextAsync(ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var now = time.UtcNow();
        Bond bond;
        Refusal? closed = null;
        if (key.BondId is { } id)
        {
            bond = await LoadAsync(db, id, ct);
            if (bond.Kind == BondKind.Bid)
            {
                closed = await PaymentClosedAsync(db, await ProjectAccess.LoadAsync(db, bond.ProjectId!.Value, ct), bond.SupplierId, now, ct);
            }
        }
        else
        {
            var requirement = await db.BidBondRequirements.AsNoTracking().FirstOrDefaultAsync(r => r.Id == key.RequirementId, ct)
                ?? throw new DomainException("该项目未要求此投标保证金。", "The project requires no such bid bond.");
            var supplier = actor.RequireOrganization();
            bond = await db.Bonds.FirstOrDefaultAsync(b => b.RequirementId == requirement.Id && b.SupplierId == supplier, ct)
                ?? db.Bonds.Add(await NewBidBondAsync(db, requirement, supplier, now, ct)).Entity;
            closed = await PaymentClosedAsync(db, await ProjectAccess.LoadAsync(db, requirement.ProjectId, ct), supplier, now, ct);
        }

        BondSteps.For(bond, standing, closed).Require(BondAction.RecordPayment);
        bond.Pay(payment, actor.UserName, now);
        await audit.SaveWithAsync(db, [Record(AuditEventType.BondPaid, actor, bond, $"{BondTexts.Form(payment.Form).Zh} {payment.Amount} {payment.PaidOn:yyyy-MM-dd} {bond.PaymentReference}")], ct);
        return bond;
    }

    public Task ConfirmReceiptAsync(Guid bondId, Actor actor, CancellationToken ct = default) =>
        StepAsync(bondId, actor, BondAction.ConfirmReceipt, (b, now) =>
        {
            b.Receive(actor.UserName, now);
            return Record(AuditEventType.BondReceived, actor, b, $"{b.SupplierName} {b.Amount}");
        }, ct);

    public Task RefundAsync(Guid bondId, string reference, Actor actor, CancellationToken ct = default) =>
        StepAsync(bondId, actor, BondAction.Refund, (b, now) =>
        {
            b.Refund(reference, actor.UserName, now);
            return Record(AuditEventType.BondRefunded, actor, b, $"{b.SupplierName} {b.Amount} {b.RefundReference}");
        }, ct);

    /// <summary>The project's bonds as the actor sees them, or null when the actor may not see the project.</summary>
    public async Task<ProjectBonds?> ForProjectAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await db.Projects.AsNoTracking().Include(p => p.Lots).FirstOrDefaultAsync(p => p.Id == projectId, ct);
        var relation = project is null ? ProjectRole.None : await ProjectAccess.RelationAsync(db, project, actor, ct);
        if (project is null || relation == ProjectRole.None)
        {
            return null;
        }

        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var now = time.UtcNow();
        var set = await rules.CurrentAsync(ct);
        var terms = BondRules.On(set, project.RegionCode, BeijingTime.Day(now));
        var requirements = await db.BidBondRequirements.AsNoTracking().Where(r => r.ProjectId == projectId).ToListAsync(ct);
        var supplierOnly = relation == ProjectRole.Supplier;
        var org = actor.OrganizationId;
        var stored = await db.Bonds.AsNoTracking().Where(b => b.ProjectId == projectId && b.Kind == BondKind.Bid && (!supplierOnly || b.SupplierId == org))
            .OrderBy(b => b.RequiredUtc).ToListAsync(ct);
        var bonds = new List<Bond>(stored);
        var unpaid = new HashSet<Guid>();
        Refusal? closed = null;
        if (supplierOnly && org is { } supplier)
        {
            closed = await PaymentClosedAsync(db, project, supplier, now, ct);
            var registered = await db.SupplierRegistrations.AsNoTracking().OfCurrentRound(project).AnyAsync(r => r.SupplierId == supplier, ct);
            foreach (var requirement in requirements.Where(r => registered && stored.All(b => b.RequirementId != r.Id)))
            {
                var bond = await NewBidBondAsync(db, requirement, supplier, now, ct);
                bonds.Add(bond);
                unpaid.Add(bond.Id);
            }
        }
        else
        {
            // The purchaser, the agency and the finance department also see who has registered and not paid yet: each such
            // bond as the supplier would be asked for it, not stored, so that no step of theirs can act on it.
            var registered = await db.SupplierRegistrations.AsNoTracking().OfCurrentRound(project).Select(r => r.SupplierId).ToListAsync(ct);
            var names = await db.Organizations.AsNoTracking().Where(o => registered.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            foreach (var requirement in requirements)
            {
                foreach (var bidder in registered.Where(s => !stored.Any(b => b.RequirementId == requirement.Id && b.SupplierId == s)))
                {
                    bonds.Add(NewBidBond(requirement, project, bidder, names.GetValueOrDefault(bidder, ""), now));
                }
            }
        }

        var views = await ViewsAsync(db, bonds, standing, set, b => b.Kind == BondKind.Bid ? closed : null, unpaid, time.TodayInChina(), ct);
        var lines = Enumerable.Range(0, project.Lots.Count + 1).Where(n => n == 0 || project.Lots.Count > 1).Select(n =>
        {
            var requirement = requirements.FirstOrDefault(r => r.LotNumber == n);
            var budget = requirement?.Budget ?? BudgetOf(project, n);
            return new BidBondLine(requirement?.Id, n, LotName(project, n), budget, BondRules.Cap(budget, terms.BidBondMaxShare), requirement?.Amount);
        }).ToList();
        return new ProjectBonds(projectId, BondSteps.ForProject(project, standing), lines, views, terms.BidBondMaxShare.Citation);
    }

    /// <summary>
    /// The contract's performance bond as the actor sees it, or null when the actor may not see the contract: its
    /// purchaser, its supplier, the project's entrusted agency, or a regulator whose jurisdiction holds its region.
    /// </summary>
    public async Task<ContractBonds?> ForContractAsync(Guid contractId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var contract = await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null)
        {
            return null;
        }

        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var agency = await AgencyOfAsync(db, contract, ct);
        var jurisdiction = standing.Kind == OrganizationKind.Regulator && standing.IsIn(Roles.Regulator)
            ? (await Jurisdiction.OfAsync(db, actor, ct)).RegionCodes : (IReadOnlyCollection<string>)[];
        var sees = standing.Belongs(contract.PurchaserId) || standing.Belongs(contract.SupplierId) || (agency is { } a && standing.Belongs(a))
            || jurisdiction.Contains(contract.RegionCode);
        if (!sees)
        {
            return null;
        }

        var set = await rules.CurrentAsync(ct);
        var bond = await db.Bonds.AsNoTracking().FirstOrDefaultAsync(b => b.ContractId == contractId && b.Kind == BondKind.Performance, ct);
        var terms = bond is null ? BondRules.On(set, contract.RegionCode, time.TodayInChina()) : TermsOf(set, bond);
        var view = bond is null ? null : (await ViewsAsync(db, [bond], standing, set, _ => null, new HashSet<Guid>(), time.TodayInChina(), ct))[0];
        return new ContractBonds(contract.Id, contract.Number, contract.Amount, contract.PerformanceBondShare, contract.PerformanceBond,
            BondRules.Cap(contract.Amount, terms.PerformanceBondMaxShare),
            BondSteps.ForContract(contract, standing, bond is not null), view, terms.PerformanceBondMaxShare.Citation, terms.PerformanceBondRefundWorkingDays.Citation);
    }

    /// <summary>The bonds with their steps and refund deadlines, the facts read once for all.</summary>
    internal static async Task<IReadOnlyList<BondView>> ViewsAsync(GovProcurementDbContext db, IReadOnlyList<Bond> bonds, ActorStanding standing, RuleSet set,
        Func<Bond, Refusal?> paymentClosed, IReadOnlySet<Guid> unsaved, DateOnly today, CancellationToken ct)
    {
        var facts = await BondDeadlines.FactsAsync(db, bonds, ct);
        return bonds.Select(b =>
        {
            var due = BondDeadlines.RefundDue(b, facts.GetValueOrDefault(b.Id, BondFacts.None), TermsOf(set, b), WorkingDayCalendar.China);
            var key = unsaved.Contains(b.Id) ? new BondKey(null, b.RequirementId) : new BondKey(b.Id, null);
            return new BondView(b, key, BondSteps.For(b, standing, paymentClosed(b)), due, due?.IsOverdue(b, today) ?? false);
        }).ToList();
    }

    internal static BondTerms TermsOf(RuleSet set, Bond bond) => BondRules.On(set, bond.RegionCode, BeijingTime.Day(bond.RequiredUtc));

    private async Task<BondTerms> TermsAsync(string regionCode, DateOnly day, CancellationToken ct) => BondRules.On(await rules.CurrentAsync(ct), regionCode, day);

    /// <summary>Why a supplier may not record paying a bid bond of the project now, or null: registered for the current round, before the bid deadline.</summary>
    private static async Task<Refusal?> PaymentClosedAsync(GovProcurementDbContext db, ProcurementProject project, Guid supplierId, DateTime nowUtc, CancellationToken ct)
    {
        if (!await db.SupplierRegistrations.AsNoTracking().OfCurrentRound(project).AnyAsync(r => r.SupplierId == supplierId, ct))
        {
            return new Refusal("报名参加本项目后才能缴纳投标保证金。", "Register for the project before paying its bid bond.");
        }

        return project.Status == ProjectStatus.Active && !project.DeadlinePassed(nowUtc) ? null
            : new Refusal("投标保证金应在投标截止时间前缴纳。", "The bid bond is paid before the bid deadline.", "财政部令第87号《政府采购货物和服务招标投标管理办法》第三十八条");
    }

    private static async Task<Bond> NewBidBondAsync(GovProcurementDbContext db, BidBondRequirement requirement, Guid supplierId, DateTime nowUtc, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.Lots).FirstAsync(p => p.Id == requirement.ProjectId, ct);
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == supplierId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        return NewBidBond(requirement, project, supplierId, name, nowUtc);
    }

    private static Bond NewBidBond(BidBondRequirement requirement, ProcurementProject project, Guid supplierId, string supplierName, DateTime nowUtc) =>
        Bond.ForBid(requirement, new BondParties(project.Id, requirement.LotNumber, requirement.Id, null, project.Number, project.Title, project.RegionCode,
            project.PurchaserId, project.AgencyId, supplierId, supplierName, requirement.Budget), requirement.StatedBy, nowUtc);

    /// <summary>The entrusted agency of the contract's project; null for a contract from an e-mall order.</summary>
    private static async Task<Guid?> AgencyOfAsync(GovProcurementDbContext db, GovContract contract, CancellationToken ct) =>
        contract.ProjectId is { } project ? await db.Projects.AsNoTracking().Where(p => p.Id == project).Select(p => (Guid?)p.AgencyId).FirstOrDefaultAsync(ct) : null;

    private static Money BudgetOf(ProcurementProject project, int lotNumber) => lotNumber == 0 ? project.Budget
        : project.Lots.FirstOrDefault(l => l.Number == lotNumber)?.Budget ?? throw new DomainException("采购包不存在。", "The lot does not exist.");

    private static string LotName(ProcurementProject project, int lotNumber) => lotNumber == 0 ? "整个项目" : $"第 {lotNumber} 包 {project.Lots.FirstOrDefault(l => l.Number == lotNumber)?.Name}";

    private async Task StepAsync(Guid id, Actor actor, BondAction action, Func<Bond, DateTime, AuditRecord> take, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var bond = await LoadAsync(db, id, ct);
        BondSteps.For(bond, await ActorStanding.LoadAsync(db, actor, ct)).Require(action);
        var record = take(bond, time.UtcNow());
        await audit.SaveWithAsync(db, [record], ct);
    }

    private static async Task<Bond> LoadAsync(GovProcurementDbContext db, Guid id, CancellationToken ct) =>
        await db.Bonds.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new DomainException("保证金记录不存在。", "The bond does not exist.");

    private static AuditRecord Record(AuditEventType type, Actor actor, Bond bond, string detail) => new(type, actor.UserName, bond.Number, detail);
}

using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Contracts;

/// <summary>
/// A contract as a person sees it: the record, the steps the actor may take, the deadlines with their rules, its add-ons (补充合同), oldest first,
/// and, while it is unsigned, why signing is suspended (a running suspension of the procurement, a pending challenge or complaint, <see cref="Complaints.SigningHolds"/>) so that every reader is told.
/// </summary>
public sealed record ContractView(GovContract Contract, ActionSet<ContractAction> Steps, IReadOnlyList<ContractDeadline> Deadlines, IReadOnlyList<GovContract> AddOns,
    Refusal? SigningHold = null);

/// <summary>An add-on that may be drafted from a signed contract: the original, the cap of all its add-ons, what they add up to so far, and why not now.</summary>
public sealed record AddOnOpening(GovContract Parent, ContractTerms Terms, Money Cap, Money Earlier, Refusal? WhyNot)
{
    public Money Remaining => Cap - Earlier < Money.Zero ? Money.Zero : Cap - Earlier;
}

/// <summary>What anyone holding a contract's PDF may check: the signed contract under that number and whether the printed digest is its text's.</summary>
public sealed record ContractVerification(string Number, string PurchaserName, string SupplierName, Money Amount, DateOnly SignedOn, ContractStatus Status, string Digest, bool Matches);

/// <summary>Whose contracts a list shows.</summary>
public enum ContractScope
{
    Purchaser = 1,
    Supplier = 2,
    Regulator = 3,
}

/// <summary>
/// The use cases of the contract: drafting from an award or a confirmed order (within its ceiling, once
/// each), revising, sending, each party's confirmation, the announcement, and the regulator's filing or
/// return. Each step requires <see cref="ContractSteps"/> and is audited in the same save.
/// </summary>
public sealed class GovContracts(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, AuditLog audit, TimeProvider time)
{
    public const int ListMax = 200;

    public async Task<IReadOnlyList<ContractOpening>> OpeningsForProjectAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await ContractOrigins.ForProjectAsync(db, projectId, await ActorStanding.LoadAsync(db, actor, ct), ct);
    }

    public async Task<ContractOpening?> OpeningForOrderAsync(Guid orderId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await ContractOrigins.ForOrderAsync(db, orderId, await ActorStanding.LoadAsync(db, actor, ct), ct);
    }

    /// <summary>The opening with the items to start the draft from (an order's lines), and the rules in force.</summary>
    public async Task<(ContractOpening Opening, IReadOnlyList<ContractItem> Items, ContractTerms Terms)?> StartAsync(ContractSubject subject, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var opening = await OpeningAsync(db, subject, await ActorStanding.LoadAsync(db, actor, ct), ct);
        return opening is null ? null : (opening, await ContractOrigins.ItemsAsync(db, opening.Origin, ct), await TermsAsync(opening.Origin.RegionCode, opening.Origin.AwardedOn, ct));
    }

    public async Task<GovContract> DraftAsync(ContractSubject subject, ContractDraft draft, Actor actor, CancellationToken ct = default)
    {
        ContractDraftValidator.Instance.ValidateAndThrow(draft);
        await using var db = await store.CreateDbContextAsync(ct);
        var opening = await OpeningAsync(db, subject, await ActorStanding.LoadAsync(db, actor, ct), ct)
            ?? throw new DomainException("找不到可起草合同的中标（成交）结果或订单。", "There is no award or order to draft a contract from.");
        if ((opening.WhyNot ?? await Complaints.SigningHolds.ForProjectAsync(db, opening.Origin.ProjectId, time.TodayInChina(), ct)) is { } refusal)
        {
            throw refusal.ToException();
        }

        var terms = await TermsAsync(opening.Origin.RegionCode, opening.Origin.AwardedOn, ct);
        var contract = GovContract.Draft(opening.Origin, draft, terms, actor.UserName, time.UtcNow());
        db.Contracts.Add(contract);
        await audit.SaveWithAsync(db, [Record(AuditEventType.ContractDrafted, actor, contract, $"{contract.Reference} {contract.SupplierName} {contract.Amount}")], ct);
        return contract;
    }

    /// <summary>The original contract with the add-on cap and what its add-ons add up to, or null when the actor does not see the contract.</summary>
    public async Task<AddOnOpening?> StartAddOnAsync(Guid parentId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var parent = await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        if (parent is null || !Sees(parent, standing))
        {
            return null;
        }

        var terms = await TermsAsync(parent.RegionCode, parent.AwardedOn, ct);
        var why = ContractSteps.For(parent, standing, await Complaints.SigningHolds.ForProjectAsync(db, parent.ProjectId, time.TodayInChina(), ct)).WhyNot(ContractAction.DraftAddOn);
        return new AddOnOpening(parent, terms, ContractRules.AddOnCap(parent.Amount, terms), await AddOnTotalAsync(db, parent.Id, null, ct), why);
    }

    /// <summary>Drafts an add-on (补充合同) of a signed contract with its reason, within the cap of all its add-ons.</summary>
    public async Task<GovContract> DraftAddOnAsync(Guid parentId, string reason, ContractDraft draft, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (parent, _) = await LoadForAsync(db, parentId, actor, ContractAction.DraftAddOn, ct);
        ContractDraftValidator.Instance.ValidateAndThrow(draft);
        var terms = await TermsAsync(parent.RegionCode, parent.AwardedOn, ct);
        var addOn = GovContract.DraftAddOn(parent, reason, draft, terms, await AddOnTotalAsync(db, parent.Id, null, ct), actor.UserName, time.UtcNow());
        db.Contracts.Add(addOn);
        await audit.SaveWithAsync(db, [Record(AuditEventType.ContractAddOnDrafted, actor, addOn, $"{parent.Number} {addOn.Amount} {addOn.AddOnReason}")], ct);
        return addOn;
    }

    public Task ReviseAsync(Guid id, ContractDraft draft, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, actor, ContractAction.Revise, async (c, _) =>
        {
            ContractDraftValidator.Instance.ValidateAndThrow(draft);
            var terms = await TermsAsync(c.RegionCode, c.AwardedOn, ct);
            if (c.ParentId is { } parentId)
            {
                await using var db = await store.CreateDbContextAsync(ct);
                var original = await db.Contracts.Where(p => p.Id == parentId).Select(p => p.Amount).SingleAsync(ct);
                if (ContractRules.AddOnRefusal(original, await AddOnTotalAsync(db, parentId, c.Id, ct), draft.Amount, terms) is { } refusal)
                {
                    throw refusal.ToException();
                }
            }

            c.Revise(draft, terms);
            return [Record(AuditEventType.ContractRevised, actor, c, c.Amount.ToString())];
        }, ct);

    public Task SendAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, actor, ContractAction.Send, (c, _) =>
        {
            c.Send();
            return Task.FromResult<IReadOnlyList<AuditRecord>>([Record(AuditEventType.ContractSent, actor, c, c.SupplierName)]);
        }, ct);

    /// <summary>The party's confirmation of the current text; the second one signs the contract.</summary>
    public Task ConfirmAsync(Guid id, ContractParty party, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, actor, party == ContractParty.Purchaser ? ContractAction.ConfirmAsPurchaser : ContractAction.ConfirmAsSupplier, (c, now) =>
        {
            c.Confirm(party, actor.UserName, now);
            List<AuditRecord> records = [Record(AuditEventType.ContractConfirmed, actor, c, $"{party} SHA-256 {c.Digest}")];
            if (c.SignedOn is { } signed)
            {
                records.Add(Record(AuditEventType.ContractSigned, actor, c, $"{signed:yyyy-MM-dd}"));
            }

            return Task.FromResult<IReadOnlyList<AuditRecord>>(records);
        }, ct);

    public async Task PublishAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (contract, _) = await LoadForAsync(db, id, actor, ContractAction.Publish, ct);
        var now = time.UtcNow();
        var (notice, record) = await ContractNotices.PublishAsync(db, contract, actor, time, ct);
        contract.Publish(notice.Id, now);
        await audit.SaveWithAsync(db, [record, Record(AuditEventType.ContractPublished, actor, contract, notice.Number ?? notice.Title)], ct);
    }

    public Task FileAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, actor, ContractAction.File, (c, now) =>
        {
            c.File(actor.UserName, now);
            return Task.FromResult<IReadOnlyList<AuditRecord>>([Record(AuditEventType.ContractFiled, actor, c, c.Amount.ToString())]);
        }, ct);

    public Task ReturnAsync(Guid id, string reason, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, actor, ContractAction.Return, (c, _) =>
        {
            c.Return(reason);
            return Task.FromResult<IReadOnlyList<AuditRecord>>([Record(AuditEventType.ContractReturned, actor, c, c.ReturnReason ?? "")]);
        }, ct);

    /// <summary>The contract as the actor sees it, or null when the actor is neither party nor the region's finance department.</summary>
    public async Task<ContractView?> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var contract = await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        if (contract is null || !(Sees(contract, standing) || await EntrustedAgencyAsync(db, contract, standing, ct)))
        {
            return null;
        }

        var terms = await TermsAsync(contract.RegionCode, contract.AwardedOn, ct);
        var addOns = await db.Contracts.AsNoTracking().Where(c => c.ParentId == id).OrderBy(c => c.CreatedUtc).ToListAsync(ct);
        var hold = await Complaints.SigningHolds.ForProjectAsync(db, contract.ProjectId, time.TodayInChina(), ct);
        return new ContractView(contract, ContractSteps.For(contract, standing, hold), ContractDeadlines.For(contract, terms, WorkingDayCalendar.China), addOns,
            ContractSteps.HoldOnSigning(contract, hold));
    }

    /// <summary>
    /// The signed contract with the number and whether <paramref name="digest"/> is its current text's digest;
    /// null for an unknown or unsigned number (a contract is public once signed, 实施条例第五十条).
    /// </summary>
    public async Task<ContractVerification?> VerifyAsync(string number, string? digest, CancellationToken ct = default)
    {
        var key = (number ?? "").Trim();
        if (key.Length is 0 or > 48)
        {
            return null;
        }

        await using var db = await store.CreateDbContextAsync(ct);
        var c = await db.Contracts.AsNoTracking().FirstOrDefaultAsync(x => x.Number == key, ct);
        return c?.SignedOn is { } signed
            ? new ContractVerification(c.Number, c.PurchaserName, c.SupplierName, c.Amount, signed, c.Status, c.Digest, string.Equals(digest?.Trim(), c.Digest, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    /// <summary>The contracts of the actor's unit, company or region, newest first.</summary>
    public async Task<IReadOnlyList<GovContract>> ListAsync(ContractScope scope, Actor actor, int take = 50, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var org = actor.RequireOrganization();
        var query = scope switch
        {
            ContractScope.Purchaser when standing.Kind == OrganizationKind.BudgetUnit => db.Contracts.Where(c => c.PurchaserId == org),
            ContractScope.Supplier when standing.Kind == OrganizationKind.Supplier => db.Contracts.Where(c => c.SupplierId == org),
            ContractScope.Regulator when standing.Kind == OrganizationKind.Regulator && standing.IsIn(Roles.Regulator) => db.Contracts.Where(c => c.RegionCode == standing.RegionCode),
            _ => db.Contracts.Where(_ => false),
        };
        return await query.AsNoTracking().OrderByDescending(c => c.CreatedUtc).Take(Math.Clamp(take, 1, ListMax)).ToListAsync(ct);
    }

    public async Task<ContractTerms> TermsAsync(string regionCode, DateOnly day, CancellationToken ct = default) =>
        ContractRules.On(await rules.CurrentAsync(ct), regionCode, day);

    /// <summary>What the add-ons of the original add up to (every add-on drafted, in whatever status), leaving out <paramref name="except"/>.</summary>
    private static async Task<Money> AddOnTotalAsync(GovProcurementDbContext db, Guid parentId, Guid? except, CancellationToken ct) =>
        (await db.Contracts.Where(c => c.ParentId == parentId && c.Id != except).Select(c => c.Amount).ToListAsync(ct)).Total();

    /// <summary>Whether the actor is the entrusted agency of the contract's project: it reads the contract (and confirms its performance bond) and takes no contract step.</summary>
    private static async Task<bool> EntrustedAgencyAsync(GovProcurementDbContext db, GovContract c, ActorStanding who, CancellationToken ct) =>
        c.ProjectId is { } project && who.IsIn(Roles.Agency) && who.OrganizationId is { } org
        && await db.Projects.AsNoTracking().AnyAsync(p => p.Id == project && p.AgencyId == org, ct);

    /// <summary>Whether the actor reads the contract as a party or as the finance department of its region.</summary>
    internal static bool Sees(GovContract c, ActorStanding who) =>
        who.Belongs(c.PurchaserId) || who.Belongs(c.SupplierId) || (who.Kind == OrganizationKind.Regulator && who.RegionCode == c.RegionCode);

    private static async Task<ContractOpening?> OpeningAsync(GovProcurementDbContext db, ContractSubject subject, ActorStanding who, CancellationToken ct)
    {
        if (subject.OrderId is { } order)
        {
            return await ContractOrigins.ForOrderAsync(db, order, who, ct);
        }

        return subject.ProjectId is { } project
            ? (await ContractOrigins.ForProjectAsync(db, project, who, ct)).FirstOrDefault(o => o.Subject == subject)
            : null;
    }

    private async Task StepAsync(Guid id, Actor actor, ContractAction action, Func<GovContract, DateTime, Task<IReadOnlyList<AuditRecord>>> take, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (contract, _) = await LoadForAsync(db, id, actor, action, ct);
        var records = await take(contract, time.UtcNow());
        await audit.SaveWithAsync(db, records, ct);
    }

    private async Task<(GovContract, ActorStanding)> LoadForAsync(GovProcurementDbContext db, Guid id, Actor actor, ContractAction action, CancellationToken ct)
    {
        var contract = await db.Contracts.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new DomainException("合同不存在。", "The contract does not exist.");
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        ContractSteps.For(contract, standing, await Complaints.SigningHolds.ForProjectAsync(db, contract.ProjectId, time.TodayInChina(), ct)).Require(action);
        return (contract, standing);
    }

    private static AuditRecord Record(AuditEventType type, Actor actor, GovContract contract, string detail) => new(type, actor.UserName, contract.Number, detail);
}

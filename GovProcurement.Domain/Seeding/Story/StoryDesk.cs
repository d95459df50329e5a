using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>
/// The platform's own use cases, built for the story on its <see cref="StoryClock"/> (the portal's
/// registered instances keep the real clock), with the demo accounts as actors.
/// </summary>
internal sealed class StoryDesk
{
    private readonly Dictionary<string, Actor> actors;

    private StoryDesk(IServiceProvider services, StoryClock clock, Dictionary<string, Actor> actors)
    {
        this.actors = actors;
        Clock = clock;
        Store = services.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>();
        // The story's clock goes to every use case that reads the time; one that does not (routing
        // judges a plan by its own date) is built without it.
        T Make<T>(params object[] parts) => ActivatorUtilities.CreateInstance<T>(services,
            typeof(T).GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(TimeProvider))) ? [clock, .. parts] : parts);
        var audit = Make<AuditLog>();
        var rules = Make<ProcurementRuleBook>(audit);
        Routing = Make<PlanRouting>(rules);
        Plans = Make<PlanWorkflow>(Routing);
        Intentions = Make<Intentions.Intentions>();
        Entrustment = Make<ProjectEntrustment>(audit);
        Preparation = Make<ProjectPreparation>(rules, audit);
        Bids = Make<BidBox>(rules, audit);
        var opening = Make<BidOpening>(rules, audit);
        Opening = opening;
        Panels = Make<PanelDrawing>(rules, audit);
        Evaluation = Make<ProjectEvaluation>(opening, rules, audit);
        Failure = Make<ProjectFailure>(audit);
        Contracts = Make<Contracts.GovContracts>(rules, audit);
        // The milestones the instalments fall due on come from the acceptance area (the registered milestones read the store).
        Payments = Make<Payments.ContractPayments>(rules, audit);
        Acceptances = Make<Acceptance.ContractAcceptances>(rules, audit);
        Bonds = Make<Bonds.BondDesk>(rules, audit);
        Challenges = Make<Complaints.ChallengeDesk>(rules, audit);
        Complaints = Make<Complaints.ComplaintDesk>(Challenges, audit);
        BudgetLines = services.GetRequiredService<Budget.BudgetLines>();
        Listings = Make<Mall.Listings.ListingDesk>(audit);
        Orders = Make<Mall.Orders.MallOrders>(rules, audit);
        Biddings = Make<Mall.Biddings.OnlineBiddings>(rules, new Mall.Biddings.BiddingEligibility(Make<Mall.Listings.ListedItems>()), audit);
        Auctions = Make<Mall.Auctions.ReverseAuctions>(rules, new Mall.Auctions.AuctionEligibility(Make<Mall.Listings.ListedItems>()), audit);
        Agreements = Make<Mall.Frameworks.FrameworkAgreements>(rules, audit);
        CallOffs = Make<Mall.Frameworks.FrameworkCallOffs>(rules, audit);
    }

    public static async Task<StoryDesk> OpenAsync(IServiceProvider services, StoryClock clock, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync(ct);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var users = await db.Users.Select(u => new { u.Id, u.UserName, u.OrganizationId }).ToListAsync(ct);
        var actors = users.ToDictionary(u => u.UserName!, u => new Actor(u.UserName!, u.OrganizationId,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToHashSet()));
        return new StoryDesk(services, clock, actors);
    }

    public StoryClock Clock { get; }

    public IDbContextFactory<GovProcurementDbContext> Store { get; }

    public PlanRouting Routing { get; }

    public PlanWorkflow Plans { get; }

    public Intentions.Intentions Intentions { get; }

    public ProjectEntrustment Entrustment { get; }

    public ProjectPreparation Preparation { get; }

    public BidBox Bids { get; }

    public BidOpening Opening { get; }

    public PanelDrawing Panels { get; }

    public ProjectEvaluation Evaluation { get; }

    public ProjectFailure Failure { get; }

    public Contracts.GovContracts Contracts { get; }

    public Payments.ContractPayments Payments { get; }

    public Acceptance.ContractAcceptances Acceptances { get; }

    public Bonds.BondDesk Bonds { get; }

    public Complaints.ChallengeDesk Challenges { get; }

    public Complaints.ComplaintDesk Complaints { get; }

    public Budget.BudgetLines BudgetLines { get; }

    public Mall.Listings.ListingDesk Listings { get; }

    public Mall.Orders.MallOrders Orders { get; }

    public Mall.Biddings.OnlineBiddings Biddings { get; }

    public Mall.Auctions.ReverseAuctions Auctions { get; }

    public Mall.Frameworks.FrameworkAgreements Agreements { get; }

    public Mall.Frameworks.FrameworkCallOffs CallOffs { get; }

    /// <summary>The platform administrator's account (its name is configured), who reviews the listings.</summary>
    public Actor PlatformAdmin => actors.Values.FirstOrDefault(a => a.Roles.Contains(Accounts.Roles.PlatformAdmin))
        ?? throw new InvalidOperationException("The demo story needs the platform administrator's account.");

    /// <summary>The supplier account of the company (the demo suppliers have one each).</summary>
    public Actor SupplierOf(Guid organizationId) => actors.Values.FirstOrDefault(a => a.OrganizationId == organizationId && a.Roles.Contains(Accounts.Roles.Supplier))
        ?? throw new InvalidOperationException("The demo story needs the supplier's account.");

    public Actor Actor(string userName) => actors.TryGetValue(userName, out var actor) ? actor
        : throw new InvalidOperationException($"The demo story needs the demo account {userName}.");
}

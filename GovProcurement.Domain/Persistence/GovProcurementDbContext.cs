using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Persistence;

/// <summary>
/// The one store: Identity's tables and the domain's, in one database. Each provider has a
/// subclass with its own migrations (<see cref="SqliteGovProcurementDbContext"/>,
/// <see cref="SqlServerGovProcurementDbContext"/>, <see cref="PostgreSqlGovProcurementDbContext"/>).
/// It also keeps ASP.NET Core's Data Protection keys, so every portal instance on the store reads the
/// cookies and antiforgery tokens the others issued.
/// </summary>
public abstract class GovProcurementDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring (framework-managed rows, one per key, XML as the framework writes it).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<AccountRule> AccountRules => Set<AccountRule>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PasswordResetRequest> PasswordResetRequests => Set<PasswordResetRequest>();

    public DbSet<ProcurementRule> ProcurementRules => Set<ProcurementRule>();

    public DbSet<Budget.BudgetLine> BudgetLines => Set<Budget.BudgetLine>();

    public DbSet<Plans.ProcurementPlan> Plans => Set<Plans.ProcurementPlan>();

    public DbSet<Intentions.ProcurementIntention> Intentions => Set<Intentions.ProcurementIntention>();

    public DbSet<Integration.ApiKey> ApiKeys => Set<Integration.ApiKey>();

    public DbSet<SupplierDebarment> SupplierDebarments => Set<SupplierDebarment>();

    public DbSet<OrganizationContact> OrganizationContacts => Set<OrganizationContact>();

    public DbSet<Projects.ProcurementProject> Projects => Set<Projects.ProcurementProject>();

    public DbSet<Projects.ETradingRollout> ETradingRollouts => Set<Projects.ETradingRollout>();

    public DbSet<Notices.Notice> Notices => Set<Notices.Notice>();

    public DbSet<Files.StoredFile> Files => Set<Files.StoredFile>();

    public DbSet<Bids.SupplierRegistration> SupplierRegistrations => Set<Bids.SupplierRegistration>();

    public DbSet<Bids.Clarification> Clarifications => Set<Bids.Clarification>();

    public DbSet<Bids.Bid> Bids => Set<Bids.Bid>();

    public DbSet<Experts.Expert> Experts => Set<Experts.Expert>();

    public DbSet<Experts.PanelDraw> PanelDraws => Set<Experts.PanelDraw>();

    public DbSet<Evaluation.TechnicalScore> TechnicalScores => Set<Evaluation.TechnicalScore>();

    public DbSet<Evaluation.LotResult> LotResults => Set<Evaluation.LotResult>();

    public DbSet<Supervision.ExceptionReview> ExceptionReviews => Set<Supervision.ExceptionReview>();

    public DbSet<Exports.ExportJob> ExportJobs => Set<Exports.ExportJob>();

    public DbSet<SupplierLibrary.SupplierApplication> SupplierApplications => Set<SupplierLibrary.SupplierApplication>();

    public DbSet<Mall.Listings.Listing> Listings => Set<Mall.Listings.Listing>();

    public DbSet<Mall.Listings.ListingFile> ListingFiles => Set<Mall.Listings.ListingFile>();

    public DbSet<Mall.Execution.PlanLineBalance> PlanLineBalances => Set<Mall.Execution.PlanLineBalance>();

    public DbSet<Mall.Execution.OldPlatformRecord> OldPlatformRecords => Set<Mall.Execution.OldPlatformRecord>();

    public DbSet<Mall.Biddings.OnlineBidding> OnlineBiddings => Set<Mall.Biddings.OnlineBidding>();

    public DbSet<Mall.Auctions.ReverseAuction> ReverseAuctions => Set<Mall.Auctions.ReverseAuction>();

    public DbSet<Mall.Orders.MallOrder> MallOrders => Set<Mall.Orders.MallOrder>();

    public DbSet<Mall.Frameworks.FrameworkAgreement> FrameworkAgreements => Set<Mall.Frameworks.FrameworkAgreement>();

    public DbSet<Mall.Frameworks.FrameworkRotation> FrameworkRotations => Set<Mall.Frameworks.FrameworkRotation>();

    public DbSet<Mall.Frameworks.FrameworkCallOff> FrameworkCallOffs => Set<Mall.Frameworks.FrameworkCallOff>();

    public DbSet<Contracts.GovContract> Contracts => Set<Contracts.GovContract>();

    public DbSet<Payments.ContractPayment> ContractPayments => Set<Payments.ContractPayment>();

    public DbSet<Complaints.Inquiry> Inquiries => Set<Complaints.Inquiry>();

    public DbSet<Complaints.Challenge> Challenges => Set<Complaints.Challenge>();

    public DbSet<Complaints.Complaint> Complaints => Set<Complaints.Complaint>();

    public DbSet<Acceptance.ContractAcceptance> Acceptances => Set<Acceptance.ContractAcceptance>();

    public DbSet<Bonds.Bond> Bonds => Set<Bonds.Bond>();

    public DbSet<Bonds.BidBondRequirement> BidBondRequirements => Set<Bonds.BidBondRequirement>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GovProcurementDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            IndexFilters.QuoteForPostgreSql(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAuditLog();
        BumpVersions();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAuditLog();
        BumpVersions();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }

    private void GuardAuditLog()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only.");
        }
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<VersionedEntity>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }
    }
}

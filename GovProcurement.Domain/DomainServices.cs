using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Onboarding;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovProcurement.Domain;

/// <summary>Registers the store and the domain's use cases.</summary>
public static class DomainServices
{
    public static IServiceCollection AddGovProcurementDomain(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var appData = Common.AppDataFolder.Under(contentRoot);
        services.AddSingleton(appData);
        services.AddGovProcurementStore(configuration, contentRoot);
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<SecurityPolicy>(configuration.GetSection(SecurityPolicy.Section));
        services.Configure<Common.InputLimits>(configuration.GetSection(Common.InputLimits.Section));
        services.Configure<PlatformAdminOptions>(configuration.GetSection(PlatformAdminOptions.Section));
        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.Section));
        services.PostConfigure<AuditOptions>(o =>
        {
            o.KeyFile = string.IsNullOrWhiteSpace(o.KeyFile) ? Path.Combine(contentRoot, "App_Data", "keys", "audit.key") : o.KeyFile;
            o.CheckpointFolder = string.IsNullOrWhiteSpace(o.CheckpointFolder) ? Path.Combine(contentRoot, "App_Data", "audit") : o.CheckpointFolder;
        });
        services.AddSingleton<AuditKeyRing>();
        services.AddSingleton<AuditCheckpoints>();
        services.AddSingleton<AuditLog>();
        services.AddHostedService<AuditCheckpointService>();
        services.AddScoped<AccountProvisioner>();
        services.AddScoped<OrganizationOnboarding>();
        services.AddSingleton<Organizations.OrganizationQueries>();
        services.AddSingleton<Organizations.OrganizationContacts>();
        services.AddScoped<AccountAdministration>();
        // The distributed cache of what every instance must see alike (session stamps): this process's
        // memory by default; the portal puts Redis here when Redis:Configuration is set. The memory
        // cache counts an entry's size in bytes (a stamp is 32), hence the entries times 64.
        services.AddDistributedMemoryCache();
        services.AddOptions<Microsoft.Extensions.Caching.Memory.MemoryDistributedCacheOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<SecurityPolicy>>((o, policy) => o.SizeLimit = 64L * Math.Max(1, policy.Value.SessionStampCacheEntries));
        services.AddSingleton<AccountSessions>();
        services.AddSingleton<AccountRuleBook>();
        services.AddSingleton<PasswordResetRequests>();
        services.AddSingleton<Rules.ProcurementRuleBook>();
        services.AddSingleton<Budget.BudgetLines>();
        services.AddSingleton<Plans.PlanRouting>();
        services.AddSingleton<Plans.PlanWorkflow>();
        services.AddSingleton<Plans.PlanQueries>();
        services.AddSingleton<Intentions.Intentions>();
        services.AddSingleton<Integration.ApiKeys>();
        services.AddSingleton<Plans.LegacyPlanImport>();
        services.AddOptions<Bids.BidSealingOptions>().Bind(configuration.GetSection(Bids.BidSealingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.PostConfigure<Bids.BidSealingOptions>(o =>
        {
            if (string.IsNullOrWhiteSpace(o.KeyFile))
            {
                o.KeyFile = Path.Combine(appData.Root, "keys", "bid-sealing.key");
            }
        });
        services.AddSingleton<Bids.SealingKeyFile>();
        services.AddSingleton<Bids.BidVault>();
        services.AddSingleton<Projects.ProjectEntrustment>();
        services.AddSingleton<Projects.ProjectPreparation>();
        services.AddSingleton<Projects.ProjectFailure>();
        services.AddSingleton<Projects.OfflineOutcome>();
        services.AddSingleton<Projects.ProjectQueries>();
        services.AddSingleton<Worklist.Worklist>();
        services.AddSingleton<Bids.BidBox>();
        services.AddSingleton<Bids.BidOpening>();
        services.AddSingleton<Experts.PanelDrawing>();
        services.AddSingleton<Experts.ExpertLibrary>();
        services.AddSingleton<Organizations.SupplierDebarments>();
        services.AddSingleton<PasswordPolicyValidator>();
        services.AddScoped<SupplierLibrary.SupplierEnrolment>(); // scoped: the password hasher is
        services.AddScoped<SupplierLibrary.SupplierApplicationReview>();
        services.AddSingleton<SupplierLibrary.SupplierProfiles>();
        services.Configure<Mall.Listings.ListingOptions>(configuration.GetSection(Mall.Listings.ListingOptions.Section));
        services.AddSingleton<Mall.Listings.ListingDesk>();
        services.AddSingleton<Mall.Listings.ListingQueries>();
        services.AddSingleton<Mall.Listings.PriceMonitor>();
        services.AddSingleton<Evaluation.ProjectEvaluation>();
        services.AddSingleton<Evaluation.ResultLetters>();
        services.AddSingleton<Notices.PolicyNotices>();
        services.AddSingleton<Notices.NoticeQueries>();
        services.AddSingleton<Supervision.SupervisionQueries>();
        services.AddSingleton<Supervision.EMallQueries>();
        services.AddSingleton<Supervision.EMallReports>();
        services.AddSingleton<Supervision.EMallRawExports>();
        services.AddSingleton<Supervision.AuctionRawExport>();
        services.AddSingleton<Supervision.SupervisionExceptions>();
        services.AddSingleton<Supervision.RawExports>();
        services.AddSingleton<Supervision.SupervisionReports>();
        services.Configure<Exports.ExportOptions>(configuration.GetSection(Exports.ExportOptions.Section));
        services.PostConfigure<Exports.ExportOptions>(o =>
        {
            if (string.IsNullOrWhiteSpace(o.Folder))
            {
                o.Folder = Path.Combine(contentRoot, "App_Data", "exports");
            }

            if (string.IsNullOrWhiteSpace(o.Runner))
            {
                o.Runner = configuration["Portal:InstanceName"]?.Trim() ?? "";
            }
        });
        services.AddSingleton<Exports.ExportJobStore>();
        services.TryAddSingleton<Exports.IExportWriter, Exports.ExportWriters>();
        services.TryAddSingleton<Common.ILiveSignals, Common.InProcessLiveSignals>();
        services.AddSingleton<Mall.Execution.PlanExecution>();
        services.TryAddSingleton<Mall.Biddings.IListingEligibility, Mall.Listings.ListedItems>();
        services.AddSingleton<Mall.Biddings.BiddingEligibility>();
        services.AddSingleton<Mall.Biddings.OnlineBiddings>();
        services.AddSingleton<Mall.Biddings.BiddingQueries>();
        services.AddHostedService<Mall.Biddings.BiddingCloseService>();
        services.AddSingleton<Mall.Auctions.AuctionEligibility>();
        services.AddSingleton<Mall.Auctions.ReverseAuctions>();
        services.AddSingleton<Mall.Auctions.AuctionQueries>();
        services.AddHostedService<Mall.Auctions.AuctionClock>();
        services.AddSingleton<Mall.Orders.MallOrders>();
        services.AddSingleton<Mall.Orders.OrderQueries>();
        services.AddSingleton<Contracts.GovContracts>();
        services.AddSingleton<Contracts.ContractRegister>();
        services.AddSingleton<Payments.ContractPayments>();
        services.AddSingleton<Payments.PaymentRegister>();
        services.AddSingleton<Complaints.ChallengeDesk>();
        services.AddSingleton<Complaints.ComplaintDesk>();
        services.AddSingleton<Complaints.ChallengeRegister>();
        services.AddSingleton<Acceptance.ContractAcceptances>();
        services.AddSingleton<Acceptance.AcceptanceRegister>();
        services.AddSingleton<Acceptance.AcceptanceList>();
        services.AddSingleton<Contracts.IContractMilestones, Acceptance.AcceptanceMilestones>();
        services.AddSingleton<Contracts.ContractQueries>();
        services.AddSingleton<Complaints.ChallengeQueries>();
        services.AddSingleton<Bonds.BondDesk>();
        services.AddSingleton<Bonds.BondRegister>();
        services.AddHostedService<Mall.Orders.OrderLapseService>();
        services.AddSingleton<Mall.Frameworks.FrameworkAgreements>();
        services.AddSingleton<Mall.Frameworks.FrameworkCallOffs>();
        services.AddSingleton<Mall.Frameworks.FrameworkQueries>();
        services.AddHostedService<Mall.Frameworks.FrameworkClockService>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<Seeding.Story.DemoStory>();
        return services;
    }
}

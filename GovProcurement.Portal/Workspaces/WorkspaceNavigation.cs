using System.Security.Claims;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Worklist;
using MudBlazor;

namespace GovProcurement.Portal.Workspaces;

/// <summary>A link in a workspace's navigation; the label is a resource key. <paramref name="Counts"/>: the to-do kinds whose count the link shows.</summary>
public sealed record NavItem(string Href, string LabelKey, string Icon, IReadOnlyList<WorkKind>? Counts = null);

/// <summary>A titled group of links, one per workspace.</summary>
public sealed record NavSection(string TitleKey, IReadOnlyList<NavItem> Items)
{
    /// <summary>The workspace's home: its first link, where the user's to-do list is and the count of it is shown.</summary>
    public NavItem Home => Items[0];

    /// <summary>Whether the link shows the to-do count: the home of a workspace, not of the public portal.</summary>
    public bool ShowsWorklistCount(NavItem item) => item == Home && this != WorkspaceNavigation.Public;
}

/// <summary>
/// What each role works on: the navigation of its workspace and the page it lands on.
/// Only pages that exist are listed.
/// </summary>
public static class WorkspaceNavigation
{
    public static readonly NavSection Public = new("Nav.Public",
    [
        new("/", "Nav.Home", Icons.Material.Filled.Home),
        new("/notices", "Nav.Notices", Icons.Material.Filled.Article),
        new("/public/intentions", "Nav.PublicIntentions", Icons.Material.Filled.Campaign),
        new("/mall", "Nav.Mall", Icons.Material.Filled.Storefront),
        new("/guides", "Nav.Guides", Icons.Material.Filled.MenuBook),
        new("/support", "Nav.Support", Icons.Material.Filled.SupportAgent),
    ]);

    private static readonly NavSection PurchaserSection = new("Nav.PurchaserWorkspace",
        [
            new("/purchaser", "Nav.PurchaserHome", Icons.Material.Filled.Workspaces),
            new("/intentions", "Nav.Intentions", Icons.Material.Filled.Campaign),
            new("/plans", "Nav.Plans", Icons.Material.Filled.Assignment),
            new("/mall/biddings", "Nav.MallBiddings", Icons.Material.Filled.Storefront),
            new("/mall/cart", "Nav.MallCart", Icons.Material.Filled.ShoppingCart),
            new("/mall/orders", "Nav.MallOrders", Icons.Material.Filled.ReceiptLong, [WorkKind.ReceiveOrder]),
            new("/mall/auctions", "Nav.MallAuctions", Icons.Material.Filled.Gavel),
            new("/projects", "Nav.Projects", Icons.Material.Filled.Gavel),
            new("/contracts", "Nav.Contracts", Icons.Material.Filled.HistoryEdu, [WorkKind.PayInstalmentDueSoon, WorkKind.PayOverdueInstalment]),
            new("/acceptances", "Nav.Acceptances", Icons.Material.Filled.FactCheck),
            new("/challenges", "Nav.Challenges", Icons.Material.Filled.RecordVoiceOver, [WorkKind.AnswerInquiry, WorkKind.AnswerChallenge]),
            new("/organization/contact", "Nav.OrganizationContact", Icons.Material.Filled.ContactPhone),
        ]);

    private static readonly (string Role, NavSection Section)[] ByRole =
    [
        (Roles.PurchaserOperator, PurchaserSection),
        (Roles.PurchaserReviewer, PurchaserSection),
        (Roles.Agency, new("Nav.AgencyWorkspace",
        [
            new("/agency", "Nav.AgencyHome", Icons.Material.Filled.BusinessCenter),
            new("/projects", "Nav.Projects", Icons.Material.Filled.Gavel),
            new("/agency/frameworks", "Nav.AgencyFrameworks", Icons.Material.Filled.Handshake),
            new("/challenges", "Nav.Challenges", Icons.Material.Filled.RecordVoiceOver, [WorkKind.AnswerInquiry, WorkKind.AnswerChallenge]),
            new("/organization/contact", "Nav.OrganizationContact", Icons.Material.Filled.ContactPhone),
        ])),
        (Roles.Supplier, new("Nav.SupplierWorkspace",
        [
            new("/supplier", "Nav.SupplierHome", Icons.Material.Filled.Store),
            new("/supplier/profile", "Nav.SupplierProfile", Icons.Material.Filled.Badge),
            new("/supplier/listings", "Nav.MyListings", Icons.Material.Filled.Inventory),
            new("/projects", "Nav.SupplierProjects", Icons.Material.Filled.Gavel),
            new("/supplier/biddings", "Nav.SupplierBiddings", Icons.Material.Filled.Storefront),
            new("/supplier/orders", "Nav.SupplierOrders", Icons.Material.Filled.ReceiptLong, [WorkKind.ConfirmDirectOrder, WorkKind.DeliverOrder]),
            new("/supplier/auctions", "Nav.SupplierAuctions", Icons.Material.Filled.Gavel),
            new("/supplier/frameworks", "Nav.SupplierFrameworks", Icons.Material.Filled.Handshake),
            new("/supplier/contracts", "Nav.SupplierContracts", Icons.Material.Filled.HistoryEdu),
            new("/acceptances", "Nav.Acceptances", Icons.Material.Filled.FactCheck),
            new("/challenges", "Nav.Challenges", Icons.Material.Filled.RecordVoiceOver),
        ])),
        (Roles.Regulator, new("Nav.RegulatorWorkspace",
        [
            new("/regulator", "Nav.RegulatorHome", Icons.Material.Filled.AccountBalance),
            new("/regulator/dashboard", "Nav.Dashboard", Icons.Material.Filled.Insights),
            new("/regulator/exceptions", "Nav.Exceptions", Icons.Material.Filled.ReportProblem),
            new("/regulator/price-flags", "Nav.PriceFlags", Icons.Material.Filled.PriceChange),
            new("/regulator/reports", "Nav.Reports", Icons.Material.Filled.TableChart),
            new("/regulator/plans", "Nav.RegulatorPlans", Icons.Material.Filled.AssignmentTurnedIn),
            new("/regulator/contracts", "Nav.RegulatorContracts", Icons.Material.Filled.HistoryEdu),
            new("/challenges", "Nav.Challenges", Icons.Material.Filled.RecordVoiceOver, [WorkKind.CheckComplaint, WorkKind.DecideComplaint]),
            new("/projects", "Nav.Projects", Icons.Material.Filled.Gavel),
            new("/regulator/policy-notices", "Nav.PolicyNotices", Icons.Material.Filled.Campaign),
            new("/regulator/experts", "Nav.Experts", Icons.Material.Filled.School),
            new("/regulator/debarments", "Nav.Debarments", Icons.Material.Filled.Block),
            new("/regulator/organizations", "Nav.RegulatorOrganizations", Icons.Material.Filled.Apartment),
            new("/rules", "Nav.Rules", Icons.Material.Filled.Gavel),
        ])),
        (Roles.PlatformAdmin, new("Nav.AdminWorkspace",
        [
            new("/admin", "Nav.AdminHome", Icons.Material.Filled.Dashboard),
            new("/admin/organizations", "Nav.AdminOrganizations", Icons.Material.Filled.Apartment),
            new("/admin/supplier-applications", "Nav.AdminSupplierApplications", Icons.Material.Filled.HowToReg),
            new("/mall/listings/review", "Nav.ListingReview", Icons.Material.Filled.FactCheck),
            new("/admin/import", "Nav.AdminImport", Icons.Material.Filled.UploadFile),
            new("/admin/legacy-plans", "Nav.AdminLegacyPlans", Icons.Material.Filled.History),
            new("/admin/accounts", "Nav.AdminAccounts", Icons.Material.Filled.ManageAccounts),
            new("/admin/account-rules", "Nav.AdminAccountRules", Icons.Material.Filled.Rule),
            new("/rules", "Nav.Rules", Icons.Material.Filled.Gavel),
            new("/regulator/experts", "Nav.Experts", Icons.Material.Filled.School),
            new("/admin/api-keys", "Nav.AdminApiKeys", Icons.Material.Filled.Key),
            new("/admin/audit", "Nav.AdminAudit", Icons.Material.Filled.VerifiedUser),
        ])),
    ];

    /// <summary>The workspace sections of a user's roles (each once), then the public section.</summary>
    public static IReadOnlyList<NavSection> For(ClaimsPrincipal user)
    {
        var sections = ByRole.Where(entry => user.IsInRole(entry.Role)).Select(entry => entry.Section).Distinct().ToList();
        sections.Add(Public);
        return sections;
    }

    /// <summary>The workspace home of a signed-in user ("/" when none of their roles has one).</summary>
    public static string HomeFor(ClaimsPrincipal user) => HomeFor(Roles.All.Where(user.IsInRole));

    /// <summary>The page a user lands on after signing in.</summary>
    public static string HomeFor(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        return ByRole.FirstOrDefault(entry => set.Contains(entry.Role)).Section?.Items[0].Href ?? "/";
    }
}

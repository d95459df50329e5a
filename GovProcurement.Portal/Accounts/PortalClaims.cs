namespace GovProcurement.Portal.Accounts;

/// <summary>Claims the portal adds to a signed-in user's cookie.</summary>
public static class PortalClaims
{
    public const string MustChangePassword = "gp:must_change_password";
    public const string OrganizationId = "gp:organization";
    public const string DisplayName = "gp:display_name";
}

using Microsoft.AspNetCore.Identity;

namespace GovProcurement.Domain.Accounts;

/// <summary>
/// A person's account. Accounts belong to an organisation (the platform administrator's
/// does not) and start with an initial password that must be changed at first sign-in.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public Guid? OrganizationId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>True while the account still has its initial password.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Set by an administrator; a disabled account cannot sign in or keep a session.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? PasswordChangedUtc { get; set; }
}

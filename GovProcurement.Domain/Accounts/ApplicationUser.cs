using Microsoft.AspNetCore.Identity;

namespace GovProcurement.Domain.Accounts;

/// <summary>
/// A person's account. Accounts belong to an organisation (the platform administrator's
/// does not) and start with an initial password that must be changed at first sign-in.
/// </summary>
/// <remarks>
/// The properties inherited from <see cref="IdentityUser"/> (name, hash, stamps, lockout) have public
/// setters because ASP.NET Identity's <c>UserManager</c> sets them; the platform's own state below
/// changes only through the methods here, which the account use cases call.
/// </remarks>
public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    /// <summary>For Identity and EF Core, and for probes that only carry a user name (hashing, password checks).</summary>
    public ApplicationUser()
    {
    }

    private ApplicationUser(string userName, string normalizedUserName, Guid? organizationId, string displayName, DateTime createdUtc)
    {
        UserName = userName;
        NormalizedUserName = normalizedUserName;
        OrganizationId = organizationId;
        DisplayName = displayName;
        MustChangePassword = true;
        LockoutEnabled = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
        CreatedUtc = createdUtc;
    }

    public Guid? OrganizationId { get; private set; }

    public string DisplayName { get; private set; } = "";

    /// <summary>True while the account still has its initial password.</summary>
    public bool MustChangePassword { get; private set; }

    /// <summary>Set by an administrator; a disabled account cannot sign in or keep a session.</summary>
    public bool IsDisabled { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime? PasswordChangedUtc { get; private set; }

    /// <summary>A new account with an initial password still to be changed, lockout on and a fresh stamp.</summary>
    public static ApplicationUser Create(string userName, string normalizedUserName, Guid? organizationId, string displayName, DateTime createdUtc) =>
        new(userName, normalizedUserName, organizationId, displayName, createdUtc);

    public void Disable() => IsDisabled = true;

    /// <summary>Enables the account and lifts any lockout.</summary>
    public void Enable()
    {
        IsDisabled = false;
        LockoutEnd = null;
        AccessFailedCount = 0;
    }

    /// <summary>The account was given an initial password again (a reset): it must be changed at the next sign-in.</summary>
    public void RequirePasswordChange()
    {
        MustChangePassword = true;
        LockoutEnd = null;
        AccessFailedCount = 0;
    }

    /// <summary>The password is the holder's own choice (made under the password rule), no initial one.</summary>
    public void AcceptChosenPassword() => MustChangePassword = false;

    /// <summary>Records a password change; returns how to undo it if the change does not go through.</summary>
    public Action PasswordChanged(DateTime nowUtc)
    {
        var (mustChange, changedUtc) = (MustChangePassword, PasswordChangedUtc);
        MustChangePassword = false;
        PasswordChangedUtc = nowUtc;
        return () => (MustChangePassword, PasswordChangedUtc) = (mustChange, changedUtc);
    }
}

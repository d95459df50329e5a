using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Portal.Workspaces;
using Microsoft.AspNetCore.Identity;

namespace GovProcurement.Portal.Accounts;

/// <summary>Where a sign-in attempt leads: a page to go to, or the one generic failure.</summary>
public sealed record SignInOutcome(bool Succeeded, string? RedirectTo);

/// <summary>
/// Password sign-in with lockout. Every failure (unknown account, wrong password, locked,
/// disabled) gets the same answer, and an unknown account costs the same hashing work as a
/// known one, so neither the message nor the timing tells whether an account exists.
/// </summary>
public sealed class SignInFlow(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IPasswordHasher<ApplicationUser> hasher,
    AuditLog audit)
{
    private static readonly ApplicationUser Nobody = new() { UserName = "nobody" };
    private static string? nobodyHash;

    public async Task<SignInOutcome> SignInAsync(string userName, string password, string? returnUrl)
    {
        userName = userName.Trim();
        var user = await userManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendHashingWork(password);
            await audit.AppendAsync(AuditEventType.SignInFailed, userName, null, "账号不存在");
            return new SignInOutcome(false, null);
        }

        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity answers these before hashing; pay the same cost so the timing tells nothing.
            SpendHashingWork(password);
        }

        if (result.Succeeded)
        {
            await audit.AppendAsync(AuditEventType.SignIn, userName, null, "登录成功");
            return new SignInOutcome(true, user.MustChangePassword ? ForcedPasswordChangeMiddleware.ChangePasswordPath : await LandingAsync(user, returnUrl));
        }

        var (type, detail) = result switch
        {
            { IsLockedOut: true } => (AuditEventType.LockedOut, "账号已锁定"),
            { IsNotAllowed: true } => (AuditEventType.SignInFailed, "账号已停用"),
            _ => (AuditEventType.SignInFailed, "密码错误"),
        };
        await audit.AppendAsync(type, userName, null, detail);
        return new SignInOutcome(false, null);
    }

    private void SpendHashingWork(string password)
    {
        nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, nobodyHash, password);
    }

    private async Task<string> LandingAsync(ApplicationUser user, string? returnUrl) =>
        LocalUrls.IsLocal(returnUrl) && returnUrl != "/" ? returnUrl! : WorkspaceNavigation.HomeFor(await userManager.GetRolesAsync(user));
}

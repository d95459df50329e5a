using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Portal.Workspaces;
using Microsoft.AspNetCore.Identity;

namespace GovProcurement.Portal.Accounts;

public sealed record PasswordChangeOutcome(IReadOnlyList<string> Errors, string? RedirectTo)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Changes a password under the platform's rule, clears the initial-password mark, renews the
/// sign-in (so the cookie no longer carries the mark) and audits the change.
/// </summary>
public sealed class PasswordChangeFlow(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    AuditLog audit,
    TimeProvider time)
{
    public async Task<PasswordChangeOutcome> ChangeAsync(System.Security.Claims.ClaimsPrincipal principal, string currentPassword, string newPassword)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return new PasswordChangeOutcome([new Domain.Common.Bilingual("账号不存在，请重新登录。", "The account no longer exists; sign in again.").ToString()], null);
        }

        if (currentPassword == newPassword)
        {
            return new PasswordChangeOutcome([new Domain.Common.Bilingual("新密码不能与当前密码相同。", "The new password must differ from the current one.").ToString()], null);
        }

        // The mark's removal travels in the same save as the new password hash: both or neither.
        var (mustChange, changedUtc) = (user.MustChangePassword, user.PasswordChangedUtc);
        user.MustChangePassword = false;
        user.PasswordChangedUtc = time.GetUtcNow().UtcDateTime;
        var result = await userManager.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            (user.MustChangePassword, user.PasswordChangedUtc) = (mustChange, changedUtc);
            return new PasswordChangeOutcome(result.Errors.Select(e => e.Description).ToList(), null);
        }

        await signInManager.RefreshSignInAsync(user);
        await audit.AppendAsync(AuditEventType.PasswordChanged, user.UserName!, null, "修改密码");
        return new PasswordChangeOutcome([], WorkspaceNavigation.HomeFor(await userManager.GetRolesAsync(user)));
    }
}

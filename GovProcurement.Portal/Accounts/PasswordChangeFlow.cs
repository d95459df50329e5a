using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using FluentValidation;
using GovProcurement.Portal.Workspaces;
using Microsoft.AspNetCore.Identity;

namespace GovProcurement.Portal.Accounts;

public sealed record PasswordChangeOutcome(IReadOnlyList<string> Errors, string? RedirectTo)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Changes a password under the platform's rule, clears the initial-password mark, ends the
/// account's other sessions, renews this sign-in (so the cookie no longer carries the mark) and
/// audits the change. A wrong current password counts toward the lockout like a failed sign-in;
/// the attempt that locks the account ends all its sessions, this one included. What the user typed wrong
/// is thrown as a <see cref="ValidationException"/> naming its field (<see cref="PasswordChangeValidator"/>,
/// then the wrong current password and what the new one may not equal); the outcome's errors are the account's own.
/// </summary>
public sealed class PasswordChangeFlow(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    AccountSessions sessions,
    Microsoft.Extensions.Options.IOptions<SecurityPolicy> policy,
    AuditLog audit,
    TimeProvider time)
{
    public async Task<PasswordChangeOutcome> ChangeAsync(System.Security.Claims.ClaimsPrincipal principal, PasswordChange change)
    {
        new PasswordChangeValidator(policy.Value).ValidateAndThrow(change);
        var (currentPassword, newPassword) = (change.CurrentPassword!, change.NewPassword!);
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return new PasswordChangeOutcome([new Bilingual("账号不存在，请重新登录。", "The account no longer exists; sign in again.").ToString()], null);
        }

        if (await userManager.IsLockedOutAsync(user))
        {
            await signInManager.SignOutAsync();
            return LockedOut();
        }

        // The mark's removal travels in the same save as the new password hash: both or neither.
        var undo = user.PasswordChanged(time.UtcNow());
        var result = await userManager.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            undo();
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? await WrongCurrentPasswordAsync(user, result)
                : throw FieldFailures(nameof(PasswordChange.NewPassword), result);
        }

        sessions.Changed(user.Id); // Identity gave the account a new stamp with the new password
        await signInManager.RefreshSignInAsync(user);
        await audit.AppendAsync(AuditEventType.PasswordChanged, user.UserName!, null, "修改密码");
        return new PasswordChangeOutcome([], WorkspaceNavigation.HomeFor(await userManager.GetRolesAsync(user)));
    }

    private async Task<PasswordChangeOutcome> WrongCurrentPasswordAsync(ApplicationUser user, IdentityResult result)
    {
        await userManager.AccessFailedAsync(user);
        if (!await userManager.IsLockedOutAsync(user))
        {
            await audit.AppendAsync(AuditEventType.SignInFailed, user.UserName!, null, "修改密码时当前密码错误");
            throw FieldFailures(nameof(PasswordChange.CurrentPassword), result);
        }

        await userManager.EndSessionsAsync(sessions, user);
        await signInManager.SignOutAsync();
        await audit.AppendAsync(AuditEventType.LockedOut, user.UserName!, null, "修改密码时当前密码错误次数过多，账号已锁定");
        return LockedOut();
    }

    /// <summary>Identity's refusal (already in the user's language) at the field it concerns.</summary>
    private static ValidationException FieldFailures(string field, IdentityResult result) =>
        new(result.Errors.Select(e => new FluentValidation.Results.ValidationFailure(field, e.Description)));

    private PasswordChangeOutcome LockedOut() => new(
        [new Bilingual(
            $"当前密码错误次数过多，账号已锁定 {policy.Value.LockoutDuration.TotalMinutes:0} 分钟并已退出登录，请稍后重新登录。",
            $"Too many wrong current passwords: the account is locked for {policy.Value.LockoutDuration.TotalMinutes:0} minutes and signed out; sign in again later.").ToString()],
        null);
}

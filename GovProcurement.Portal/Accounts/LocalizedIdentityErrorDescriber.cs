using GovProcurement.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace GovProcurement.Portal.Accounts;

/// <summary>Identity's messages in the portal's languages (those a user of this portal can meet).</summary>
public sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), new("当前密码不正确。", "The current password is wrong."));

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), new($"密码至少 {length} 位。", $"The password needs at least {length} characters."));

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), new($"账号 {userName} 已存在。", $"The account {userName} already exists."));

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), new ConcurrencyConflictException().Text);

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), new("操作未能完成，请稍后重试。", "The operation failed; try again later."));

    private static IdentityError Error(string code, Bilingual text) => new() { Code = code, Description = text.ToString() };
}

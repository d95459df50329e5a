using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Accounts;

/// <summary>What the platform administrator may do with an account, besides its roles (<see cref="RoleChange"/>).</summary>
public enum AccountAction
{
    Enable = 0,
    Disable = 1,
    Reset = 2,
}

/// <summary>Where an account stands for its sign-ins.</summary>
public enum AccountState
{
    Active = 0,
    Locked = 1,
    Disabled = 2,
}

/// <summary>
/// The domain's answer to "what may the administrator do with this account?": enable a disabled one, disable
/// an enabled one other than their own, reset the password of one that belongs to an organisation (whose
/// account rule gives the initial password). <see cref="AccountAdministration"/> requires the same answer.
/// </summary>
public static class AccountActions
{
    public static ActionSet<AccountAction> For(AccountRow account, string actor) =>
        For(account.UserName, account.IsDisabled, account.OrganizationKind is not null, actor);

    public static AccountState StateOf(AccountRow account, DateTime nowUtc) =>
        account.IsDisabled ? AccountState.Disabled : account.LockoutEndUtc > nowUtc ? AccountState.Locked : AccountState.Active;

    internal static ActionSet<AccountAction> For(string userName, bool isDisabled, bool hasOrganization, string actor) =>
        new([
            new(AccountAction.Enable, isDisabled ? null : new Refusal("该账号未停用。", "The account is not disabled.")),
            new(AccountAction.Disable, isDisabled ? new Refusal("该账号已停用。", "The account is already disabled.")
                : userName == actor ? new Refusal("不能停用自己的账号。", "You cannot disable your own account.") : null),
            new(AccountAction.Reset, hasOrganization ? null
                : new Refusal("该账号不属于任何机构，不能按账号规则重置。", "The account belongs to no organisation; no rule gives its initial password.")),
        ]);
}

namespace GovProcurement.Domain.Common;

/// <summary>Who is acting: the account, its organisation and its roles, as the portal authenticated them.</summary>
public sealed record Actor(string UserName, Guid? OrganizationId, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public Guid RequireOrganization() => OrganizationId ?? throw new DomainException("该账号不属于任何机构。", "The account belongs to no organisation.");

    public void Require(string role)
    {
        if (!IsIn(role))
        {
            throw new DomainException("您的账号没有执行此操作的权限。", "Your account may not do this.");
        }
    }
}

using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using Microsoft.AspNetCore.Identity;

namespace GovProcurement.Domain.Accounts;

/// <summary>
/// Builds the accounts an organisation's rule defines, ready to be added to the store in the
/// same unit of work as the organisation itself (so an import is all or nothing). Initial
/// passwords are hashed here; they never meet the password rule, which is why the first
/// sign-in forces a change.
/// </summary>
public sealed class AccountProvisioner(IPasswordHasher<ApplicationUser> hasher, ILookupNormalizer normalizer, TimeProvider time)
{
    public ProvisionedAccount Build(Organization organization, PlannedAccount planned)
    {
        var user = ApplicationUser.Create(planned.UserName, normalizer.NormalizeName(planned.UserName), organization.Id, $"{organization.Name}（{planned.Label.Zh}）", time.UtcNow());
        user.PasswordHash = hasher.HashPassword(user, planned.InitialPassword);
        var roles = planned.Roles.Select(role => new IdentityUserRole<string> { UserId = user.Id, RoleId = role }).ToList();
        return new ProvisionedAccount(user, roles);
    }

    public string Normalize(string userName) => normalizer.NormalizeName(userName);
}

public sealed record ProvisionedAccount(ApplicationUser User, IReadOnlyList<IdentityUserRole<string>> Roles);

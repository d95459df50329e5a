namespace GovProcurement.Domain.Accounts;

/// <summary>
/// A user's request to have the password reset, kept for the platform administrator, who
/// verifies the caller through the contact given and resets the account to its initial password.
/// </summary>
public sealed class PasswordResetRequest
{
    public const int ContactMaxLength = 64;

    private PasswordResetRequest()
    {
        UserId = UserName = Contact = "";
    }

    public PasswordResetRequest(ApplicationUser user, string contact, DateTime requestedUtc)
    {
        Id = Guid.NewGuid();
        UserId = user.Id;
        UserName = user.UserName!;
        Contact = contact.Length > ContactMaxLength ? contact[..ContactMaxLength] : contact;
        RequestedUtc = requestedUtc;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public string UserName { get; private set; }

    /// <summary>A phone number or other way to reach the requester, for the identity check.</summary>
    public string Contact { get; private set; }

    public DateTime RequestedUtc { get; private set; }

    public DateTime? HandledUtc { get; private set; }

    public string? HandledBy { get; private set; }

    public void MarkHandled(string administrator, DateTime handledUtc)
    {
        HandledBy = administrator;
        HandledUtc = handledUtc;
    }
}

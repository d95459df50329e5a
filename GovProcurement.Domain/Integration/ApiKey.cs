using System.Security.Cryptography;
using System.Text;

namespace GovProcurement.Domain.Integration;

/// <summary>
/// An organisation's key for the integration API. Only a SHA-256 hash of the secret is stored;
/// the whole key is shown once when issued. A revoked key is kept (with who and when) but refused.
/// </summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;
    public const int PrefixLength = 8;

    private ApiKey()
    {
        Name = Prefix = SecretHash = CreatedBy = "";
    }

    private ApiKey(Guid organizationId, string name, string prefix, string secretHash, string createdBy, DateTime createdUtc)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Name = name;
        Prefix = prefix;
        SecretHash = secretHash;
        CreatedBy = createdBy;
        CreatedUtc = createdUtc;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The public part of the key, used to find it and to tell keys apart in lists.</summary>
    public string Prefix { get; private set; }

    public string SecretHash { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime? RevokedUtc { get; private set; }

    public string? RevokedBy { get; private set; }

    public bool IsActive => RevokedUtc is null;

    /// <summary>Makes a key; the returned text ("gpk_{prefix}_{secret}") is the only copy of the secret.</summary>
    public static (ApiKey Key, string Plaintext) Issue(Guid organizationId, string name, string createdBy, DateTime nowUtc)
    {
        var prefix = Random(PrefixLength);
        var secret = Random(32);
        return (new ApiKey(organizationId, name.Trim(), prefix, Hash(secret), createdBy, nowUtc), $"gpk_{prefix}_{secret}");
    }

    public void Revoke(string actor, DateTime nowUtc)
    {
        RevokedBy ??= actor;
        RevokedUtc ??= nowUtc;
    }

    public bool Matches(string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(SecretHash));

    /// <summary>Splits "gpk_{prefix}_{secret}"; null when the text is not shaped like a key.</summary>
    public static (string Prefix, string Secret)? Parse(string? text)
    {
        var parts = text?.Trim().Split('_');
        return parts is ["gpk", { Length: PrefixLength } prefix, { Length: > 0 } secret] ? (prefix, secret) : null;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Random(int length)
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(length, alphabet, (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });
    }
}

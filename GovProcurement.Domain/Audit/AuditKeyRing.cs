using System.Security.Cryptography;
using System.Text;
using GovProcurement.Domain.Common;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Audit;

/// <summary>
/// The audit HMAC keys: the current one signs, retired ones still verify what they signed.
/// A key is named by its id, the first 16 hex digits of SHA-256 over the key, stored with each entry.
/// </summary>
public sealed class AuditKeyRing
{
    private readonly Lazy<(string CurrentId, Dictionary<string, byte[]> Keys)> ring;

    public AuditKeyRing(IOptions<AuditOptions> options)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.KeyFile))
        {
            throw new InvalidOperationException($"Configure {AuditOptions.Section}:KeyFile.");
        }

        ring = new(() => Load(settings), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string CurrentKeyId => ring.Value.CurrentId;

    /// <summary>HMAC-SHA-256 of <paramref name="text"/> under the key <paramref name="keyId"/>; null for an unknown key.</summary>
    public string? Sign(string keyId, string text) =>
        ring.Value.Keys.TryGetValue(keyId, out var key) ? Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text))) : null;

    /// <summary>Compares in constant time, so a forger learns nothing from how long a refusal takes.</summary>
    public bool Verify(string? keyId, string text, string mac) =>
        keyId is not null && Sign(keyId, text) is { } expected
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(mac));

    public static string IdOf(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key))[..AuditEntry.KeyIdLength];

    private static (string, Dictionary<string, byte[]>) Load(AuditOptions settings)
    {
        var keys = new Dictionary<string, byte[]>();
        foreach (var path in settings.RetiredKeyFiles.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var retired = OwnerOnlyFiles.ReadKey(path);
            keys[IdOf(retired)] = retired;
        }

        var current = OwnerOnlyFiles.LoadOrCreateKey(settings.KeyFile);
        keys[IdOf(current)] = current;
        return (IdOf(current), keys);
    }
}

using System.Security.Cryptography;
using System.Text;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Projects;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Bids;

/// <summary>A sealed bid as stored: the encrypted content and its wrapped key.</summary>
public sealed record SealedBox(byte[] Content, byte[] WrappedKey);

/// <summary>
/// Seals and unseals bids. Each bid is encrypted (AES-256-GCM) with a fresh random key; that key
/// is wrapped with a key derived (HKDF-SHA256) from the platform's sealing master key and the
/// project. The master key lives outside the database (<see cref="SealingKeyFile"/>), so a copy
/// of the database holds no readable bid; and the only way to unseal here refuses until the
/// project has been opened at its opening time. The content is padded before encryption
/// (<see cref="SealedSize"/>), so the stored size tells nothing finer than its size bucket.
/// </summary>
public sealed class BidVault(SealingKeyFile keyFile, IOptions<BidSealingOptions> options)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>Bound to padded content, so a padded box never opens as an unpadded one (or back).</summary>
    private static readonly byte[] PaddedFormat = Encoding.ASCII.GetBytes("padded-v1");

    public SealedBox Seal(Guid projectId, Guid bidId, byte[] plaintext)
    {
        var contentKey = RandomNumberGenerator.GetBytes(32);
        try
        {
            var padded = SealedSize.Pad(plaintext, options.Value.MinimumPaddedBytes);
            var content = Encrypt(contentKey, padded, ContentData(bidId, PaddedFormat));
            var wrapped = Encrypt(ProjectKey(keyFile.MasterKey, projectId), contentKey, bidId.ToByteArray());
            return new SealedBox(content, wrapped);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
        }
    }

    /// <summary>The bid's plaintext, only once the project has been opened at or after its opening time.</summary>
    public byte[] Unseal(ProcurementProject project, Bid bid, DateTime nowUtc)
    {
        if (bid.ProjectId != project.Id)
        {
            throw new DomainException("投标文件不属于该项目。", "The bid belongs to another project.");
        }

        if (project.CurrentRound.OpenedUtc is null || !project.DeadlinePassed(nowUtc))
        {
            throw new DomainException("开标前任何人都不能开启投标文件。", "Nobody can open a bid before the opening.");
        }

        var contentKey = UnwrapContentKey(project.Id, bid);
        try
        {
            // Bids sealed before padding was introduced carry the bare bid id as associated data.
            return TryDecrypt(contentKey, bid.SealedContent, ContentData(bid.Id, PaddedFormat)) is { } padded
                ? SealedSize.Unpad(padded)
                : Decrypt(contentKey, bid.SealedContent, bid.Id.ToByteArray());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
        }
    }

    /// <summary>
    /// The bid's content key, unwrapped under the master key that wrapped it: the current one, or a
    /// retired one after a rotation. AES-GCM's tag tells a wrong key apart, so no key id is stored.
    /// </summary>
    private byte[] UnwrapContentKey(Guid projectId, Bid bid)
    {
        foreach (var master in keyFile.OpeningKeys)
        {
            if (TryDecrypt(ProjectKey(master, projectId), bid.WrappedKey, bid.Id.ToByteArray()) is { } contentKey)
            {
                return contentKey;
            }
        }

        throw new DomainException("投标文件校验失败：内容已被篡改或密钥不符。", "The bid fails its integrity check: altered, or the key does not match.");
    }

    private static byte[] ProjectKey(byte[] masterKey, Guid projectId) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, projectId.ToByteArray(), Encoding.ASCII.GetBytes("govprocurement-bid-seal-v1"));

    private static byte[] ContentData(Guid bidId, byte[] format) => [.. bidId.ToByteArray(), .. format];

    private static byte[] Encrypt(byte[] key, byte[] plaintext, byte[] associatedData)
    {
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize, plaintext.Length), output.AsSpan(NonceSize + plaintext.Length), associatedData);
        return output;
    }

    private static byte[] Decrypt(byte[] key, byte[] box, byte[] associatedData) =>
        TryDecrypt(key, box, associatedData)
        ?? throw new DomainException("投标文件校验失败：内容已被篡改或密钥不符。", "The bid fails its integrity check: altered, or the key does not match.");

    private static byte[]? TryDecrypt(byte[] key, byte[] box, byte[] associatedData)
    {
        if (box.Length < NonceSize + TagSize)
        {
            throw new DomainException("投标文件已撤回或已损坏。", "The bid was withdrawn or is damaged.");
        }

        var length = box.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        try
        {
            aes.Decrypt(box.AsSpan(0, NonceSize), box.AsSpan(NonceSize, length), box.AsSpan(NonceSize + length), plaintext, associatedData);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}

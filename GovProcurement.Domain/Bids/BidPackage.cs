using System.Security.Cryptography;
using System.Text.Json;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Bids;

/// <summary>A file inside a bid.</summary>
public sealed record BidFile(string Name, string ContentType, byte[] Content);

/// <summary>A price for one lot, in fen.</summary>
public sealed record LotPrice(int LotNumber, long PriceFen);

/// <summary>
/// What a supplier seals: a price per lot it bids for and its files. Serialized once; the digest on
/// the receipt is SHA-256 over exactly those bytes.
/// </summary>
public sealed record BidPackage(IReadOnlyList<LotPrice> Prices, IReadOnlyList<BidFile> Files)
{
    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static BidPackage Deserialize(byte[] bytes) =>
        JsonSerializer.Deserialize<BidPackage>(bytes) ?? throw new DomainException("投标文件内容无法读取。", "The bid content cannot be read.");

    public static string DigestOf(byte[] serialized) => Convert.ToHexStringLower(SHA256.HashData(serialized));
}

using System.Numerics;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Bids;

/// <summary>
/// Pads a bid package before it is sealed, so that its sealed size reveals only a size bucket:
/// every package up to the minimum (<see cref="BidSealingOptions.MinimumPaddedBytes"/>) seals to
/// the same size, and a larger one to the next power of two. Powers of two leave at most a
/// handful of buckets up to <see cref="BidPackage.MaxTotalBytes"/> (a few bits of size at most)
/// and cost at most twice the package; a fixed block size would leave hundreds of distinct sizes.
/// The padding is ISO/IEC 7816-4 (one 0x80 byte, then zeros), which removes unambiguously.
/// </summary>
public static class SealedSize
{
    private const byte Marker = 0x80;

    /// <summary>The padded length of a package of <paramref name="length"/> bytes (one marker byte at least).</summary>
    public static int PaddedLength(int length, int minimum)
    {
        var needed = (uint)length + 1;
        return (int)Math.Max((uint)minimum, BitOperations.RoundUpToPowerOf2(needed));
    }

    public static byte[] Pad(byte[] package, int minimum)
    {
        var padded = new byte[PaddedLength(package.Length, minimum)];
        package.CopyTo(padded, 0);
        padded[package.Length] = Marker;
        return padded;
    }

    public static byte[] Unpad(byte[] padded)
    {
        var end = padded.AsSpan().LastIndexOfAnyExcept((byte)0);
        return end >= 0 && padded[end] == Marker
            ? padded[..end]
            : throw new DomainException("投标文件校验失败：填充格式不正确。", "The bid fails its integrity check: bad padding.");
    }
}

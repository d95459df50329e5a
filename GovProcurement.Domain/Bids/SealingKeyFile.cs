using GovProcurement.Domain.Common;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Bids;

/// <summary>Where the bid-sealing master key is kept, section <c>Platform:BidSealing</c>.</summary>
public sealed class BidSealingOptions
{
    public const string Section = "Platform:BidSealing";

    /// <summary>
    /// The key file, outside the database. Created with 32 random bytes (owner-only permissions)
    /// when missing. Production keeps it on a separate secured volume or a secrets mount.
    /// </summary>
    public string KeyFile { get; set; } = "";

    /// <summary>
    /// Every sealed package is padded to at least this size (and above it to the next power of
    /// two), so that a bid's stored size does not tell its content apart: 1 MiB holds a price
    /// sheet and the usual signed response documents of a small bid, whose sizes would otherwise
    /// tell bidders apart. See <see cref="SealedSize"/>.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(4096, 64 * 1024 * 1024)]
    public int MinimumPaddedBytes { get; set; } = 1024 * 1024;
}

/// <summary>Loads (or, the first time, creates) the sealing master key file.</summary>
public sealed class SealingKeyFile
{
    private readonly Lazy<byte[]> key;

    public SealingKeyFile(IOptions<BidSealingOptions> options)
    {
        var path = options.Value.KeyFile;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException($"Configure {BidSealingOptions.Section}:KeyFile.");
        }

        key = new Lazy<byte[]>(() => OwnerOnlyFiles.LoadOrCreateKey(path), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public byte[] MasterKey => key.Value;
}

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

    /// <summary>
    /// Earlier master keys, kept after a rotation so that bids sealed under them still open.
    /// New bids are always sealed under <see cref="KeyFile"/>. A retired key may be dropped once
    /// every project that has bids sealed under it has been opened.
    /// </summary>
    public List<string> RetiredKeyFiles { get; set; } = [];
}

/// <summary>
/// The sealing master keys: the current one (loaded, or the first time created, from
/// <see cref="BidSealingOptions.KeyFile"/>) and the retired ones a rotation left behind.
/// </summary>
public sealed class SealingKeyFile
{
    private readonly Lazy<IReadOnlyList<byte[]>> keys;

    public SealingKeyFile(IOptions<BidSealingOptions> options)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.KeyFile))
        {
            throw new InvalidOperationException($"Configure {BidSealingOptions.Section}:KeyFile.");
        }

        keys = new Lazy<IReadOnlyList<byte[]>>(
            () => [OwnerOnlyFiles.LoadOrCreateKey(settings.KeyFile), .. settings.RetiredKeyFiles.Select(path => OwnerOnlyFiles.ReadKey(path))],
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The key new bids are sealed under.</summary>
    public byte[] MasterKey => keys.Value[0];

    /// <summary>The current key first, then the retired ones: a sealed bid opens under whichever wrapped its key.</summary>
    public IReadOnlyList<byte[]> OpeningKeys => keys.Value;
}

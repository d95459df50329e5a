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

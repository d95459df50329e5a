using System.Security.Cryptography;
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

        key = new Lazy<byte[]>(() => LoadOrCreate(path), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public byte[] MasterKey => key.Value;

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var bytes = File.ReadAllBytes(path);
            return bytes.Length == 32 ? bytes : throw new InvalidOperationException($"The sealing key file {path} must hold exactly 32 bytes.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var fresh = RandomNumberGenerator.GetBytes(32);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, fileOptions);
            stream.Write(fresh);
            return fresh;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return File.ReadAllBytes(path);
        }
    }
}

using System.Security.Cryptography;

namespace GovProcurement.Domain.Common;

/// <summary>
/// Files only the portal's own account may read: key files and the audit checkpoints. On Unix
/// they are created 0600 in folders created 0700; Windows relies on the folder's ACL.
/// </summary>
public static class OwnerOnlyFiles
{
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode FolderMode = FileMode | UnixFileMode.UserExecute;

    /// <summary>Reads a key of <paramref name="length"/> random bytes, creating it the first time.</summary>
    public static byte[] LoadOrCreateKey(string path, int length = 32)
    {
        if (File.Exists(path))
        {
            var bytes = File.ReadAllBytes(path);
            return bytes.Length == length ? bytes : throw new InvalidOperationException($"The key file {path} must hold exactly {length} bytes.");
        }

        CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var fresh = RandomNumberGenerator.GetBytes(length);
        try
        {
            using var stream = new FileStream(path, Options(System.IO.FileMode.CreateNew, FileAccess.Write));
            stream.Write(fresh);
            return fresh;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return File.ReadAllBytes(path);
        }
    }

    /// <summary>Appends one line to an owner-only file, creating the file and its folder if needed.</summary>
    public static void AppendLine(string path, string line)
    {
        CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = new FileStream(path, Options(System.IO.FileMode.Append, FileAccess.Write));
        using var writer = new StreamWriter(stream);
        writer.WriteLine(line);
    }

    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, FolderMode);
        }
    }

    private static FileStreamOptions Options(System.IO.FileMode mode, FileAccess access)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return options;
    }
}

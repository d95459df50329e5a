namespace GovProcurement.Domain.Common;

/// <summary>
/// The portal's data folder (<c>App_Data</c> under the content root): the SQLite store, the
/// sealing key, exports and anything else the portal keeps on disk. Write there only through
/// <see cref="OwnerOnlyFiles"/>.
/// </summary>
public sealed record AppDataFolder(string Root)
{
    public const string Name = "App_Data";

    public static AppDataFolder Under(string contentRoot) => new(Path.Combine(contentRoot, Name));

    /// <summary>A folder under the data folder, created owner-only when missing.</summary>
    public string Folder(params string[] parts) => OwnerOnlyFiles.CreateDirectory(Path.Combine([Root, .. parts]));
}

/// <summary>
/// Files and folders only the portal's own service account can read or write (on Unix: folders
/// 0700, files 0600; on Windows the ACLs of the folder apply). Every writer under
/// <see cref="AppDataFolder"/> goes through here: the store holds password and key hashes, the
/// key files hold the keys themselves.
/// </summary>
public static class OwnerOnlyFiles
{
    public const UnixFileMode FolderPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the folder and any missing parents owner-only. An existing folder is left as it is
    /// (it may be a mount or a shared parent); <see cref="Restrict"/> tightens the data folder at start.
    /// </summary>
    public static string CreateDirectory(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(full);
            return full;
        }

        // The mode applies to every folder this call creates (before the umask, which only removes bits).
        Directory.CreateDirectory(full, FolderPermissions);
        return full;
    }

    /// <summary>Opens a new file for writing, created owner-only (its folder too).</summary>
    public static FileStream Create(string path, FileMode mode = FileMode.CreateNew, int bufferSize = 4096)
    {
        CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None, BufferSize = bufferSize };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FilePermissions;
        }

        var stream = new FileStream(path, options);
        Restrict(path); // an existing file opened with a mode that keeps it keeps its old permissions
        return stream;
    }

    /// <summary>
    /// Makes sure the file exists, owner-only, without touching its content: for files another
    /// library creates (SQLite creates a missing database with the process's default 0644 and
    /// gives its -wal and -shm files the database file's permissions).
    /// </summary>
    public static void EnsureFile(string path)
    {
        if (!File.Exists(path))
        {
            using (Create(path, FileMode.OpenOrCreate))
            {
            }
        }

        Restrict(path);
    }

    /// <summary>Reads a key of <paramref name="length"/> random bytes, creating it owner-only the first time.</summary>
    public static byte[] LoadOrCreateKey(string path, int length = 32)
    {
        if (File.Exists(path))
        {
            return ReadKey(path, length);
        }

        var fresh = System.Security.Cryptography.RandomNumberGenerator.GetBytes(length);
        try
        {
            using var stream = Create(path);
            stream.Write(fresh);
            return fresh;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return File.ReadAllBytes(path);
        }
    }

    /// <summary>
    /// Reads a key that must already exist, such as a retired key kept after a rotation: creating a
    /// fresh one in its place would silently lose what the old one protected.
    /// </summary>
    public static byte[] ReadKey(string path, int length = 32)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The key file {path} does not exist.");
        }

        var bytes = File.ReadAllBytes(path);
        return bytes.Length == length ? bytes : throw new InvalidOperationException($"The key file {path} must hold exactly {length} bytes.");
    }

    /// <summary>Appends one line to an owner-only file, creating the file and its folder if needed.</summary>
    public static void AppendLine(string path, string line)
    {
        using var stream = Create(path, FileMode.Append);
        using var writer = new StreamWriter(stream);
        writer.WriteLine(line);
    }

    /// <summary>Tightens a file, or a folder and everything under it, to owner-only. Missing paths are ignored.</summary>
    public static void Restrict(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (File.Exists(path))
        {
            File.SetUnixFileMode(path, FilePermissions);
            return;
        }

        if (!Directory.Exists(path))
        {
            return;
        }

        File.SetUnixFileMode(path, FolderPermissions);
        foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            if (entry.LinkTarget is null)
            {
                entry.UnixFileMode = entry is DirectoryInfo ? FolderPermissions : FilePermissions;
            }
        }
    }
}

using GovProcurement.Domain.Common;
using System.Text.RegularExpressions;
using GovProcurement.Domain.Exports;
using Microsoft.Extensions.Options;

namespace GovProcurement.Portal.Exports;

/// <summary>
/// The folder of export files (<c>Exports:Folder</c>, by default App_Data/exports). Files are written
/// under a temporary name and renamed when complete, so a partial file is never served; names are
/// made from job ids only, never from user input.
/// </summary>
public sealed partial class ExportFolder(IOptions<ExportOptions> options)
{
    public string Path => options.Value.Folder;

    /// <summary>Creates the folder when missing: the one place it is made.</summary>
    public void Ensure() => OwnerOnlyFiles.CreateDirectory(Path);

    public FileStream Create(string name)
    {
        Ensure();
        return OwnerOnlyFiles.Create(PathOf(name), FileMode.CreateNew, 1 << 16);
    }

    /// <summary>Renames the written file to its final name.</summary>
    public void Complete(string partialName, string finalName) => File.Move(PathOf(partialName), PathOf(finalName));

    public FileStream? Open(string name) => File.Exists(PathOf(name)) ? File.OpenRead(PathOf(name)) : null;

    public void Delete(string name)
    {
        try
        {
            File.Delete(PathOf(name));
        }
        catch (IOException)
        {
            // Still open by a download: the next sweep removes it.
        }
    }

    /// <summary>Deletes every export file (finished or partial) but those named in <paramref name="keep"/>.</summary>
    public void DeleteAllExcept(IReadOnlySet<string> keep)
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>())
        {
            if (ExportFileName().IsMatch(file) && !keep.Contains(file))
            {
                Delete(file);
            }
        }
    }

    private string PathOf(string name) => System.IO.Path.Combine(Path, System.IO.Path.GetFileName(name));

    [GeneratedRegex("^[0-9a-f]{32}\\.xlsx(\\.partial)?$")]
    private static partial Regex ExportFileName();
}

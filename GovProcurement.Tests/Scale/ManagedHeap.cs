using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GovProcurement.Tests.Scale;

/// <summary>A process's live managed heap, as the repository's dotnet-gcdump measures it.</summary>
internal static class ManagedHeap
{
    /// <summary>
    /// The portal's live managed heap: dotnet-gcdump (the repository's tool manifest) forces a full blocking collection
    /// and walks the heap; its report's total line is the size of what survived.
    /// </summary>
    public static async Task<long> LiveBytesAsync(int pid)
    {
        var file = Path.Combine(Path.GetTempPath(), $"gp-circuits-{pid}-{Guid.NewGuid():N}.gcdump");
        await RunAsync("dotnet", $"dotnet-gcdump collect -p {pid} -o {file}");
        var report = await RunAsync("dotnet", $"dotnet-gcdump report {file}");
        if (Environment.GetEnvironmentVariable("GP_CIRCUITS_DUMPS") is { Length: > 0 } keep)
        {
            File.Copy(file, Path.Combine(keep, $"heap-{DateTime.UtcNow:HHmmss}.gcdump"));
        }

        File.Delete(file);
        var total = Regex.Match(report, @"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline);
        Assert.True(total.Success, "No heap total in the gcdump report:\n" + report[..Math.Min(report.Length, 2000)]);
        return long.Parse(total.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}

using System.Diagnostics;

namespace GovProcurement.Benchmarks;

/// <summary>
/// One export in this process, for measuring wall time and peak memory (which BenchmarkDotNet does
/// not report): <c>export-peak export|export-async|plain ROWS</c>. Writes to a temp file, deletes it, and
/// prints the rows, the time, the peak resident set (VmHWM) and the file size.
/// </summary>
public static class ExportPeakCommand
{
    public const string Name = "export-peak";

    public static int Run(string[] args)
    {
        if (args.Length != 3 || args[1] is not ("export" or "export-async" or "plain") || !int.TryParse(args[2], out var rows))
        {
            Console.Error.WriteLine($"usage: {Name} export|export-async|plain ROWS");
            return 2;
        }

        var path = Path.Combine(Path.GetTempPath(), $"gp-export-{Environment.ProcessId}.xlsx");
        try
        {
            var clock = Stopwatch.StartNew();
            long written;
            using (var file = File.Create(path))
            {
                written = args[1] switch
                {
                    "export" => ExportSampleData.WriteExport(file, ExportSampleData.Rows(rows)),
                    "export-async" => ExportSampleData.WriteExportAsync(file, ExportSampleData.Rows(rows)),
                    _ => ExportSampleData.WritePlainSpreadCheetah(file, ExportSampleData.Rows(rows)),
                };
            }

            clock.Stop();
            Console.WriteLine($"writer={args[1]} rows={written} seconds={clock.Elapsed.TotalSeconds:F2} peak_mb={PeakResidentMegabytes():F0} file_mb={new FileInfo(path).Length / 1048576.0:F1}");
            return 0;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The process's peak resident set size so far (Linux VmHWM), in MiB.</summary>
    private static double PeakResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) / 1024.0;
    }
}

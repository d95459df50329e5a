using BenchmarkDotNet.Running;
using GovProcurement.Benchmarks;

// dotnet run -c Release --project GovProcurement.Benchmarks -- --filter '*'
// (scripts/benchmark.sh runs it and prints the summary tables.)
// dotnet run -c Release --project GovProcurement.Benchmarks -- export-peak export|export-async|plain ROWS
// (scripts/measure-export-memory.sh runs each export in a fresh process for time and peak memory.)
if (args.Length > 0 && args[0] == ExportPeakCommand.Name)
{
    return ExportPeakCommand.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(RoutingBenchmarks).Assembly).Run(args);
return 0;

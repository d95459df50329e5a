using BenchmarkDotNet.Running;
using GovProcurement.Benchmarks;

// dotnet run -c Release --project GovProcurement.Benchmarks -- --filter '*'
// (scripts/benchmark.sh runs it and prints the summary tables.)
// dotnet run -c Release --project GovProcurement.Benchmarks -- export-peak export|export-async|plain ROWS
// (scripts/measure-export-memory.sh runs each export in a fresh process for time and peak memory.)
// dotnet run -c Release --project GovProcurement.Benchmarks -- province --provider sqlite|postgresql|both --plans 1000000 --projects 100000 [--runs 5] [--pg "Host=...;Port=55500;Username=gp"]
// (builds a store of provincial size once, then times the dashboard, the exception checks and the plan list.)
if (args.Length > 0 && args[0] == ProvinceScaleCommand.Name)
{
    return await ProvinceScaleCommand.RunAsync(args);
}

// dotnet run -c Release --project GovProcurement.Benchmarks -- fill --pg "Host=...;Database=..." --plans 1000000 [--projects 0]
// (adds generated records to a running portal's PostgreSQL store; scripts/load-test.sh uses it.)
if (args.Length > 0 && args[0] == ProvinceFillCommand.Name)
{
    return await ProvinceFillCommand.RunAsync(args);
}

if (args.Length > 0 && args[0] == ExportPeakCommand.Name)
{
    return ExportPeakCommand.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(RoutingBenchmarks).Assembly).Run(args);
return 0;

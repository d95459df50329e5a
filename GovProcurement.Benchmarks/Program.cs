using BenchmarkDotNet.Running;

// dotnet run -c Release --project GovProcurement.Benchmarks -- --filter '*'
// (scripts/benchmark.sh runs it and prints the summary tables.)
BenchmarkSwitcher.FromAssembly(typeof(GovProcurement.Benchmarks.RoutingBenchmarks).Assembly).Run(args);

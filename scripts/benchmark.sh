#!/usr/bin/env bash
# Runs the BenchmarkDotNet suites (Release) and prints their summary tables:
#   RoutingBenchmarks     - the routing decision for one plan
#   PlanListBenchmarks    - the regulator's plan list over 1,000,000 plans in SQLite
#                           (first page; a page 2,000 deep by offset and by keyset)
#   NoticePdfBenchmarks   - rendering an official notice as PDF with the Chinese font subset
#                           (a one-page and a 5-page notice; size and page count as columns)
#   StyledReportBenchmarks - the 20,000-row styled plan register: ClosedXML vs the streaming writer
#   ExcelExportBenchmarks - an .xlsx raw-data export of 15 columns: 100,000 rows with plain
#                           ClosedXML and with the streaming writer, 1,000,000 rows streaming
#                           (slow: ClosedXML takes about 20 s a run; the peak memory of each
#                           export is measured by scripts/measure-export-memory.sh)
# The 1,000,000-plan database is built once under $TMPDIR/gp-bench and reused.
# Usage: scripts/benchmark.sh [BenchmarkDotNet filter, default '*']
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project GovProcurement.Benchmarks -- --filter "${1:-*}" --exporters github
cat BenchmarkDotNet.Artifacts/results/*-report-github.md

#!/usr/bin/env bash
# Runs the BenchmarkDotNet suites (Release) and prints their summary tables:
#   RoutingBenchmarks     - the routing decision for one plan
#   PlanListBenchmarks    - the regulator's plan list over 1,000,000 plans in SQLite
#                           (first page; a page 2,000 deep by offset and by keyset)
#   NoticePdfBenchmarks   - rendering an official notice as PDF with the Chinese font subset
#                           (a one-page and a 5-page notice; size and page count as columns)
#   StyledReportBenchmarks - the 20,000-row styled plan register written by ReportWorkbook
#   ExcelExportBenchmarks - an .xlsx raw-data export of 15 columns at 100,000 and 1,000,000 rows:
#                           the export writer against SpreadCheetah's plain writer, with the peak
#                           memory and file size of one export per case in a fresh process
# The 1,000,000-plan database is built once under $TMPDIR/gp-bench and reused.
# Usage: scripts/benchmark.sh [BenchmarkDotNet filter, default '*']
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project GovProcurement.Benchmarks -- --filter "${1:-*}" --exporters github
cat BenchmarkDotNet.Artifacts/results/*-report-github.md

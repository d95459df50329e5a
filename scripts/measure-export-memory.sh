#!/usr/bin/env bash
# Measures wall time, peak memory and file size of the .xlsx raw-data export (15 columns), each
# case in a fresh process, because BenchmarkDotNet's MemoryDiagnoser reports allocations, not the
# peak working set. Cases: SpreadCheetah's plain writer (no safety) and the export writer
# (RawExportWriter, synchronous and asynchronous), each at 100,000 and 1,000,000 rows. (ExcelExportBenchmarks shows the same
# figures in its "Peak RSS" and "File" columns.) Each run writes to a temp file and deletes it. Per case it prints the program's
# own figures (export time, VmHWM, file size) and /usr/bin/time's wall time and maximum resident
# set size for the whole process (runtime start-up included).
# Usage: scripts/measure-export-memory.sh ["plain:100000 export:100000 ..."]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-"plain:100000 export:100000 export-async:100000 plain:1000000 export:1000000 export-async:1000000"}
dotnet build GovProcurement.Benchmarks -c Release -v q -nologo >/dev/null
dll=GovProcurement.Benchmarks/bin/Release/net10.0/GovProcurement.Benchmarks.dll
log=$(mktemp)
trap 'rm -f "$log"' EXIT

for case in $cases; do
  writer=${case%%:*}; rows=${case##*:}
  /usr/bin/time -v -o "$log" dotnet "$dll" export-peak "$writer" "$rows"
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  echo "  process: wall=$wall max_rss_mb=$((rss / 1024))"
done

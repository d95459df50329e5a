#!/usr/bin/env bash
# Load test of the two-instance deployment, in real Chromium, on loopback only, bounded in circuits and time:
#   scripts/two-instances.sh starts PostgreSQL (private cluster), Redis, nginx and two Release instances; the
#   benchmarks' fill command adds PLANS generated plans (default 1,000,000) to their store; then the test opens
#   CIRCUITS circuits through nginx (default 200: purchasers typing plan forms, regulators opening the dashboard,
#   suppliers opening notices and downloading their PDFs), has the province's finance department start the raw-plan
#   export (PLANS rows and the demo ones), and for SECONDS (default 120) takes the circuits in turn while it runs. It
#   prints p95 of UI events and page loads, the export's rows and time, the managed heap each circuit adds, each
#   instance's CPU, and the errors; everything it started is stopped at the end.
# Needs what ./test.sh installs (chromium, postgresql, redis-server, nginx) and dotnet-gcdump (dotnet tool restore).
# Usage: scripts/load-test.sh [circuits] [seconds]      PLANS=N  WORKERS=N (parallel drivers, default 4)
#        P95_MS=250 MAX_ERRORS=0 scripts/load-test.sh    (fails above the limits)
set -euo pipefail
cd "$(dirname "$0")/.."
circuits="${1:-200}"
seconds="${2:-120}"
plans="${PLANS:-1000000}"
pg_port="${GP_PG_PORT:-55432}"
dotnet tool restore >/dev/null
dotnet build GovProcurement.sln -c Release -v q -nologo >/dev/null
root=$(GP_TWO_NO_BUILD=1 scripts/two-instances.sh start)
trap 'scripts/two-instances.sh stop >/dev/null 2>&1 || true' EXIT
# shellcheck disable=SC1091
. "$root/instances.env"
started=$(date +%s)
dotnet GovProcurement.Benchmarks/bin/Release/net10.0/GovProcurement.Benchmarks.dll fill \
  --pg "Host=127.0.0.1;Port=$pg_port;Username=gp;Database=gp_two_instances" --plans "$plans" --projects 0
echo "load: store filled in $(( $(date +%s) - started )) s"

GP_LOAD="$circuits" GP_LOAD_SECONDS="$seconds" GP_LOAD_WORKERS="${WORKERS:-4}" GP_LOAD_URL="$PROXY" GP_LOAD_PIDS="$A_PID $B_PID" \
GP_LOAD_P95_MS="${P95_MS:-}" GP_LOAD_MAX_ERRORS="${MAX_ERRORS:-}" \
  dotnet test GovProcurement.Tests --no-build -c Release --filter "FullyQualifiedName~Scale.LoadTests" \
  --logger "console;verbosity=detailed" | grep -E -A6 "load:|Passed|Failed|Skipped|Total tests|Error Message" | grep -v "^--$"

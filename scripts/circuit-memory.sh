#!/usr/bin/env bash
# Measures what each Blazor circuit of the plan form keeps, and how fast typing into it stays, in real Chromium:
#   one Release portal (Production, its own SQLite store with the demo accounts, a private port) and N circuits, each
#   on a plan draft of its own with one line and an amount. At 1, N/2 and N circuits a gcdump of the portal (a full
#   blocking collection, then a heap walk) gives the live managed heap; the slope is the KB each circuit keeps. Then
#   on 20 circuits spread over the N it types a digit into the amount and notes, in the page, the time until the
#   routing panel shows the new total (median and p95).
# Needs Debian's chromium (./test.sh installs it) and the repository's dotnet-gcdump (dotnet tool restore).
# Usage: scripts/circuit-memory.sh [circuits, default 100]    (DUMPS=/some/dir keeps the gcdumps for dotnet-gcdump report,
#                                                              SCREENSHOT=/some/file.png shows the first circuit's form)
#        MAX_KB=500 P95_MS=50 scripts/circuit-memory.sh 100    (fails above the limits)
set -euo pipefail
cd "$(dirname "$0")/.."
circuits="${1:-100}"
root="/tmp/gp-circuits-$$"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$root"
dotnet tool restore >/dev/null
dotnet build GovProcurement.sln -c Release -v q -nologo >/dev/null
dotnet publish GovProcurement.Portal -c Release --no-build -o "$root/app" -v q -nologo >/dev/null

ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  ConnectionStrings__Sqlite="Data Source=$root/portal.db" \
  DemoData__Enabled=true DemoData__Story=false Platform__Admin__InitialPassword=a123456- Platform__PublicBaseUrl="http://127.0.0.1:$port" \
  dotnet "$root/app/GovProcurement.Portal.dll" --contentRoot "$root/app" </dev/null >"$root/portal.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$root"' EXIT
for _ in $(seq 1 1800); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true)" = "200" ] && break
  kill -0 $pid 2>/dev/null || { tail -n 40 "$root/portal.log" >&2; exit 1; }
  sleep 0.1
done

GP_CIRCUITS="$circuits" GP_CIRCUITS_URL="http://127.0.0.1:$port" GP_CIRCUITS_PID="$pid" \
GP_CIRCUITS_MAX_KB="${MAX_KB:-}" GP_CIRCUITS_DUMPS="${DUMPS:-}" GP_CIRCUITS_SCREENSHOT="${SCREENSHOT:-}" GP_CIRCUITS_P95_MS="${P95_MS:-}" \
  dotnet test GovProcurement.Tests --no-build -c Release --filter "FullyQualifiedName~CircuitMemoryTests" \
  --logger "console;verbosity=detailed" | grep -E "circuit-memory:|Passed|Failed|Skipped|Total tests|KB per circuit|keystroke p95"

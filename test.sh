#!/usr/bin/env bash
# The one test command: installs what the tests need on a fresh Debian machine,
# then restores, builds and runs every test, ending with "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages: Chromium for the browser tests, CJK fonts so pages and PDFs render
# Chinese, poppler-utils to look at PDFs, PostgreSQL's server for the suites that run there, nginx
# and Redis for the two-instance test.
packages=(chromium fonts-wqy-microhei poppler-utils postgresql nginx redis-server)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
dotnet restore GovProcurement.sln
dotnet build GovProcurement.sln --no-restore -c Release

# Private ports and directories of this run: the defaults when free, the next free port otherwise, so
# that a second run on the machine (or a developer's own cluster) never shares a server with this one.
free_port() {
  python3 - "$1" <<'PY'
import socket, sys
port = int(sys.argv[1])
while True:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
            break
        except OSError:
            port += 1
print(port)
PY
}
GP_PG_PORT=$(free_port 55432)
GP_REDIS_PORT=$(free_port 56379)
GP_PROXY_PORT=$(free_port 58080)
first_instance=$(free_port 5301)
GP_INSTANCE_PORTS="$first_instance $(free_port $((first_instance + 1)))"
GP_TWO_DIR="/tmp/gp-two-instances-$$"
export GP_PG_PORT GP_REDIS_PORT GP_PROXY_PORT GP_INSTANCE_PORTS GP_TWO_DIR

results="$(pwd)/TestResults"
rm -rf "$results"
# A test that hangs is stopped after 15 minutes and named (the blame collector), so that a run ends
# with its summary instead of running out of time.
hang=(--blame-hang --blame-hang-timeout 15m)
start=$(date +%s)
set +e
dotnet test GovProcurement.sln --no-build -c Release "${hang[@]}" --logger "trx;LogFileName=results.trx" --results-directory "$results"
status=$?
set -e
elapsed=$(( $(date +%s) - start ))

# The persistence, concurrency, integration and export-job suites again, on PostgreSQL: a private cluster
# (scripts/postgres.sh: its own data directory under /tmp and port 55432 or the next free one, stopped at the end),
# one database per test store or portal (Tests/Support/TestDatabase.cs).
pg_suites="FullyQualifiedName~GovProcurement.Tests.Exports.ExportJobTests|FullyQualifiedName~GovProcurement.Tests.Persistence|FullyQualifiedName~GovProcurement.Tests.Concurrency|FullyQualifiedName~GovProcurement.Tests.Web"
trap 'scripts/postgres.sh stop || true' EXIT
pg_start=$(date +%s)
set +e
GP_TEST_POSTGRES="$(scripts/postgres.sh start)"
pg_status=$?
if [ $pg_status -eq 0 ]; then
  GP_TEST_POSTGRES="$GP_TEST_POSTGRES" dotnet test GovProcurement.sln --no-build -c Release "${hang[@]}" --filter "$pg_suites" \
    --logger "trx;LogFileName=results-postgresql.trx" --results-directory "$results/postgresql"
  pg_status=$?
fi
set -e
pg_elapsed=$(( $(date +%s) - pg_start ))
[ $pg_status -eq 0 ] || status=1

# Two portal instances behind nginx, with Redis, on one database of the cluster above
# (scripts/two-instances.sh: Redis on 56379 and nginx on 58080, private directories under /tmp,
# instances on 5301 and 5302, or the next free ports), and the test that signs in through nginx, moves to the other instance
# and sends a live signal across (Tests/Scale). Stopped at the end, also when something failed.
trap 'scripts/two-instances.sh stop || true; scripts/postgres.sh stop || true' EXIT
two_start=$(date +%s)
set +e
two_dir="$(GP_TWO_NO_BUILD=1 scripts/two-instances.sh start)"
two_status=$?
if [ $two_status -eq 0 ]; then
  GP_TEST_TWO_INSTANCES="$two_dir" dotnet test GovProcurement.sln --no-build -c Release "${hang[@]}" --filter "FullyQualifiedName~GovProcurement.Tests.Scale" \
    --logger "trx;LogFileName=results-two-instances.trx" --results-directory "$results/two-instances"
  two_status=$?
fi
set -e
scripts/two-instances.sh stop
two_elapsed=$(( $(date +%s) - two_start ))
[ $two_status -eq 0 ] || status=1

scripts/postgres.sh stop
trap - EXIT

# The OpenAPI document (docs/openapi/v1.json, which Web/OpenApiContractTests holds equal to the served
# one) linted with Redocly's recommended rules (redocly.yaml). The CLI is pinned and installed with npm
# into .tools/redocly (git-ignored); Node.js comes from Debian when it is missing.
redocly_version=2.77.0
redocly=.tools/redocly/node_modules/.bin/redocly
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
if ! command -v npm >/dev/null; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
if [ "$("$redocly" --version 2>/dev/null | tail -n 1)" != "$redocly_version" ]; then
  npm install --prefix .tools/redocly --save-exact --no-audit --no-fund --loglevel=error "@redocly/cli@$redocly_version" >/dev/null
fi
mkdir -p "$results"
set +e
"$redocly" lint --max-problems 50 > "$results/openapi-lint.txt" 2>&1
lint_status=$?
set -e
if [ $lint_status -eq 0 ] && grep -q "Your API description is valid" "$results/openapi-lint.txt" && ! grep -q "You have [0-9]* warning" "$results/openapi-lint.txt"; then
  echo "OpenAPI lint (Redocly $redocly_version, recommended rules): 0 errors, 0 warnings."
else
  grep -v "[═║]" "$results/openapi-lint.txt"
  echo "OpenAPI lint failed: docs/openapi/v1.json (full output in TestResults/openapi-lint.txt)."
  [ $status -ne 0 ] || status=1
fi

# The plain summary line, from the test results files (SQLite's run, PostgreSQL's and the two instances'), summed.
trx_files=$(find "$results" -name '*.trx' | sort)
if [ -n "$trx_files" ]; then
  # shellcheck disable=SC2086
  read -r passed failed skipped < <(python3 - $trx_files <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in sys.argv[1:]:
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    total, p = int(c.get("total")), int(c.get("passed"))
    f = int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    passed, failed, skipped = passed + p, failed + f, skipped + total - p - f
print(passed, failed, skipped)
PY
)
else
  passed=0 failed=0 skipped=0
fi
# A run that left no results file (a build, cluster or instance failure) counts as one failure.
[ "$(echo "$trx_files" | grep -c .)" -ge 3 ] || failed=$((failed + 1))
echo "Tests took ${elapsed} s on SQLite, then ${pg_elapsed} s for the PostgreSQL suites and ${two_elapsed} s for the two instances."
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status

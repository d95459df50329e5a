#!/usr/bin/env bash
# Measures the portal's start-up time to the first page on the embedded default (SQLite),
# in Release: "fresh" starts with no database (migrations, reference data, demo data with
# its PBKDF2-hashed accounts), "warm" restarts on the database the fresh run left.
# Usage: scripts/measure-startup.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=5099
dotnet build GovProcurement.Portal -c Release -v q -nologo >/dev/null
dll=GovProcurement.Portal/bin/Release/net10.0/GovProcurement.Portal.dll
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start_once() {
  local t0 t1 pid code
  t0=$(date +%s%N)
  ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__Sqlite="Data Source=$data/portal.db" DemoData__Enabled=true Platform__Admin__InitialPassword=a123456- \
    dotnet "$dll" --contentRoot "$(pwd)/GovProcurement.Portal" >"$data/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do   # at most 60 s
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
    [ "$code" = "200" ] && break
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ "$code" = "200" ] || { echo "the portal did not answer; log:" >&2; cat "$data/log" >&2; exit 1; }
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

fresh=(); warm=()
for _ in $(seq 1 "$runs"); do
  rm -f "$data"/portal.db*
  fresh+=("$(start_once)")
  warm+=("$(start_once)")
done
echo "fresh start to first page (ms): ${fresh[*]} -> median $(printf '%s\n' "${fresh[@]}" | median)"
echo "warm start to first page (ms):  ${warm[*]} -> median $(printf '%s\n' "${warm[@]}" | median)"

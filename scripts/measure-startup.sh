#!/usr/bin/env bash
# Measures the portal's start-up time to the first page on the embedded default (SQLite),
# in Release, without and with the demo story (DemoData:Story): "fresh" starts with no
# database (migrations, reference data, demo organisations with their PBKDF2-hashed accounts,
# and the story when on), "warm" restarts on the database the fresh run left. Each start is
# timed from launching `dotnet` until `/` answers 200. The portal logs how long the demo data
# and the story took; the medians of those lines are printed too.
# Usage: scripts/measure-startup.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=5099
dotnet build GovProcurement.Portal -c Release -v q -nologo >/dev/null
dll=GovProcurement.Portal/bin/Release/net10.0/GovProcurement.Portal.dll
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

# start_once STORY FRESH: prints the milliseconds to the first page; on a fresh store, appends the portal's own timings to $data/timings.
start_once() {
  local t0 t1 pid code
  t0=$(date +%s%N)
  ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__Sqlite="Data Source=$data/portal.db" DemoData__Enabled=true DemoData__Story="$1" \
    Platform__Admin__InitialPassword=a123456- Platform__PublicBaseUrl="http://127.0.0.1:$port" \
    Platform__Audit__CheckpointFolder="$data/audit" \
    dotnet "$dll" --contentRoot "$(pwd)/GovProcurement.Portal" >"$data/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 2400); do   # at most 120 s
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
    [ "$code" = "200" ] && break
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ "$code" = "200" ] || { echo "the portal did not answer; log:" >&2; cat "$data/log" >&2; exit 1; }
  if [ "$2" = fresh ]; then grep -oE '(Demo data seeded|Demo story told) in [0-9]+ ms' "$data/log" >>"$data/timings" || true; fi
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for story in false true; do
  fresh=(); warm=(); : >"$data/timings"
  for _ in $(seq 1 "$runs"); do
    rm -rf "$data"/portal.db* "$data/audit"
    fresh+=("$(start_once "$story" fresh)")
    warm+=("$(start_once "$story" warm)")
  done
  echo "story=$story fresh start to first page (ms): ${fresh[*]} -> median $(printf '%s\n' "${fresh[@]}" | median)"
  echo "story=$story warm start to first page (ms):  ${warm[*]} -> median $(printf '%s\n' "${warm[@]}" | median)"
  for what in "Demo data seeded" "Demo story told"; do
    values=$(grep "^$what" "$data/timings" | grep -oE '[0-9]+' || true)
    if [ -n "$values" ]; then echo "story=$story $what (ms, fresh starts): $(echo $values) -> median $(echo "$values" | median)"; fi
  done
done

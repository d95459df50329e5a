#!/usr/bin/env bash
# Two portal instances behind nginx, as a deployment of several runs them: one PostgreSQL database,
# Redis for the shared cache and the live signals, nginx with sticky sessions in front. Everything is
# private and on loopback: Redis on port 56379 (no persistence) and nginx on 58080, each with its own
# directory under /tmp and run by this user; the instances (a Release publish, ports 5301 and 5302)
# share one content root, so they share the audit and bid-sealing key files and the export folder.
# PostgreSQL: the cluster of scripts/postgres.sh on port 55432, reused when it already runs (the
# tests share it) and then left running; started (and stopped again) otherwise.
#   scripts/two-instances.sh start   prints the run directory (for GP_TEST_TWO_INSTANCES); its file
#                                    instances.env names the addresses and the instances' process ids
#   scripts/two-instances.sh stop    stops what start started and removes the run directory
# GP_TWO_NO_BUILD=1 skips the Release build (./test.sh has built already). GP_REDIS_PORT, GP_PROXY_PORT,
# GP_INSTANCE_PORTS ("a b"), GP_PG_PORT and GP_TWO_DIR move a run off the defaults (./test.sh picks free ones).
set -euo pipefail
cd "$(dirname "$0")/.."

root="${GP_TWO_DIR:-/tmp/gp-two-instances}"
redis_port="${GP_REDIS_PORT:-56379}"
proxy_port="${GP_PROXY_PORT:-58080}"
read -r -a ports <<<"${GP_INSTANCE_PORTS:-5301 5302}"
names=(a b)
pg_port="${GP_PG_PORT:-55432}"
database=gp_two_instances
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

log() { echo "$@" >&2; }

# wait_for URL SECONDS [PID]: until the address answers 200 (giving up when the process PID has ended).
wait_for() {
  local code=""
  for _ in $(seq 1 $(( $2 * 10 ))); do
    [ -z "${3:-}" ] || kill -0 "$3" 2>/dev/null || return 1
    code=$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)
    [ "$code" = "200" ] && return 0
    sleep 0.1
  done
  return 1
}

psql_gp() { PGOPTIONS="-c client_min_messages=warning" "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U gp -d postgres -v ON_ERROR_STOP=1 "$@" >/dev/null; }

stop_all() {
  [ -d "$root" ] || return 0
  for name in "${names[@]}"; do
    if [ -s "$root/$name.pid" ]; then
      pid=$(cat "$root/$name.pid")
      if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
  done
  if [ -s "$root/nginx/nginx.pid" ]; then
    nginx -p "$root/nginx" -c nginx.conf -e logs/error.log -s quit 2>/dev/null || kill -TERM "$(cat "$root/nginx/nginx.pid")" 2>/dev/null || true
  fi
  if [ -s "$root/redis/redis.pid" ]; then
    redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || kill -TERM "$(cat "$root/redis/redis.pid")" 2>/dev/null || true
  fi
  if [ -e "$root/own-postgres" ]; then
    scripts/postgres.sh stop || true
  elif [ -n "$pg_bin" ] && "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; then
    psql_gp -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
  fi
  rm -rf "$root"
}

start() {
  command -v nginx >/dev/null && command -v redis-server >/dev/null \
    || { log "nginx and redis-server are needed (apt-get install nginx redis-server)."; exit 1; }
  [ -n "$pg_bin" ] || { log "PostgreSQL server binaries not found (apt-get install postgresql)."; exit 1; }
  stop_all
  mkdir -p "$root/redis" "$root/nginx/logs" "$root/nginx/temp"

  redis-server --port "$redis_port" --bind 127.0.0.1 --protected-mode yes --save "" --appendonly no \
    --dir "$root/redis" --daemonize yes --pidfile "$root/redis/redis.pid" --logfile "$root/redis/redis.log" >/dev/null
  for _ in $(seq 1 100); do [ "$(redis-cli -p "$redis_port" ping 2>/dev/null)" = "PONG" ] && break; sleep 0.1; done
  [ "$(redis-cli -p "$redis_port" ping 2>/dev/null)" = "PONG" ] || { log "Redis did not start:"; cat "$root/redis/redis.log" >&2; exit 1; }

  if ! "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; then
    scripts/postgres.sh start >/dev/null
    touch "$root/own-postgres"
  fi
  psql_gp -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"

  if [ "${GP_TWO_NO_BUILD:-}" != "1" ]; then
    dotnet build GovProcurement.Portal -c Release -v q -nologo >/dev/null
  fi
  dotnet publish GovProcurement.Portal -c Release --no-build -o "$root/app" -v q -nologo >/dev/null

  # One after the other: the first migrates and seeds the new database and creates the Data
  # Protection key, the second starts on both.
  for i in 0 1; do
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:${ports[$i]}" \
      Portal__InstanceName="${names[$i]}" \
      Database__Provider=PostgreSql \
      ConnectionStrings__PostgreSql="Host=127.0.0.1;Port=$pg_port;Username=gp;Database=$database" \
      Redis__Configuration="127.0.0.1:$redis_port" \
      DemoData__Enabled=true DemoData__Story=false Platform__Admin__InitialPassword=a123456- \
      Platform__PublicBaseUrl="http://127.0.0.1:$proxy_port" \
      dotnet "$root/app/GovProcurement.Portal.dll" --contentRoot "$root/app" \
      </dev/null >"$root/${names[$i]}.log" 2>&1 &
    echo $! >"$root/${names[$i]}.pid"
    wait_for "http://127.0.0.1:${ports[$i]}/healthz" 180 "$(cat "$root/${names[$i]}.pid")" \
      || { log "Instance ${names[$i]} did not start:"; tail -n 50 "$root/${names[$i]}.log" >&2; exit 1; }
  done

  # The file as shipped names the default ports; a run on other ports (GP_*_PORT) gets its own copy.
  sed -e "s/127\.0\.0\.1:5301/127.0.0.1:${ports[0]}/" -e "s/127\.0\.0\.1:5302/127.0.0.1:${ports[1]}/" \
    -e "s/listen 127\.0\.0\.1:58080/listen 127.0.0.1:$proxy_port/" scripts/nginx/gp-two-instances.conf >"$root/nginx/nginx.conf"
  nginx -p "$root/nginx" -c nginx.conf -e logs/error.log -t -q
  nginx -p "$root/nginx" -c nginx.conf -e logs/error.log
  wait_for "http://127.0.0.1:$proxy_port/healthz" 10 || { log "nginx did not answer:"; cat "$root/nginx/logs/error.log" >&2; exit 1; }

  cat >"$root/instances.env" <<EOF
PROXY=http://127.0.0.1:$proxy_port
A=http://127.0.0.1:${ports[0]}
B=http://127.0.0.1:${ports[1]}
A_PID=$(cat "$root/a.pid")
B_PID=$(cat "$root/b.pid")
EOF
  echo "$root"
}

case "${1:-}" in
  start) start ;;
  stop) stop_all ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

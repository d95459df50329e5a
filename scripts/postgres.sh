#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests: Debian's server binaries, a data directory and socket
# of its own under /tmp, a private loopback port, trust authentication for the one local role "gp".
# Nothing of the system's own clusters is touched.
#   scripts/postgres.sh start   prints the connection string for GP_TEST_POSTGRES
#   scripts/postgres.sh stop    stops the cluster and removes its directory
set -euo pipefail

port="${GP_PG_PORT:-55432}"
root="${GP_PG_DIR:-/tmp/gp-postgres-$port}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)." >&2; exit 1; }

# The server refuses to run as root: as root, run it as Debian's postgres account.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ ! -s "$root/data/PG_VERSION" ]; then
      rm -rf "$root"
      mkdir -p "$root"
      [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$root"
      as_owner "$bin/initdb" -D "$root/data" -U gp --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 \
        || { cat "$root/initdb.log" >&2; exit 1; }
    fi
    if as_owner "$bin/pg_ctl" -D "$root/data" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null
    fi
    as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
      -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null || { cat "$root/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=gp;Database=postgres;Include Error Detail=true"
    ;;
  stop)
    if [ -s "$root/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$root"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

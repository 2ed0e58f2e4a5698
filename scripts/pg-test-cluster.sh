#!/bin/sh
# Throwaway PostgreSQL 15 cluster for the storage tests.
#   scripts/pg-test-cluster.sh start <dir> <port>   # prints the URL for TEST_DATABASE_URL
#   scripts/pg-test-cluster.sh stop  <dir>
# PostgreSQL refuses to run as root, so as root the binaries run as the `postgres` user.
# fsync is off: the cluster holds test data only and is thrown away afterwards.
set -eu

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
command=${1:-}
dir=${2:-}
port=${3:-54329}

usage() {
  echo "usage: $0 start <dir> <port> | stop <dir>" >&2
  exit 2
}

[ -n "$command" ] && [ -n "$dir" ] || usage
[ -x "$PG_BIN/pg_ctl" ] || { echo "PostgreSQL binaries not found in $PG_BIN (apt-get install -y postgresql)" >&2; exit 1; }

as_pg_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres "$dir"
      chmod 700 "$dir"
      runuser -u postgres -- test -w "$dir" ||
        { echo "user postgres cannot reach $dir: pick a folder whose parents it may enter (e.g. under /tmp)" >&2; exit 1; }
    fi
    if [ ! -f "$dir/PG_VERSION" ]; then
      output=$(as_pg_user "$PG_BIN/initdb" -D "$dir" -A trust -U postgres --no-sync 2>&1) ||
        { echo "$output" >&2; exit 1; }
    fi
    # Already running (a second start in the same session): just print the URL again.
    if as_pg_user "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      echo "postgres://postgres@127.0.0.1:$port/postgres"
      exit 0
    fi
    as_pg_user "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null ||
      { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir=$(cd "$dir" && pwd)
    as_pg_user "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    echo "stopped $dir"
    ;;
  *)
    usage
    ;;
esac

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for Brevet's storage tests and prints its URL.
#
#   export BREVET_TEST_POSTGRES_URL=$(scripts/postgres-test-cluster.sh)   # start (or reuse) it
#   scripts/postgres-test-cluster.sh stop                                 # stop it
#
# The cluster lives in $BREVET_PG_DIR (default /tmp/brevet-pg-test), listens on 127.0.0.1 only, on a
# free port, with trust authentication and fsync off: for tests, never for data. Running it again
# while the cluster is up prints the same URL. Installs PostgreSQL 15 with apt-get when its binaries
# are missing. initdb and pg_ctl run as the `postgres` user when started as root. Only the URL goes
# to standard output; progress goes to standard error.
set -euo pipefail

dir=${BREVET_PG_DIR:-/tmp/brevet-pg-test}
bin=${BREVET_PG_BIN:-/usr/lib/postgresql/15/bin}
database=brevet_test
data=$dir/data
log() { echo "postgres-test-cluster: $*" >&2; }

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() {
  [ -f "$data/PG_VERSION" ] && as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

url() { echo "postgres://postgres@127.0.0.1:$(cat "$dir/port")/$database?sslmode=disable"; }

if [ "${1:-start}" = stop ]; then
  if running; then
    as_postgres "$bin/pg_ctl" -D "$data" -m fast -w stop >&2
    log "stopped"
  else
    log "not running"
  fi
  exit 0
fi

if [ ! -x "$bin/initdb" ]; then
  log "installing PostgreSQL 15"
  if [ "$(id -u)" -ne 0 ]; then log "PostgreSQL 15 is missing and installing it needs root"; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q postgresql-15 >&2 || apt-get install -y -q postgresql >&2
  [ -x "$bin/initdb" ] || { log "no initdb at $bin after installing"; exit 1; }
fi

if running; then
  url
  exit 0
fi

mkdir -p "$dir"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
if [ ! -f "$data/PG_VERSION" ]; then
  log "initializing a cluster in $data"
  as_postgres "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
fi

port=""
for candidate in $(seq 54329 54429); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { log "no free port in 54329-54429"; exit 1; }
echo "$port" > "$dir/port"

log "starting on 127.0.0.1:$port"
as_postgres "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
if ! as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database"
fi
url

#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 server on 127.0.0.1 for tests and CI.
#   scripts/postgres-server.sh start <data-dir> <port>   prints the DATABASE_URL
#   scripts/postgres-server.sh stop  <data-dir>
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data dir}; port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_pg "'$bin/initdb' -D '$dir' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    fi
    as_pg "'$bin/pg_ctl' -D '$dir' -o \"-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=off -c max_connections=200\" -l '$dir/server.log' -w start" >/dev/null
    as_pg "'$bin/psql' -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='early_adopters'\"" | grep -q 1 \
      || as_pg "'$bin/createdb' -h 127.0.0.1 -p $port -U postgres early_adopters"
    echo "postgresql://postgres@127.0.0.1:$port/early_adopters"
    ;;
  stop)
    [ -f "$dir/postmaster.pid" ] && as_pg "'$bin/pg_ctl' -D '$dir' -m fast -w stop" >/dev/null || true
    ;;
  *) echo "usage: $0 start|stop <data-dir> [port]" >&2; exit 2 ;;
esac

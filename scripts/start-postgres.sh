#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the test suite.
#   scripts/start-postgres.sh [DIR]     (port: $PGPORT, default 54329)
# Prints the connection URL on its last line; scripts/stop-postgres.sh DIR stops it.
set -euo pipefail

dir=${1:-$(mktemp -d /tmp/rinnalla-pg.XXXXXX)}
port=${PGPORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "start-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi

# PostgreSQL refuses to run as root: use the postgres system user when we are root.
run_as=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run_as=(runuser -u postgres --)
fi

mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
if [ -f "$dir/data/postmaster.pid" ]; then
  "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
fi
rm -rf "$dir/data"
"${run_as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
"${psql[@]}" -c "CREATE ROLE rinnalla LOGIN PASSWORD 'rinnalla' CREATEDB" postgres
"${psql[@]}" -c "CREATE DATABASE rinnalla_test OWNER rinnalla" postgres
echo "$bin/pg_ctl -D $dir/data -m fast stop" >"$dir/stop-command"
echo "postgres://rinnalla:rinnalla@127.0.0.1:$port/rinnalla_test"

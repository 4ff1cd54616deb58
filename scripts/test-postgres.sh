#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests (scripts/test.sh uses it).
#
#   scripts/test-postgres.sh start [--durable]
#                                    starts one in a new temporary folder, on a free port, and
#                                    prints two lines: the folder, and the superuser's address;
#                                    --durable commits to disk as a real server does (benchmarks)
#   scripts/test-postgres.sh stop DIR  stops it and removes the folder
#
# initdb refuses to run as root; as root the server runs as the unprivileged user `postgres`
# (made by Debian's postgresql-common). Nothing is written outside the folder; for the tests
# durability is off (fsync) because the folder is thrown away.
set -euo pipefail

bindir="/usr/lib/postgresql/15/bin"
as_user=()
owner=""
if [ "$(id -u)" -eq 0 ]; then
  owner="postgres"
  id -u "$owner" >/dev/null 2>&1 || { echo "test-postgres: there is no user $owner to run the server as" >&2; exit 1; }
  as_user=(runuser -u "$owner" --)
fi

case "${1:-}" in
  start)
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${2:-}" = "--durable" ] && durability=""
    [ -x "$bindir/initdb" ] || { echo "test-postgres: $bindir/initdb is missing (apt-get install postgresql-15)" >&2; exit 1; }
    dir="$(mktemp -d "${TMPDIR:-/tmp}/iitalent-pg.XXXXXX")"
    chmod 755 "$dir"
    [ -z "$owner" ] || chown "$owner" "$dir"
    password="iitalent-test-$RANDOM$RANDOM"
    printf '%s\n' "$password" >"$dir/pwfile"
    [ -z "$owner" ] || chown "$owner" "$dir/pwfile"
    if ! "${as_user[@]}" "$bindir/initdb" -D "$dir/data" -U iitalent_test --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
      cat "$dir/initdb.log" >&2
      echo "test-postgres: initdb failed" >&2
      rm -rf "$dir"
      exit 1
    fi
    rm -f "$dir/pwfile"
    for attempt in 1 2 3 4 5 6 7 8; do
      port=$((20000 + (RANDOM % 40000)))
      if "${as_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
          -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability -c max_connections=250" \
          start >/dev/null 2>&1; then
        echo "$dir"
        echo "postgresql://iitalent_test:$password@127.0.0.1:$port/postgres"
        exit 0
      fi
    done
    tail -20 "$dir/server.log" >&2 || true
    echo "test-postgres: the server did not start" >&2
    rm -rf "$dir"
    exit 1
    ;;
  stop)
    dir="${2:?test-postgres: stop needs the folder that start printed}"
    if [ -d "$dir/data" ]; then
      "${as_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in "${TMPDIR:-/tmp}"/iitalent-pg.*) rm -rf "$dir" ;; esac
    ;;
  *)
    echo "usage: scripts/test-postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac

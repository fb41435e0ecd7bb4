#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests and the benchmark: `start` initdb's a cluster
# into a scratch folder (as the postgres user: the server refuses to run as root) on a private
# port and socket folder, `url` prints the URL of its maintenance database, `stop` stops it and
# removes the folder. Exits 2 with one line saying why when the server binaries are missing.
set -euo pipefail

DIR=${CROSSREAD_PG_DIR:-/tmp/crossread-pg-$(id -u)-$(printf '%s' "$PWD" | cksum | cut -d' ' -f1)}
# A port of this folder's own, so that two checkouts on one machine do not meet; below the
# ephemeral range (32768-60999), where the tests' own client sockets could hold it.
PORT=${CROSSREAD_PG_PORT:-$((26400 + $(printf '%s' "$DIR" | cksum | cut -d' ' -f1) % 1000))}
BIN=${CROSSREAD_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

need_server() {
  if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ] || [ ! -x "$BIN/pg_ctl" ]; then
    echo "pg-scratch: no PostgreSQL server binaries (apt-get install postgresql)" >&2
    exit 2
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "pg-scratch: running as root but there is no postgres user to run the server" >&2
    exit 2
  fi
}

case "${1:-}" in
start)
  need_server
  if [ -f "$DIR/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
    exit 0
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR"; fi
  as_owner "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
    { cat "$DIR/initdb.log" >&2; exit 1; }
  # Scratch data: durability off makes the suite fast; a crash loses only test databases.
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
  echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
  ;;
stop)
  if [ -n "$BIN" ] && [ -f "$DIR/data/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$DIR"
  ;;
url)
  echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
  ;;
*)
  echo "usage: $0 start|stop|url" >&2
  exit 64
  ;;
esac

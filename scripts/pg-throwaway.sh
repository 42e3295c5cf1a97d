#!/bin/sh
# A throwaway PostgreSQL cluster for tests, on a free loopback port, in a temporary directory.
#
#   eval "$(scripts/pg-throwaway.sh start)"   # sets DATABASE_URL and PGTHROWAWAY_DIR
#   scripts/pg-throwaway.sh stop "$PGTHROWAWAY_DIR"
#
# PostgreSQL refuses to run as root, so as root the server runs as the 'postgres' user (runuser); as any
# other user it runs as that user. Auth is 'trust', which is safe only because it listens on 127.0.0.1
# and its Unix socket sits in the private temporary directory. Only the two KEY=value lines go to stdout.
set -eu

pg_bin_dir() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  # pg_ctl on PATH may be a lone symlink (resolve it to the directory holding initdb and createdb).
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v pg_ctl)")"; return; fi
  # Debian keeps the binaries off PATH; take the newest installed major version.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  done
  echo "pg-throwaway: no PostgreSQL binaries found (set PG_BIN)" >&2
  exit 1
}

as_cluster_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

start() {
  bin=$(pg_bin_dir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/pg-throwaway.XXXXXX")
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  trap 'stop "$dir" >/dev/null 2>&1 || true' EXIT
  as_cluster_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Another process may take the port between the pick and the start: try a few times.
  started=no
  for _attempt in 1 2 3; do
    port=$(free_port)
    if as_cluster_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null 2>&1; then
      started=yes
      break
    fi
  done
  if [ "$started" != yes ]; then cat "$dir/postgres.log" >&2; exit 1; fi
  as_cluster_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres hornbill_test
  trap - EXIT
  # Exported, so that processes started after `eval` (npm start, the bench) see them too.
  echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/hornbill_test"
  echo "export PGTHROWAWAY_DIR=$dir"
}

stop() {
  dir=${1:?usage: pg-throwaway.sh stop DIR}
  # Refuse anything that this script did not create.
  case "$(basename "$dir")" in pg-throwaway.*) ;; *) echo "pg-throwaway: not a throwaway directory: $dir" >&2; exit 2 ;; esac
  if [ -d "$dir/data" ]; then
    as_cluster_owner "$(pg_bin_dir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: pg-throwaway.sh start | stop DIR" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the history tests and prints its URL on stdout:
#   url=$(bash .ci/postgres.sh start <dir>)   ·   bash .ci/postgres.sh stop <dir>
# The cluster lives in <dir> (owned by the postgres user: the server refuses to run as root), on a
# free local port, with a password (scram-sha-256 over TCP), so nothing of the machine's own
# clusters is touched. Needs Debian's postgresql package (its binaries in /usr/lib/postgresql/*/bin).
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?a directory for the cluster}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "no PostgreSQL server binaries under /usr/lib/postgresql" >&2; exit 1; }
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    password=redfix-$RANDOM$RANDOM
    printf '%s\n' "$password" > "$dir/pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir/pwfile"; fi
    as_postgres "'$bin/initdb' -D '$dir/data' -U redfix --pwfile='$dir/pwfile' --auth-local=trust --auth-host=scram-sha-256 --no-sync -E UTF8" >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    as_postgres "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_postgres "'$bin/createdb' -h '$dir' -p $port -U redfix redfix_test"
    echo "postgres://redfix:${password}@127.0.0.1:${port}/redfix_test"
    ;;
  stop)
    as_postgres "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop <dir>" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on a free loopback port in a temporary folder and prints shell assignments:
#   PGROOT=... PGPORT=... PG_CONN=...
# Stop it with: scripts/pg-throwaway.sh stop "$PGROOT"
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
RUN=""
if [ "$(id -u)" = 0 ]; then RUN="runuser -u postgres --"; fi

if [ "${1:-}" = "stop" ]; then
  root="$2"
  $RUN "$PGBIN/pg_ctl" -D "$root/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$root"
  exit 0
fi

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

PGPORT=$(free_port)
PGROOT=$(mktemp -d /tmp/atlas-pg.XXXXXX)
chmod 755 "$PGROOT"
if [ -n "$RUN" ]; then chown postgres:postgres "$PGROOT"; fi
$RUN "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log" 2>&1
$RUN "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
  -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
echo "PGROOT=$PGROOT"
echo "PGPORT=$PGPORT"
echo "PG_CONN='Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres'"

#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis are reachable, then runs the given command.
# With CI=true both are required: they are started when installed but stopped, and the run fails
# when they cannot be reached. Without CI the PostgreSQL suite is skipped, loudly, when absent.
set -euo pipefail

PG_HOST=127.0.0.1 PG_PORT=5432 REDIS_HOST=127.0.0.1 REDIS_PORT=6379

pg_up() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null || (exec 3<>/dev/tcp/$PG_HOST/$PG_PORT) 2>/dev/null; }
redis_up() { [[ "$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" == "PONG" ]]; }

start_postgres() {
  if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
    for version in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
    done
  fi
}

start_redis() {
  if command -v redis-server >/dev/null; then
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  fi
}

wait_for() { # name, check function
  for _ in $(seq 1 30); do "$2" && return 0; sleep 1; done
  return 1
}

if ! pg_up; then start_postgres; wait_for PostgreSQL pg_up || true; fi
if ! redis_up; then start_redis; wait_for Redis redis_up || true; fi

missing=()
pg_up || missing+=("PostgreSQL at $PG_HOST:$PG_PORT")
redis_up || missing+=("Redis at $REDIS_HOST:$REDIS_PORT")
if (( ${#missing[@]} )); then
  if [[ "${CI:-}" == "true" ]]; then
    echo "ERROR: CI=true requires ${missing[*]}" >&2
    exit 1
  fi
  echo "WARNING: skipping the PostgreSQL/Redis suite: ${missing[*]} not reachable (CI=true makes this an error)" >&2
  exit 0
fi

# Test databases are created per test; drop the ones earlier runs left behind.
if command -v psql >/dev/null; then
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -Atqc \
    "SELECT datname FROM pg_database WHERE datname LIKE 'cg\_test\_%'" 2>/dev/null |
    while read -r db; do psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true; done
fi

"$@"

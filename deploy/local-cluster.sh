#!/usr/bin/env bash
# The shipped topology as plain processes on 127.0.0.1: Debian's nginx running deploy/nginx.conf
# (ports made local, generated from the shipped file so that file is what runs), three
# `commonground serve` instances on a fresh PostgreSQL database and a private Redis, all with the
# same JWT secret and COMMONGROUND_TRUSTED_PROXIES=127.0.0.1, storing photos in an S3-compatible
# server (moto, tests/support/s3-server.sh) so a photo uploaded through one instance is served by
# every other.
#
#   deploy/local-cluster.sh            start everything, print the URL, stay in the foreground;
#                                      Ctrl-C stops it all (`make cluster`)
#   source deploy/local-cluster.sh     only defines the functions below (the cluster test uses them)
#
# Settings (environment): CLUSTER_PORT (nginx, 8088), CLUSTER_APP_PORTS ("8091 8092 8093"),
# CLUSTER_REDIS_PORT (6391), CLUSTER_PG_URL (postgres://postgres@127.0.0.1:5432),
# CLUSTER_DATABASE (cg_cluster; dropped and created afresh), CLUSTER_S3_PORT (9095; CLUSTER_S3=0
# keeps photos on each instance's own disk instead), CLUSTER_BINARY
# (target/release/commonground), CLUSTER_DIR (state: logs, pids, nginx config; a fresh temporary
# folder). Every other COMMONGROUND_* variable in the environment reaches the instances.

CLUSTER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_PORT="${CLUSTER_PORT:-8088}"
CLUSTER_APP_PORTS="${CLUSTER_APP_PORTS:-8091 8092 8093}"
CLUSTER_REDIS_PORT="${CLUSTER_REDIS_PORT:-6391}"
CLUSTER_PG_URL="${CLUSTER_PG_URL:-postgres://postgres@127.0.0.1:5432}"
CLUSTER_DATABASE="${CLUSTER_DATABASE:-cg_cluster}"
CLUSTER_BINARY="${CLUSTER_BINARY:-$CLUSTER_ROOT/target/release/commonground}"
CLUSTER_S3="${CLUSTER_S3:-1}"
CLUSTER_S3_PORT="${CLUSTER_S3_PORT:-9095}"
CLUSTER_JWT_SECRET="${CLUSTER_JWT_SECRET:-local-cluster-signing-secret-shared-by-every-instance}"

cluster_log() { echo "[cluster] $*" >&2; }

# Writes the local nginx config from deploy/nginx.conf. Only ports, paths and the upstream's
# server lines change; every proxy setting (timeouts, retries, WebSocket headers) is the shipped one.
cluster_nginx_config() {
  local servers="" separator="" port
  for port in $CLUSTER_APP_PORTS; do
    servers+="${separator}\\1server 127.0.0.1:${port}\\2;"
    separator="\\n"
  done
  # Debian's nginx (1.22) is older than 1.27.3, which added `resolve` to upstream servers, and
  # here there is no DNS name to resolve anyway: each `server app:8080 resolve` line (one address
  # per compose replica) becomes one static line per local instance, with the same parameters
  # (`max_fails`, `fail_timeout`). The resolver (Docker's embedded DNS) goes with it.
  sed -e "s|^\(\s*\)server app:8080 resolve\(.*\);\$|${servers}|" \
    -e '/^\s*resolver /d' -e '/^\s*resolver_timeout /d' \
    -e "s|^\(\s*\)listen 8080;|\1listen 127.0.0.1:${CLUSTER_PORT};|" \
    -e "s|^error_log /dev/stderr warn;|error_log ${CLUSTER_DIR}/nginx-error.log warn;\npid ${CLUSTER_DIR}/nginx.pid;|" \
    -e "s|^\(\s*\)access_log /dev/stdout cg;|\1access_log ${CLUSTER_DIR}/nginx-access.log cg;|" \
    -e "s|^http {|http {\n    client_body_temp_path ${CLUSTER_DIR}/nginx-tmp/body;\n    proxy_temp_path ${CLUSTER_DIR}/nginx-tmp/proxy;\n    fastcgi_temp_path ${CLUSTER_DIR}/nginx-tmp/fastcgi;\n    uwsgi_temp_path ${CLUSTER_DIR}/nginx-tmp/uwsgi;\n    scgi_temp_path ${CLUSTER_DIR}/nginx-tmp/scgi;|" \
    "$CLUSTER_ROOT/deploy/nginx.conf" >"$CLUSTER_DIR/nginx.conf"
  # The substitutions must all have happened, or the shipped file changed under them.
  local n
  n=$(grep -c "server 127.0.0.1:" "$CLUSTER_DIR/nginx.conf")
  if ((n == 0 || n % $(wc -w <<<"$CLUSTER_APP_PORTS") != 0)) || grep -v '^\s*#' "$CLUSTER_DIR/nginx.conf" | grep -q "app:8080\|resolver \|/dev/std" ||
    ! grep -q "listen 127.0.0.1:${CLUSTER_PORT};" "$CLUSTER_DIR/nginx.conf"; then
    cluster_log "deploy/nginx.conf no longer has the lines this script rewrites; see $CLUSTER_DIR/nginx.conf"
    return 1
  fi
}

cluster_wait_ready() { # url, seconds
  local deadline=$((SECONDS + ${2:-60}))
  until curl -fsS -o /dev/null --max-time 2 "$1/readyz" 2>/dev/null; do
    ((SECONDS < deadline)) || { cluster_log "$1 not ready after ${2:-60} s"; return 1; }
    sleep 0.2
  done
}

# The environment every instance shares.
cluster_app_env() {
  echo "DATABASE_URL=$CLUSTER_PG_URL/$CLUSTER_DATABASE"
  echo "REDIS_URL=redis://127.0.0.1:$CLUSTER_REDIS_PORT"
  echo "COMMONGROUND_JWT_SECRET=$CLUSTER_JWT_SECRET"
  echo "COMMONGROUND_TRUSTED_PROXIES=127.0.0.1"
  echo "COMMONGROUND_DATA_DIR=$CLUSTER_DIR/data"
  echo "COMMONGROUND_FRONTEND_DIR=$CLUSTER_ROOT/frontend/dist"
  echo "RUST_LOG=${RUST_LOG:-warn}"
  if [[ "$CLUSTER_S3" == 1 ]]; then
    # One bucket for every instance; moto accepts any credentials (requests are still signed).
    echo "COMMONGROUND_STORAGE_URL=s3://cluster-photos/photos"
    echo "AWS_ENDPOINT_URL=http://127.0.0.1:$CLUSTER_S3_PORT"
    echo "AWS_ACCESS_KEY_ID=cluster"
    echo "AWS_SECRET_ACCESS_KEY=cluster-secret"
    echo "AWS_REGION=us-east-1"
    echo "AWS_ALLOW_HTTP=true"
  fi
}

cluster_run_app() { # args for commonground
  env $(cluster_app_env) "$CLUSTER_BINARY" "$@"
}

# Starts instance N (1-based) and waits until /readyz answers.
cluster_start_instance() {
  local n=$1 port
  port=$(echo $CLUSTER_APP_PORTS | cut -d' ' -f"$n")
  # A simple command in the background, so $! is the server itself (env execs it), not a subshell.
  env $(cluster_app_env) COMMONGROUND_BIND="127.0.0.1:$port" "$CLUSTER_BINARY" serve >>"$CLUSTER_DIR/app$n.log" 2>&1 &
  echo $! >"$CLUSTER_DIR/app$n.pid"
  cluster_wait_ready "http://127.0.0.1:$port" 60
}

# Stops instance N with SIGTERM (as systemd or an orchestrator does) and waits for it to exit:
# it stops accepting, closes live sessions with 1001 and finishes in-flight requests.
cluster_stop_instance() {
  local n=$1 pid
  pid=$(cat "$CLUSTER_DIR/app$n.pid" 2>/dev/null) || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  # The server's own shutdown timeout is 30 s; then it is killed.
  for _ in $(seq 1 350); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && { cluster_log "instance $n did not exit within 35 s; killing it"; kill -KILL "$pid"; }
  wait "$pid" 2>/dev/null
  rm -f "$CLUSTER_DIR/app$n.pid"
}

cluster_seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# SIGTERM, wait for the exit, start again, wait for /readyz: one step of a rolling restart.
cluster_restart_instance() {
  local t0=$EPOCHREALTIME t1
  cluster_stop_instance "$1" || return 1
  t1=$EPOCHREALTIME
  cluster_start_instance "$1" || return 1
  cluster_log "instance $1: exited $(cluster_seconds "$t0" "$t1") s after SIGTERM, ready $(cluster_seconds "$t1" "$EPOCHREALTIME") s after starting"
}

cluster_start() {
  [[ -x "$CLUSTER_BINARY" ]] || { cluster_log "no server binary at $CLUSTER_BINARY (cargo build --release)"; return 1; }
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || { cluster_log "nginx is not installed (apt-get install nginx)"; return 1; }
  command -v redis-server >/dev/null || { cluster_log "redis-server is not installed"; return 1; }
  CLUSTER_DIR="${CLUSTER_DIR:-$(mktemp -d /tmp/cg-cluster.XXXXXX)}"
  mkdir -p "$CLUSTER_DIR/data" "$CLUSTER_DIR/nginx-tmp"
  # nginx's workers run as an unprivileged user when started as root; they write temp files here.
  chmod 755 "$CLUSTER_DIR" && chmod 777 "$CLUSTER_DIR/nginx-tmp"
  export CLUSTER_DIR
  # Three servers and nginx each hold two descriptors per live connection through nginx.
  ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

  redis-server --port "$CLUSTER_REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no \
    --logfile "$CLUSTER_DIR/redis.log" --maxclients 10000 &
  echo $! >"$CLUSTER_DIR/redis.pid"
  for _ in $(seq 1 50); do
    [[ "$(redis-cli -p "$CLUSTER_REDIS_PORT" ping 2>/dev/null)" == PONG ]] && break
    sleep 0.1
  done

  if [[ "$CLUSTER_S3" == 1 ]]; then
    bash "$CLUSTER_ROOT/tests/support/s3-server.sh" "$CLUSTER_S3_PORT" >>"$CLUSTER_DIR/s3.log" 2>&1 &
    echo $! >"$CLUSTER_DIR/s3.pid"
    local made=""
    for _ in $(seq 1 300); do
      # moto keeps everything in memory: the bucket is created afresh each time.
      curl -fs -o /dev/null --noproxy '*' -X PUT "http://127.0.0.1:$CLUSTER_S3_PORT/cluster-photos" && { made=1; break; }
      kill -0 "$(cat "$CLUSTER_DIR/s3.pid")" 2>/dev/null || break
      sleep 0.2
    done
    [[ -n "$made" ]] || { cluster_log "the S3 server did not start: $CLUSTER_DIR/s3.log"; return 1; }
  fi

  psql "$CLUSTER_PG_URL/postgres" -qc "DROP DATABASE IF EXISTS \"$CLUSTER_DATABASE\" WITH (FORCE)" >/dev/null &&
    psql "$CLUSTER_PG_URL/postgres" -qc "CREATE DATABASE \"$CLUSTER_DATABASE\"" >/dev/null || return 1
  # Once, before any instance starts (as compose's one-shot `migrate` service does).
  cluster_run_app migrate >>"$CLUSTER_DIR/migrate.log" 2>&1 || { cluster_log "migrate failed: $CLUSTER_DIR/migrate.log"; return 1; }

  local n
  for n in $(seq 1 "$(wc -w <<<"$CLUSTER_APP_PORTS")"); do
    cluster_start_instance "$n" || return 1
  done

  cluster_nginx_config || return 1
  local nginx_bin
  nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  "$nginx_bin" -e "$CLUSTER_DIR/nginx-error.log" -p "$CLUSTER_DIR" -c "$CLUSTER_DIR/nginx.conf" -g 'daemon off;' &
  echo $! >"$CLUSTER_DIR/nginx.pid.master"
  cluster_wait_ready "http://127.0.0.1:$CLUSTER_PORT" 20 || return 1
  cluster_log "up: http://127.0.0.1:$CLUSTER_PORT (state and logs in $CLUSTER_DIR)"
}

cluster_stop() {
  [[ -n "${CLUSTER_DIR:-}" && -d "$CLUSTER_DIR" ]] || return 0
  local pid n
  if pid=$(cat "$CLUSTER_DIR/nginx.pid.master" 2>/dev/null); then
    kill -QUIT "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null
    rm -f "$CLUSTER_DIR/nginx.pid.master"
  fi
  for n in $(seq 1 "$(wc -w <<<"$CLUSTER_APP_PORTS")"); do cluster_stop_instance "$n"; done
  if pid=$(cat "$CLUSTER_DIR/s3.pid" 2>/dev/null); then
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    rm -f "$CLUSTER_DIR/s3.pid"
  fi
  if pid=$(cat "$CLUSTER_DIR/redis.pid" 2>/dev/null); then
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    rm -f "$CLUSTER_DIR/redis.pid"
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -uo pipefail
  case "${1:-run}" in
    # `restart N` with CLUSTER_DIR of a running cluster: one step of a rolling restart (the load
    # test runs it for each instance in turn).
    restart)
      [[ -n "${CLUSTER_DIR:-}" && -n "${2:-}" ]] || { cluster_log "usage: CLUSTER_DIR=... $0 restart N"; exit 2; }
      ulimit -n 65536 2>/dev/null || true
      cluster_restart_instance "$2"
      exit $?
      ;;
    # `grant-admin EMAIL`: makes a registered person a platform administrator, as an operator does.
    grant-admin)
      [[ -n "${CLUSTER_DIR:-}" && -n "${2:-}" ]] || { cluster_log "usage: CLUSTER_DIR=... $0 grant-admin EMAIL"; exit 2; }
      cluster_run_app admin grant-admin --email "$2" >/dev/null
      exit $?
      ;;
    run) ;;
    *) cluster_log "usage: $0 [run | restart N]"; exit 2 ;;
  esac
  trap 'echo; cluster_log "stopping"; cluster_stop; exit 0' INT TERM
  cluster_start || { cluster_stop; exit 1; }
  echo "Commonground cluster: http://127.0.0.1:$CLUSTER_PORT  (nginx -> instances on ports $CLUSTER_APP_PORTS; photos in S3 at 127.0.0.1:$CLUSTER_S3_PORT when CLUSTER_S3=1; Ctrl-C stops all)"
  # Stays in the foreground until Ctrl-C; an instance that dies is reported, not restarted.
  while sleep 5; do
    for n in $(seq 1 "$(wc -w <<<"$CLUSTER_APP_PORTS")"); do
      pid=$(cat "$CLUSTER_DIR/app$n.pid" 2>/dev/null) && ! kill -0 "$pid" 2>/dev/null &&
        cluster_log "instance $n (pid $pid) exited; see $CLUSTER_DIR/app$n.log" && rm -f "$CLUSTER_DIR/app$n.pid"
    done
  done
fi

#!/usr/bin/env bash
# Starts the local cluster (deploy/local-cluster.sh: nginx with deploy/nginx.conf, three
# instances, PostgreSQL, Redis), runs the cluster-bench load generator through nginx while every
# instance restarts in turn, and stops everything, whatever the outcome. Exits with the bench's
# status. Used by `make cluster-test` (full) and `make test-cluster` (short, in `make test`).
#
#   tests/support/cluster-test.sh BENCH_BINARY SERVER_BINARY [cluster-bench options...]
#
# Without nginx the run is skipped, loudly; with CI=true that is a failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
bench="$1" server="$2"
shift 2

if ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]]; then
  if [[ "${CI:-}" == "true" ]]; then
    echo "ERROR: CI=true requires nginx for the cluster test (apt-get install nginx)" >&2
    exit 1
  fi
  echo "WARNING: skipping the cluster test: nginx is not installed (CI=true makes this an error)" >&2
  exit 0
fi

# Ports of their own, so a `make cluster` left running does not collide with the test.
export CLUSTER_PORT="${CLUSTER_PORT:-18088}" CLUSTER_APP_PORTS="${CLUSTER_APP_PORTS:-18091 18092 18093}"
export CLUSTER_REDIS_PORT="${CLUSTER_REDIS_PORT:-16391}" CLUSTER_S3_PORT="${CLUSTER_S3_PORT:-19095}" CLUSTER_DATABASE="${CLUSTER_DATABASE:-cg_cluster_test}"
export CLUSTER_BINARY="$server"
# Every resident of the test writes from 127.0.0.x at rates no person reaches: the per-address
# and per-person limits on costly writes, and the open-claims cap, would measure themselves.
for limit in REGISTRATIONS REPORTS NEIGHBOURHOODS INVITATIONS POSTS PHOTOS; do
  export "COMMONGROUND_${limit}_PER_WINDOW=1000000"
done
export COMMONGROUND_MAX_OPEN_CLAIMS=1000000

source deploy/local-cluster.sh
# The instances log at info (each request, each drain), so a failure can be read afterwards.
export RUST_LOG="${RUST_LOG:-info}"
# A passing run's folder is removed unless CLUSTER_KEEP=1; a failing run's is always kept.
trap 'cluster_stop; [[ "${status:-1}" == 0 && "${CLUSTER_KEEP:-0}" != 1 ]] && rm -rf "$CLUSTER_DIR"' EXIT
trap 'exit 130' INT TERM
cluster_start || { echo "ERROR: the cluster did not start (logs in ${CLUSTER_DIR:-?})" >&2; exit 1; }
# One client process holds every subscriber's socket.
ulimit -n 65536 2>/dev/null || true
"$bench" --url "http://127.0.0.1:$CLUSTER_PORT" --database-url "$CLUSTER_PG_URL/$CLUSTER_DATABASE" \
  --cluster-script deploy/local-cluster.sh "$@"
status=$?
instance_lines() { cat "$CLUSTER_DIR"/app*.log 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | grep -c " $1 "; }
# What nginx and the instances complained of, pass or fail: a restart should cost nothing more.
nginx_lines() { grep -c "$1" "$CLUSTER_DIR/nginx-error.log" 2>/dev/null || true; }
echo "nginx: $(nginx_lines 'temporarily disabled') times an instance was taken out of rotation," \
  "$(nginx_lines 'no live upstreams') requests found none in rotation;" \
  "instances: $(instance_lines WARN) warnings, $(instance_lines ERROR) errors"
if ((status != 0)); then
  echo "cluster test failed; nginx and instance logs: $CLUSTER_DIR" >&2
  # Live connections carry their token in the query string, which nginx's error log quotes.
  grep -h "ERROR\|error\]" "$CLUSTER_DIR"/app*.log "$CLUSTER_DIR/nginx-error.log" 2>/dev/null | tail -10 |
    sed -E 's/access_token=[^ &"]*/access_token=[hidden]/g' | cut -c1-400 >&2
fi
exit $status

#!/usr/bin/env bash
# End-to-end journeys: the real binary on a free port with a throwaway SQLite database, driven by
# playwright-core in Debian's headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ ! -x /usr/bin/chromium ]]; then
  if [[ "${CI:-}" == "true" ]]; then echo "ERROR: /usr/bin/chromium is required (apt-get install chromium)" >&2; exit 1; fi
  echo "WARNING: skipping end-to-end tests: /usr/bin/chromium not installed (apt-get install chromium)" >&2
  exit 0
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d)
log="$data/server.log"
# The demo gives the journeys an organisation, categories and known residents to sign in as.
COMMONGROUND_DATA_DIR="$data" ./target/debug/commonground demo >/dev/null
# Every journey registers and writes from 127.0.0.1, so the per-address and per-person limits of
# costly writes are raised here; tests/api/limits.rs tests them.
COMMONGROUND_REGISTRATIONS_PER_WINDOW=100000 COMMONGROUND_REPORTS_PER_WINDOW=100000 \
COMMONGROUND_NEIGHBOURHOODS_PER_WINDOW=100000 COMMONGROUND_INVITATIONS_PER_WINDOW=100000 \
COMMONGROUND_BIND="127.0.0.1:$port" COMMONGROUND_DATA_DIR="$data" COMMONGROUND_FRONTEND_DIR="$PWD/frontend/dist" \
  ./target/debug/commonground serve >"$log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$log"; echo "server exited" >&2; exit 1; }
  sleep 0.5
done

# The journeys claim their report locations here, so no two of them pool into one issue.
export E2E_SPOTS_DIR="$data/spots"
echo "== End-to-end journeys in Chromium against http://127.0.0.1:$port"
# With arguments, only those files run (`bash tests/support/e2e.sh e2e/phone.test.mjs`).
run_journeys() {
  if [[ $# -gt 0 ]]; then node --test "$@"; else npm run e2e; fi
}
if ! (cd frontend && E2E_BASE_URL="http://127.0.0.1:$port" run_journeys "$@"); then
  echo "--- server log ---"; tail -n 100 "$log"; exit 1
fi

#!/usr/bin/env bash
# Runs the Rust tests with nextest when installed (faster, one process per test), else cargo test.
#   cargo-test.sh             unit and integration tests on SQLite
#   cargo-test.sh --postgres  the integration tests again on PostgreSQL with the Redis bus, plus
#                             the multi-process live tests (two app processes, faults injected)
set -euo pipefail

# The gazetteer's tests read a real OpenStreetMap extract (fetched once into target/test-data/).
bash "$(dirname "${BASH_SOURCE[0]}")/fetch-helsinki.sh"

if [[ "${1:-}" == "--postgres" ]]; then
  export TEST_DATABASE_URL="${TEST_DATABASE_URL:-${TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}}"
  export TEST_REDIS_URL="${TEST_REDIS_URL:-${TEST_REDIS:-redis://127.0.0.1:6379}}"
  echo "== Rust integration tests on PostgreSQL (${TEST_DATABASE_URL%%\?*}) with Redis"
  if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --workspace --no-fail-fast --test api --test cluster
  else
    cargo test --workspace --test api --test cluster
  fi
else
  echo "== Rust unit and integration tests on SQLite"
  if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --workspace --no-fail-fast -E 'not binary(cluster)'
  else
    cargo test --workspace --lib --bins --test api
  fi
  # nextest skips doctests; the entity crate's prove that ids of different resources cannot be
  # swapped (a `compile_fail` example).
  echo "== Doctests (entity: typed ids)"
  cargo test -p entity --doc
fi

#!/usr/bin/env bash
# Runs the Rust tests with nextest when installed (faster, one process per test), else cargo test.
#   cargo-test.sh             unit and integration tests on SQLite
#   cargo-test.sh --postgres  the integration tests again on PostgreSQL with the Redis bus, plus
#                             the multi-process tests (two app processes, faults injected; photos
#                             in moto's S3-compatible server, tests/support/s3-server.sh)
set -euo pipefail

# The gazetteer's tests read a real OpenStreetMap extract (fetched once into target/test-data/).
bash "$(dirname "${BASH_SOURCE[0]}")/fetch-helsinki.sh"

if [[ "${1:-}" == "--postgres" ]]; then
  export TEST_DATABASE_URL="${TEST_DATABASE_URL:-${TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}}"
  export TEST_REDIS_URL="${TEST_REDIS_URL:-${TEST_REDIS:-redis://127.0.0.1:6379}}"
  # The S3-compatible server the object-storage tests start (moto, pinned, into target/): once
  # here, before the tests run in parallel, rather than racing to install it from each test.
  bash "$(dirname "${BASH_SOURCE[0]}")/s3-server.sh" install
  echo "== Rust integration tests on PostgreSQL (${TEST_DATABASE_URL%%\?*}) with Redis and an S3 server"
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

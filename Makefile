# Commonground — the two commands that matter: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The suite's PostgreSQL server and Redis (a fresh database is created per test).
TEST_PG_URL ?= postgres://postgres@127.0.0.1:5432/postgres
TEST_REDIS ?= redis://127.0.0.1:6379

.PHONY: help run cluster cluster-test test test-rust test-postgres test-api-fuzz test-cluster test-frontend test-e2e frontend lint bench bench-live bench-issues bench-claims bench-dashboard bench-threads bench-notify bench-places bench-frontend demo clean

help:
	@echo "make run    build the front end and serve Commonground at http://127.0.0.1:8080 (SQLite in ./data)"
	@echo "make test   every test: Rust on SQLite and PostgreSQL(+Redis), front-end units, end-to-end in Chromium"
	@echo "make cluster  the shipped topology on 127.0.0.1: nginx (deploy/nginx.conf) -> 3 instances on PostgreSQL + Redis, at http://127.0.0.1:8088"
	@echo "make cluster-test  mixed load through nginx with 3,000 live subscribers while each instance restarts in turn (not in make test)"
	@echo "make demo   load the demo neighbourhoods and residents into ./data"
	@echo "make lint   rustfmt, clippy -D warnings, front-end type check"
	@echo "make bench  benchmarks: the live path, issues at scale, claim throughput, thread paging and places search on PostgreSQL and SQLite (see docs/benchmarks.md)"
	@echo "make bench-places  the gazetteer: search and reverse lookup over 500,000 synthetic addresses, SQLite and PostgreSQL"
	@echo "make bench-frontend  first content on a weak phone: four pages in headless Chromium, 4x CPU, 400 kbit/s, 2 s latency (not in make test)"

frontend/node_modules: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch frontend/node_modules

frontend: frontend/node_modules
	cd frontend && npm run build

run: frontend
	cargo run --release --bin commonground -- serve

# The shipped topology as plain processes (deploy/local-cluster.sh): Debian's nginx running
# deploy/nginx.conf with local ports, three instances on a fresh PostgreSQL database (cg_cluster)
# and a private Redis. Stays in the foreground; Ctrl-C stops everything.
cluster: frontend
	cargo build --release --bin commonground
	bash tests/support/with-services.sh bash deploy/local-cluster.sh

# The cluster under a mixed load through nginx (residents, managers' dashboards, 3,000 live
# subscribers) while every instance restarts in turn with SIGTERM; checks that acknowledged
# writes persist, live clients miss and repeat nothing, and idempotent requests never fail
# (docs/benchmarks.md). CLUSTER_BENCH_ARGS adds options, e.g. CLUSTER_BENCH_ARGS="--seconds 120".
cluster-test:
	$(BENCH_BUILD)
	bash tests/support/with-services.sh bash tests/support/cluster-test.sh target/release/cluster-bench target/release/commonground $(CLUSTER_BENCH_ARGS)

demo:
	cargo run --release --bin commonground -- demo

test: test-rust test-postgres test-cluster test-api-fuzz test-frontend test-e2e
	@echo "make test: all suites passed"

test-rust:
	cargo build --workspace --tests --bins
	bash tests/support/cargo-test.sh

test-postgres:
	bash tests/support/with-services.sh bash tests/support/cargo-test.sh --postgres

# The short cluster test: the debug build behind nginx, 200 live subscribers, one instance
# restarted under load for about 20 s; fails the run when any check fails (nginx required with CI=true).
test-cluster:
	cargo build -p commonground -p commonground-benches --bin commonground --bin cluster-bench
	bash tests/support/with-services.sh bash tests/support/cluster-test.sh target/debug/cluster-bench target/debug/commonground \
	  --subscribers 200 --neighbourhoods 10 --residents 20 --managers 2 --rate 40 --seconds 20 --restarts 1 --gap 5

# Every operation of the OpenAPI document fuzzed by schemathesis, signed in as a demo resident, on
# PostgreSQL with Redis: fails on any 5xx or any answer the document does not describe.
test-api-fuzz:
	cargo build --bin commonground
	bash tests/support/with-services.sh bash tests/support/schemathesis.sh

# check:api fails when frontend/src/api/schema.d.ts differs from what `commonground openapi` (built
# here first) describes: regenerate it with `npm run generate:api` and commit it.
# check:css fails when a style sheet names a physical side (margin-left, not margin-inline-start):
# right-to-left pages mirror by `dir="rtl"` alone only with logical properties.
test-frontend: frontend/node_modules
	cargo build --bin commonground
	cd frontend && npm run check:api && npm run check:css && npm run check:i18n && npm run typecheck && npm test && npm run build

test-e2e: frontend
	cargo build --bin commonground
	bash tests/support/e2e.sh

lint: frontend/node_modules
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cd frontend && npm run typecheck && npm run check:css && npm run check:i18n

bench: bench-live bench-issues bench-claims bench-dashboard bench-threads bench-notify bench-places

# The benchmarks are the workspace package `benches/` (commonground-benches); each runs the release
# server binary as a child process, so both are built.
BENCH_BUILD = cargo build --release -p commonground -p commonground-benches --bins

# The live path under load: 15,000 subscribers over 100 neighbourhoods, events through the real
# write path, with a naive reference server measured in the same run (docs/benchmarks.md).
# BENCH_ARGS adds options, e.g. BENCH_ARGS="--database-url postgres://... --redis-url redis://...".
bench-live:
	$(BENCH_BUILD)
	ulimit -n 20000 && ./target/release/live-bench $(BENCH_ARGS)

# Issues at scale on PostgreSQL: 100,000 issues and 300,000 reports bulk-loaded into a fresh
# database (cg_issues_bench, dropped first, kept afterwards), then the nearby query, list pages and
# report creation over HTTP, each against the equivalent SQL in the same run (docs/benchmarks.md).
# ISSUES_BENCH_ARGS adds options, e.g. ISSUES_BENCH_ARGS="--explain --writers 8".
BENCH_PG_URL ?= postgres://postgres@127.0.0.1:5432
bench-issues:
	$(BENCH_BUILD)
	./target/release/issues-bench --server-url $(BENCH_PG_URL) $(ISSUES_BENCH_ARGS)

# Claim throughput on one hot task: 200 members claim a fresh task at once, round after round (a
# 50-slot and a 1-slot task), checking that no round over-books, then the same concurrent
# conditional UPDATEs on a bare table as the reference (docs/benchmarks.md). PostgreSQL database
# cg_claims_bench is dropped first and kept afterwards. CLAIMS_BENCH_ARGS adds options, e.g.
# CLAIMS_BENCH_ARGS="--rounds 10 --slots 1" or "--database-url sqlite".
bench-claims:
	$(BENCH_BUILD)
	./target/release/claims-bench --database-url $(BENCH_PG_URL)/cg_claims_bench $(CLAIMS_BENCH_ARGS)

# The service manager's dashboard at scale: 100,000 issues, 300,000 reports and 1,000,000 events
# on PostgreSQL (database cg_dashboard_bench, kept), the summary's latency and a burst of 1,000
# events reaching an open dashboard over Redis (docs/benchmarks.md).
BENCH_REDIS_URL ?= redis://127.0.0.1:6379
bench-dashboard:
	$(BENCH_BUILD)
	./target/release/dashboard-bench --server-url $(BENCH_PG_URL) --redis-url $(BENCH_REDIS_URL) $(DASHBOARD_BENCH_ARGS)
# Paging through one thread of 10,000 posts on PostgreSQL: bulk-loaded with COPY into a fresh
# database (cg_threads_bench, dropped first, kept afterwards), then random pages and a full walk by
# cursor over HTTP, against the same queries in SQL (docs/benchmarks.md). THREADS_BENCH_ARGS adds
# options, e.g. THREADS_BENCH_ARGS="--posts 50000 --readers 8".
bench-threads:
	$(BENCH_BUILD)
	./target/release/threads-bench --server-url $(BENCH_PG_URL) $(THREADS_BENCH_ARGS)
# Notification fan-out on PostgreSQL: one issue's status change to 5,000 supporters (bulk-loaded),
# 500 of them listening on WebSockets; time until stored (the answer, after commit) and until the
# last listener has it (docs/benchmarks.md). Database cg_notify_bench is dropped first and kept
# afterwards. NOTIFY_BENCH_ARGS adds options, e.g. NOTIFY_BENCH_ARGS="--supporters 20000".
bench-notify:
	$(BENCH_BUILD)
	ulimit -n 20000 && ./target/release/notify-bench --database-url $(BENCH_PG_URL)/cg_notify_bench $(NOTIFY_BENCH_ARGS)

# The gazetteer at city size: 500,000 synthetic addresses (about 5,000 streets, 20,000 postcodes)
# stored through the importer's writer into SQLite and into PostgreSQL (database cg_places_bench,
# dropped first, kept afterwards); forward search over HTTP and reverse lookup (describe), each
# against its SQL alone in the same run (docs/benchmarks.md). PLACES_BENCH_ARGS adds options, e.g.
# PLACES_BENCH_ARGS="--addresses 50000 --store sqlite --explain".
bench-places:
	$(BENCH_BUILD)
	./target/release/places-bench --server-url $(BENCH_PG_URL) $(PLACES_BENCH_ARGS)

# First content on a weak phone: the release server on a fresh demo database, the home,
# neighbourhood, report and dashboard pages loaded cold in Debian's Chromium under a 4x CPU
# slowdown, 400 kbit/s and 2 s latency, against the same pages unthrottled (docs/benchmarks.md).
# FRONTEND_BENCH_ARGS adds options, e.g. FRONTEND_BENCH_ARGS="--runs 5".
bench-frontend: frontend
	cargo build --release --bin commonground
	cd frontend && node bench/weak-phone.mjs $(FRONTEND_BENCH_ARGS)

clean:
	cargo clean
	rm -rf frontend/dist frontend/node_modules

#!/usr/bin/env bash
# A real S3-compatible server for the tests: moto's standalone server (PyPI, pinned), installed
# once into a venv under target/, listening on 127.0.0.1 only.
#
#   s3-server.sh install   install (or check) the pinned moto server and exit
#   s3-server.sh PORT      install if needed, then run it on 127.0.0.1:PORT in the foreground
#                          (this process becomes the server: stopping it stops the server); it
#                          must answer within S3_SERVER_WAIT seconds (default 60), else it is
#                          stopped and the script fails
#
# moto keeps everything in memory: a fresh server per test run, nothing to clean up. It accepts
# any credentials (the tests still sign every request, as a real store requires).
# Needs python3 with venv (Debian: python3-venv; .ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=5.2.5
venv=target/moto-venv

if [[ ! -x "$venv/bin/moto_server" ]] || ! "$venv/bin/python" -c "import moto, sys; sys.exit(moto.__version__ != '$VERSION')" 2>/dev/null; then
  echo "== Installing moto[server] $VERSION into $venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$VERSION"
fi
[[ "${1:-}" == "install" ]] && exit 0

port="${1:?usage: s3-server.sh PORT | install}"
wait_secs="${S3_SERVER_WAIT:-60}"
me=$$
# The watcher: stops the server (this very process, after the exec below) if it never answers.
(
  for _ in $(seq 1 $((wait_secs * 5))); do
    curl -s -o /dev/null --noproxy '*' "http://127.0.0.1:$port/" && exit 0
    kill -0 "$me" 2>/dev/null || exit 0
    sleep 0.2
  done
  echo "moto_server did not answer on 127.0.0.1:$port within $wait_secs s" >&2
  kill "$me" 2>/dev/null || true
) &
exec "$venv/bin/moto_server" -H 127.0.0.1 -p "$port"

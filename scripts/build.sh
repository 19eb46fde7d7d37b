#!/usr/bin/env bash
# Release build of the three pages into dist/ (run scripts/setup.sh once first):
#   1. the chi hội tally page (chihoi.html, its own wasm) into target/chihoi-dist/;
#   2. the report page (baocao.html, its own wasm) into target/baocao-dist/;
#   3. the citizen page (index.html) into dist/. Its post_build hook (scripts/post-build.mjs)
#      copies the other two builds in as chihoi.html and baocao.html + their files, and writes
#      sw.js, which precaches only the citizen's files and caches the others only for a chi
#      hội (or a Hội Khuyến học) that opens them.
# The others go first because trunk always names its output index.html and empties its
# dist dir at the end of a build: each page needs its own dist dir, and the citizen's merges.
#
#   scripts/build.sh [TRUNK OPTIONS]    e.g. --public-url /cdht/ (given to both builds)
#   scripts/build.sh --tally-only [TRUNK OPTIONS]   steps 1 and 2 alone (scripts/serve.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

tally_only=false
if [ "${1:-}" = "--tally-only" ]; then
  tally_only=true
  shift
fi

start=$(date +%s)
# The resident page's first-visit start screen, drawn natively by the app's own components
# (src/bin/prerender.rs); the citizen build's post-build hook puts it into index.html.
cargo run --quiet --offline --no-default-features --features prerender --bin prerender -- public/packs >target/prerender.html
# The builds run --offline: scripts/setup.sh has put every crate they need (the app's and
# the standard library's) on disk.
# The target goes first: --offline takes an optional value and would swallow a name after it.
scripts/trunk.sh build chihoi.html --dist target/chihoi-dist --release --offline "$@"
scripts/trunk.sh build baocao.html --dist target/baocao-dist --release --offline "$@"
if ! $tally_only; then
  scripts/trunk.sh build --release --offline "$@"
fi
echo "build.sh: done in $(($(date +%s) - start)) s"

#!/usr/bin/env bash
# Installs whatever is missing (the three browsers included), then runs every check and test:
# formatting, lints (native and wasm), the core's unit and property tests, a release
# build, the size report, the browser tests against the built app (Chromium, Firefox, WebKit),
# and Lighthouse scores.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
. scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all --check
step "lint (native)"
cargo clippy --workspace --all-targets -- -D warnings
step "lint (wasm)"
cargo clippy -p congdanhoctap --target wasm32-unknown-unknown -- -D warnings
step "lint (the build-time renderer of the start screen)"
cargo clippy -p congdanhoctap --no-default-features --features prerender --bin prerender -- -D warnings
step "core tests"
cargo test -p hoctap-core
step "release build (the chi hội and report pages, then the citizen page)"
scripts/build.sh
step "size"
node scripts/size.mjs
# Each engine's run time is printed: the whole of .ci/run must stay well inside 90 minutes.
timed() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  printf '%s: %d s\n' "$name" $((SECONDS - start)) | tee -a target/engine-times.txt
}
: >target/engine-times.txt
step "browser tests: Chromium (every screen, phone viewport)"
timed Chromium node --test --test-concurrency=1 tests/e2e/
step "browser tests: Firefox ESR (core journeys)"
timed Firefox node --test --test-concurrency=1 tests/engines/firefox.test.mjs
step "browser tests: WebKit (core journeys, under Xvfb)"
timed WebKit xvfb-run -a node --test --test-concurrency=1 tests/engines/webkit.test.mjs
step "lighthouse (mobile; scores printed)"
node scripts/lighthouse.mjs
step "engine times"
cat target/engine-times.txt

#!/usr/bin/env bash
# Installs whatever is missing (Chromium included), then runs every check and test:
# formatting, lints (native and wasm), the core's unit and property tests, a release
# build, the size report, the browser tests against the built app, and Lighthouse scores.
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
step "core tests"
cargo test -p hoctap-core
step "release build (the chi hội page, then the citizen page)"
scripts/build.sh
step "size"
node scripts/size.mjs
step "browser tests"
node --test --test-concurrency=1 tests/e2e/
step "lighthouse (mobile; scores printed)"
node scripts/lighthouse.mjs

#!/usr/bin/env bash
# Installs whatever is missing to build (and, with --browser, to test) the app on a fresh
# Debian machine. Safe to run again: each step checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14 # 0.22 needs rustc >= 1.96.1
# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf '\n== %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source: scripts/trunk.sh rebuilds std for the release wasm.
if ! rustup component list --installed | grep -qx rust-src; then
  say "adding the Rust standard library source"
  rustup component add rust-src
fi

# The crates of the app and of the standard library's own dependencies (moto-rt, …): the
# release builds run `--offline` and rebuild std, so both must be on disk first. A fresh
# machine has none of them.
if ! cargo fetch --offline -q >/dev/null 2>&1; then
  say "fetching the app's crates"
  cargo fetch
fi
STD_MANIFEST="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
if ! RUSTC_BOOTSTRAP=1 cargo fetch --offline --locked --manifest-path "$STD_MANIFEST" >/dev/null 2>&1; then
  say "fetching the standard library's dependencies"
  RUSTC_BOOTSTRAP=1 cargo fetch --locked --manifest-path "$STD_MANIFEST"
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION"
  # Not --locked: one of its locked dependencies is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

# The browser tests' three engines: Chromium (Playwright), Firefox ESR with geckodriver and
# WebKitGTK's WebKitWebDriver under Xvfb (selenium-webdriver).
GECKODRIVER_VERSION=0.37.1
if [ "${1:-}" = "--browser" ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (for the browser tests)"
    sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
    sudo_ apt-get update -q
    DEBIAN_FRONTEND=noninteractive sudo_ apt-get install -y -q "${missing[@]}"
  fi
  # No binary download is possible here: built from crates.io.
  if [ "$(geckodriver --version 2>/dev/null | head -1 | cut -d' ' -f2)" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
fi

# wasm-opt (Debian's binaryen is too old) and the browser-test libraries, pinned by the lock file.
if ! [ -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json node_modules/.installed-lock 2>/dev/null; then
  if ! command -v npm >/dev/null; then
    say "installing Node.js and npm"
    if [ "$(id -u)" = 0 ]; then apt-get update -q && apt-get install -y -q nodejs npm; else sudo apt-get update -q && sudo apt-get install -y -q nodejs npm; fi
  fi
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-lock
fi

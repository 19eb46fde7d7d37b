#!/usr/bin/env bash
# Runs trunk with the standard library rebuilt for size: the release wasm is what a citizen
# downloads on a slow mobile network.
#
# Why: std ships prebuilt with panic messages, file locations and the formatting code they
# need. Release builds have no panic hook (panic = "abort"), so none of that is ever shown;
# rebuilding std with the immediate-abort panic strategy drops it: −18 KB gzipped of the wasm
# (measured with this project: −15 KB for the strategy, −3 KB for optimize_for_size).
#
# These are unstable options, and no nightly toolchain can be had here, so RUSTC_BOOTSTRAP=1
# lets the pinned stable compiler (rust-toolchain.toml: 1.95.0) accept them. It is pinned
# because the options move: `-Cpanic=immediate-abort` (behind -Zunstable-options) came with
# rust-lang/rust PR 146317 (autumn 2025, MCP compiler-team 909), which replaced the older
# `-Zbuild-std-features=panic_immediate_abort`. A compiler that renames or drops it fails this
# build loudly ("unknown panic strategy"); one that changes what optimize_for_size does only
# changes the size, which tests/e2e/budget.test.mjs then catches. Only this build uses them:
# native tests, clippy and a plain `trunk build` stay on the ordinary compiler (same app, bigger).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# std's small variants of its algorithms (sorting, mostly), made for size over speed.
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# Joined by cargo to .cargo/config.toml's wasm flags (erase_components). The remaps keep the
# build machine's paths (whoever builds, wherever cargo and rustup live) out of the wasm.
registry="${CARGO_HOME:-$HOME/.cargo}/registry/src/"
sysroot="$(rustc --print sysroot)"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort --remap-path-prefix=$registry= --remap-path-prefix=$sysroot= --remap-path-prefix=$PWD="
# Its own target folder: other rustflags would otherwise rebuild every crate each time.
export CARGO_TARGET_DIR="$PWD/target/small"
exec trunk "$@"

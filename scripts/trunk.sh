#!/usr/bin/env bash
# Runs trunk with the standard library rebuilt for size: the release wasm is what a citizen
# downloads on a slow mobile network, and every issue has to fit in the 150 KB budget.
#
# Why: std ships prebuilt with panic messages, file locations and the formatting code they
# need. With panic = "abort" none of that is ever shown (release builds have no panic hook),
# so rebuilding std with `-Cpanic=immediate-abort` drops it: −15 KB gzipped of the ~120 KB
# wasm (measured with this project). These are nightly options; RUSTC_BOOTSTRAP lets the
# pinned stable 1.95 accept them. Only this build uses them: native tests, clippy and a
# plain `trunk build` stay on ordinary stable (the app is the same, only bigger).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# std's small variants of its algorithms (sorting, mostly), made for size over speed.
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# Replaces .cargo/config.toml's wasm rustflags for this build, so keep the two in step.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort"
# Its own target folder: other rustflags would otherwise rebuild every crate each time.
export CARGO_TARGET_DIR="$PWD/target/small"
exec trunk "$@"

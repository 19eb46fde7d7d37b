#!/usr/bin/env bash
# Runs the share and report codecs' property tests (core/src/share.rs, core/src/report/)
# CASES times each, in release mode: round trips, garbage never panics and is refused, every damaged byte, cut and
# mistyped character is caught. Prints how many cases ran in total.
#
#   scripts/fuzz-share.sh [CASES]      (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."

cases="${1:-1000000}"
case "$cases" in
  '' | *[!0-9]*) echo "usage: $0 [CASES]   (CASES a whole number)" >&2; exit 2 ;;
esac

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

start=$(date +%s)
# Each property prints "share-fuzz: <name> <n> cases" when it is done (`testing::check`).
PROPTEST_CASES="$cases" cargo test -p hoctap-core --release --lib -- --nocapture share:: report:: 2>&1 | tee "$log"
end=$(date +%s)

awk -v secs=$((end - start)) '
  /^share-fuzz: / { total += $3; props++ }
  END {
    if (props == 0) { print "fuzz-share: no property reported a count" > "/dev/stderr"; exit 1 }
    printf "fuzz-share: %d properties, %d cases in total, %d s\n", props, total, secs
  }' "$log"

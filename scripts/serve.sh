#!/usr/bin/env bash
# Installs whatever is missing, then builds and serves the app on http://127.0.0.1:8080
# (and on this machine's LAN address, for a phone on the same Wi-Fi).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
# The chi hội and report pages are built once here; trunk serve rebuilds the citizen page on
# changes and its post_build hook merges the other two in each time (rerun this script for
# their edits).
scripts/build.sh --tally-only
echo
echo "App: http://127.0.0.1:8080/   Chi hội: http://127.0.0.1:8080/chihoi.html   Báo cáo năm: http://127.0.0.1:8080/baocao.html"
for ip in $(hostname -I 2>/dev/null); do
  case "$ip" in *:*) ;; *) echo "On a phone on the same Wi-Fi: http://$ip:8080/" ;; esac
done
echo
exec scripts/trunk.sh serve --release --offline

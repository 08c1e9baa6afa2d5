#!/usr/bin/env bash
# The hosted survey page's submissions at 100 requests/s (p99 latency): the public link of a new NPS survey answered
# through the gateway as the page does, every answer counted back. Starts its own platform (./parcours up in a temporary
# PARCOURS_HOME: ports 8080–8083, 1025, 1080, 9092 must be free) with the per-address rate limit raised — the benchmark
# is one address, which the limit (120 requests a minute) would otherwise stop.
#   bench/survey-page.sh [RATE] [SECONDS]     (default 100 30)
set -euo pipefail
cd "$(dirname "$0")/.."
export PARCOURS_HOME; PARCOURS_HOME=$(mktemp -d)
trap './parcours down >/dev/null || true; rm -rf "$PARCOURS_HOME"' EXIT
export PARCOURS_RESPOND_REQUESTS_PER_ADDRESS_PER_MINUTE=1000000 PARCOURS_RESPOND_SUBMISSIONS_PER_LINK_PER_MINUTE=1000000
./parcours up >"$PARCOURS_HOME/up.log"
npm ci --prefix tools/bench --no-audit --no-fund --loglevel=error >/dev/null
node tools/bench/page-bench.mjs "$(./parcours token editor)" "${1:-100}" "${2:-30}"

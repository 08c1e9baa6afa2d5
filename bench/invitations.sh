#!/usr/bin/env bash
# Invitations delivered to the local SMTP server (maildev) per second: N contacts imported from CSV, one survey, all
# invited at once; timed from the invitation to the last SENT, and every e-mail counted in maildev. Starts its own
# platform (./parcours up in a temporary PARCOURS_HOME: ports 8080–8083, 1025 and 1080 must be free).
#   bench/invitations.sh [CONTACTS]     (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
export PARCOURS_HOME; PARCOURS_HOME=$(mktemp -d)
trap './parcours down >/dev/null || true; rm -rf "$PARCOURS_HOME"' EXIT
./parcours up >"$PARCOURS_HOME/up.log"
node tools/bench/invitations-bench.mjs "${1:-2000}" "$(./parcours token editor)"

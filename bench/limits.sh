#!/usr/bin/env bash
# Limits under load: at the gateway and each subgraph, a simple query alone and beside floods of each request kind that
# once held or sank a service (aliases, fragment fan-out, __typename aliases, oversized REST bodies, subscription churn)
# (autocannon, CONNECTIONS each). Starts its own platform (./parcours up in a temporary PARCOURS_HOME, so ports
# 8080–8083 must be free); needs `./mvnw package` first.
#   bench/limits.sh [SECONDS] [CONNECTIONS]     (default 10 10)
set -euo pipefail
cd "$(dirname "$0")/.."
export PARCOURS_HOME; PARCOURS_HOME=$(mktemp -d)
trap './parcours down >/dev/null || true; rm -rf "$PARCOURS_HOME"' EXIT
./parcours up >"$PARCOURS_HOME/up.log"
npm ci --prefix tools/bench --no-audit --no-fund --loglevel=error
node tools/bench/limits-bench.mjs http://127.0.0.1 "http://127.0.0.1:${PARCOURS_KEYCLOAK_PORT:-8180}/realms/parcours" \
  "${1:-10}" "${2:-10}"

#!/usr/bin/env bash
# Benchmark of the gateway on this machine: the whole-journey query (8 stages × 12 touchpoints, persona, funnel,
# feedback per touchpoint, stage and journey, emotion curve) at 20 and 100 concurrent connections, through the
# gateway (autocannon) and straight from the subgraphs.
#   bench/gateway.sh [JOURNEYS] [SECONDS]     (default 10 20)
# Starts its own platform (./parcours up in a temporary PARCOURS_HOME, so ports 8080–8083 must be free);
# needs `./mvnw package` first.
set -euo pipefail
cd "$(dirname "$0")/.."
JOURNEYS=${1:-10} SECONDS_=${2:-20}
export PARCOURS_HOME; PARCOURS_HOME=$(mktemp -d)
trap './parcours down >/dev/null || true; rm -rf "$PARCOURS_HOME"' EXIT

# The gateway waits as long as the direct client does: a timeout would turn overload into partial answers.
export SUBGRAPH_TIMEOUT=${SUBGRAPH_TIMEOUT:-30s}
./parcours up >"$PARCOURS_HOME/up.log"
npm ci --prefix tools/bench --no-audit --no-fund --loglevel=error
node tools/bench/gateway-bench.mjs http://127.0.0.1 "http://127.0.0.1:${PARCOURS_KEYCLOAK_PORT:-8180}/realms/parcours" \
  "$JOURNEYS" "$SECONDS_"

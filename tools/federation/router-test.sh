#!/usr/bin/env bash
# A federation router over the running local platform (./parcours up): composes the kept subgraph SDLs with the
# local URLs, starts Hive Gateway on them, and compares its answers with our gateway's (router-check.mjs).
# Needs `npm ci` here first. Port: ROUTER_PORT (4000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
port="${ROUTER_PORT:-4000}"
work=$(mktemp -d)
trap 'kill "$router" 2>/dev/null || true; wait "$router" 2>/dev/null || true; rm -rf "$work"' EXIT

node "$here/compose.mjs" --local --out "$work/supergraph.graphql"
(cd "$here" && exec node_modules/.bin/hive-gateway supergraph "$work/supergraph.graphql" \
  --config-path "$here/gateway.config.mjs" --host 127.0.0.1 --port "$port") >"$work/router.log" 2>&1 &
router=$!
for ((i = 0; i < 60; i++)); do
  curl -fs "http://127.0.0.1:$port/readiness" >/dev/null 2>&1 && break
  kill -0 "$router" 2>/dev/null || { cat "$work/router.log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/readiness" >/dev/null || { echo "Hive Gateway not ready after 60 s" >&2; cat "$work/router.log" >&2; exit 1; }

SUPERGRAPH="$work/supergraph.graphql" node "$here/router-check.mjs" "http://127.0.0.1:8080/graphql" \
  "http://127.0.0.1:$port/graphql" "$("$root/parcours" token viewer)" \
  || { echo "-- Hive Gateway's log:" >&2; tail -40 "$work/router.log" >&2; exit 1; }

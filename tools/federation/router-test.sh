#!/usr/bin/env bash
# A federation router over the running local platform (./parcours up): composes the kept subgraph SDLs with the
# local URLs, starts Hive Gateway on them, and compares its answers with our gateway's (router-check.mjs).
# Needs `npm ci` here first. Port: ROUTER_PORT (4000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${ROUTER_PORT:-4000}"
work=$(mktemp -d)
router=
trap '[[ -n $router ]] && kill "$router" 2>/dev/null; rm -rf "$work"' EXIT

node "$here/compose.mjs" --local --out "$work/supergraph.graphql"
router=$("$here/hive-gateway.sh" "$work/supergraph.graphql" "$port" "$work/router.log")
SUPERGRAPH="$work/supergraph.graphql" node "$here/router-check.mjs" "http://127.0.0.1:8080/graphql" \
  "http://127.0.0.1:$port/graphql" "$("$here/../../parcours" token viewer)" \
  || { echo "-- Hive Gateway's log:" >&2; tail -40 "$work/router.log" >&2; exit 1; }

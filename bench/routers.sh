#!/usr/bin/env bash
# Peer benchmark: journey reads through our gateway beside two federation routers over the same subgraphs —
# Hive Gateway (npm @graphql-hive/gateway, on the supergraph tools/federation composes) and Grafbase 0.103 (Rust,
# `grafbase dev`, composing the kept subgraph SDLs itself) — and the pass-through read straight from
# touchpoint-service. Same data, same token (forwarded by each router), the same journeys in turn.
#   bench/routers.sh [JOURNEYS] [SECONDS]     (default 64 10)
# Starts its own platform (./parcours up in a temporary PARCOURS_HOME: ports 8080–8083, 4000 and 5000 must be free);
# needs `./mvnw package` first. Prints requests/s and latencies per path, then the CPU each process spent per request
# during the 20-connection runs. Results: BENCHMARKS.md, "Federation routers".
set -euo pipefail
cd "$(dirname "$0")/.."
JOURNEYS=${1:-64} SECONDS_=${2:-10}
export PARCOURS_HOME; PARCOURS_HOME=$(mktemp -d)
hive= grafbase=
trap '[[ -n $hive ]] && kill "$hive"; [[ -n $grafbase ]] && kill "$grafbase"; ./parcours down >/dev/null || true; rm -rf "$PARCOURS_HOME"' EXIT

export SUBGRAPH_TIMEOUT=${SUBGRAPH_TIMEOUT:-30s}  # overload measured as latency, not as partial answers
./parcours up >"$PARCOURS_HOME/up.log"
npm ci --prefix tools/bench --no-audit --no-fund --loglevel=error
npm ci --prefix tools/federation --no-audit --no-fund --loglevel=error
realm="http://127.0.0.1:${PARCOURS_KEYCLOAK_PORT:-8180}/realms/parcours"
BENCH_SEED_ONLY=1 node tools/bench/gateway-bench.mjs http://127.0.0.1 "$realm" "$JOURNEYS" >"$PARCOURS_HOME/ids"

node tools/federation/compose.mjs --local --out "$PARCOURS_HOME/supergraph.graphql" >&2
hive=$(tools/federation/hive-gateway.sh "$PARCOURS_HOME/supergraph.graphql" 4000 "$PARCOURS_HOME/hive.log")

cat >"$PARCOURS_HOME/grafbase.toml" <<TOML
[[headers]]
rule = "forward"
name = "authorization"
$(for entry in persona-service:8081 touchpoint-service:8082 feedback-service:8083; do
  printf '\n[subgraphs.%s]\nurl = "http://127.0.0.1:%s/graphql"\nschema_path = "%s/%s/schema.graphql"\n' \
    "${entry%%:*}" "${entry##*:}" "$PWD" "${entry%%:*}"
done)
TOML
tools/bench/node_modules/@grafbase/cli-x86_64-unknown-linux-musl/grafbase dev -c "$PARCOURS_HOME/grafbase.toml" \
  --listen-address 127.0.0.1:5000 >"$PARCOURS_HOME/grafbase.log" 2>&1 &
grafbase=$!
for ((i = 0; i < 60; i++)); do
  curl -fs -o /dev/null -X POST http://127.0.0.1:5000/graphql -H 'content-type: application/json' \
    -d '{"query":"{ __typename }"}' && break
  sleep 1
done

pid() { cat "$PARCOURS_HOME/pids/$1.pid"; }
export BENCH_CPU="gateway=$(pid gateway),Hive Gateway=$hive,Grafbase=$grafbase,persona-service=$(pid persona-service)"
BENCH_CPU+=",touchpoint-service=$(pid touchpoint-service),feedback-service=$(pid feedback-service)"
BENCH_CPU+=",MongoDB-protocol store=$(pid mongo),PostgreSQL=comm:postgres"
node tools/bench/router-bench.mjs "$realm" "$PARCOURS_HOME/ids" "$SECONDS_" \
  "gateway=http://127.0.0.1:8080/graphql" "Hive Gateway 2.15=http://127.0.0.1:4000/graphql" \
  "Grafbase 0.103=http://127.0.0.1:5000/graphql" "touchpoint-service directly=http://127.0.0.1:8082/graphql"

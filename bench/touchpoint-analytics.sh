#!/usr/bin/env bash
# Benchmark of touchpoint-service analytics on this machine: ingestion of 1,000-event batches through
# /graphql, then the funnel over all of them beside a plain count(*) of the same table.
#   bench/touchpoint-analytics.sh [CUSTOMERS] [EVENTS_PER_CUSTOMER] [SENDERS]    (default 100000 10 4)
# Starts its own embedded PostgreSQL and touchpoint-service in a temporary folder; needs `./mvnw package` first.
set -euo pipefail
cd "$(dirname "$0")/.."
CUSTOMERS=${1:-100000} PER_CUSTOMER=${2:-10} SENDERS=${3:-4}
PG_PORT=${BENCH_PG_PORT:-25432} PORT=${BENCH_PORT:-18082}
WORK=${BENCH_DIR:-$(mktemp -d)}
STACK="java -jar tools/local-stack/target/local-stack.jar"
cleanup() { kill "${SERVICE:-}" "${PG:-}" 2>/dev/null || true; wait 2>/dev/null || true; [[ -n "${BENCH_KEEP:-}" ]] || rm -rf "$WORK"; }
trap cleanup EXIT

$STACK keys "$WORK/keys"
$STACK postgres "$WORK/pg" "$PG_PORT" touchpoint >"$WORK/pg.log" 2>&1 & PG=$!
until grep -q "PostgreSQL ready" "$WORK/pg.log"; do sleep 1; done
PG_PORT=$PG_PORT PG_USER=postgres PG_PASSWORD=postgres QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_OIDC_PUBLIC_KEY=$(cat "$WORK/keys/public.key") QUARKUS_OIDC_TOKEN_ISSUER=http://127.0.0.1/parcours-local \
  java -Xmx512m -jar touchpoint-service/target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 & SERVICE=$!
until curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 1; done

echo "| what | measured | result |"
echo "|---|---|---|"
$STACK bench-touchpoint "http://127.0.0.1:$PORT/graphql" "jdbc:postgresql://127.0.0.1:$PG_PORT/touchpoint" \
  "$WORK/keys" "$CUSTOMERS" "$PER_CUSTOMER" "$SENDERS"

#!/usr/bin/env bash
# Benchmark of feedback-service on this machine: batched ingestion through GraphQL, single REST submissions
# at a fixed rate, and score summaries over everything stored.
#   bench/feedback.sh [RESPONSES] [SENDERS] [RATE] [SECONDS]     (default 1000000 4 500 20)
# Starts its own mongo-java-server (in memory; BENCH_MONGO_DATA=FILE for the local run's durable H2 store) and
# feedback-service; needs `./mvnw package` first.
set -euo pipefail
cd "$(dirname "$0")/.."
RESPONSES=${1:-1000000} SENDERS=${2:-4} RATE=${3:-500} SECONDS_=${4:-20}
MONGO_PORT=${BENCH_MONGO_PORT:-27118} PORT=${BENCH_PORT:-18083}
WORK=$(mktemp -d)
STACK="java -jar tools/local-stack/target/local-stack.jar"
cleanup() { kill "${SERVICE:-}" "${MONGO:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

$STACK keys "$WORK/keys"
java -Xmx6g -jar tools/local-stack/target/local-stack.jar mongo "${BENCH_MONGO_DATA:-memory}" "$MONGO_PORT" >"$WORK/mongo.log" 2>&1 & MONGO=$!
until grep -q "MongoDB protocol ready" "$WORK/mongo.log"; do sleep 1; done
MONGO_URL=mongodb://127.0.0.1:$MONGO_PORT QUARKUS_HTTP_PORT=$PORT LINKS_SECRET=bench-links-secret-of-at-least-32-chars \
  QUARKUS_OIDC_PUBLIC_KEY=$(cat "$WORK/keys/public.key") QUARKUS_OIDC_TOKEN_ISSUER=http://127.0.0.1/parcours-local \
  java -Xmx1g ${BENCH_SERVICE_OPTS:-} -jar feedback-service/target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 & SERVICE=$!
until curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 1; done

echo "| what | measured | result |"
echo "|---|---|---|"
$STACK bench-feedback "http://127.0.0.1:$PORT" "$WORK/keys" "$RESPONSES" "$SENDERS" "$RATE" "$SECONDS_"

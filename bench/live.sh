#!/usr/bin/env bash
# Benchmark of alerts, live events and webhooks on this machine: submission → subscription event and → webhook
# delivery (p50, p99), and submission latency with and without alerting.
#   bench/live.sh [RATE] [SECONDS] [SUBSCRIBERS]     (default 200 20 100)
# Starts its own mongo-java-server (in memory), feedback-service and gateway, and a webhook receiver; needs
# `./mvnw package` (or ./parcours up) first.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-200} SECONDS_=${2:-20} SUBSCRIBERS=${3:-100}
MONGO_PORT=${BENCH_MONGO_PORT:-27119} FEEDBACK=${BENCH_FEEDBACK_PORT:-18093} GATEWAY=${BENCH_GATEWAY_PORT:-18090}
WORK=$(mktemp -d)
STACK="java -jar tools/local-stack/target/local-stack.jar"
cleanup() { kill "${GATEWAY_PID:-}" "${SERVICE:-}" "${MONGO:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

npm ci --prefix tools/bench --no-audit --no-fund --loglevel=error
npm ci --prefix tools/webhook-receiver --no-audit --no-fund --loglevel=error
$STACK keys "$WORK/keys"
java -Xmx2g -jar tools/local-stack/target/local-stack.jar mongo memory "$MONGO_PORT" >"$WORK/mongo.log" 2>&1 & MONGO=$!
until grep -q "MongoDB protocol ready" "$WORK/mongo.log"; do sleep 1; done
TRUST=(QUARKUS_OIDC_PUBLIC_KEY="$(cat "$WORK/keys/public.key")" QUARKUS_OIDC_TOKEN_ISSUER=http://127.0.0.1/parcours-local
  LINKS_SECRET=bench-links-secret-of-at-least-32-chars)
env "${TRUST[@]}" MONGO_URL=mongodb://127.0.0.1:$MONGO_PORT QUARKUS_HTTP_PORT=$FEEDBACK WEBHOOKS_ALLOWED_PRIVATE_HOSTS=127.0.0.1 \
  java -Xmx1g -jar feedback-service/target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 & SERVICE=$!
env "${TRUST[@]}" QUARKUS_HTTP_PORT=$GATEWAY FEEDBACK_URL=http://127.0.0.1:$FEEDBACK/graphql \
  PERSONA_URL=http://127.0.0.1:9/graphql TOUCHPOINT_URL=http://127.0.0.1:9/graphql \
  java -Xmx1g -jar gateway/target/quarkus-app/quarkus-run.jar >"$WORK/gateway.log" 2>&1 & GATEWAY_PID=$!
until curl -fs "http://127.0.0.1:$FEEDBACK/q/health/ready" >/dev/null && curl -fs "http://127.0.0.1:$GATEWAY/q/health/ready" >/dev/null; do sleep 1; done

ADMIN_TOKEN=$($STACK token "$WORK/keys" bench admin) COLLECTOR_TOKEN=$($STACK token "$WORK/keys" bench collector) \
VIEWER_TOKEN=$($STACK token "$WORK/keys" bench viewer) \
  node tools/bench/live-bench.mjs "http://127.0.0.1:$GATEWAY" "http://127.0.0.1:$FEEDBACK" "$RATE" "$SECONDS_" "$SUBSCRIBERS"

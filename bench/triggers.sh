#!/usr/bin/env bash
# Benchmark of interaction ingestion with survey triggers off, then on, in one run: touchpoint-service stores each
# batch with its outbox row and relays it to Kafka; feedback-service consumes it and fires the triggers.
#   bench/triggers.sh [CUSTOMERS] [EVENTS_PER_CUSTOMER] [SENDERS]    (default 50000 10 4)
# Starts its own embedded PostgreSQL, MongoDB-protocol server (H2 file, as ./parcours), Kafka, touchpoint-service and
# feedback-service in a temporary folder; needs `./mvnw package` first. Nothing is mailed (the triggers wait a day).
set -euo pipefail
cd "$(dirname "$0")/.."
CUSTOMERS=${1:-50000} PER_CUSTOMER=${2:-10} SENDERS=${3:-4}
PG_PORT=${BENCH_PG_PORT:-25432} MONGO_PORT=${BENCH_MONGO_PORT:-28018} KAFKA_PORT=${BENCH_KAFKA_PORT:-29092}
TOUCHPOINT=${BENCH_TOUCHPOINT_PORT:-18082} FEEDBACK=${BENCH_FEEDBACK_PORT:-18083}
WORK=${BENCH_DIR:-$(mktemp -d)}
STACK="java -jar tools/local-stack/target/local-stack.jar"
PIDS=()
cleanup() { kill "${PIDS[@]}" 2>/dev/null || true; wait 2>/dev/null || true; [[ -n "${BENCH_KEEP:-}" ]] || rm -rf "$WORK"; }
trap cleanup EXIT
await() { # log text
  for ((i = 0; i < 120; i++)); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 1; done
  echo "$1 never said $2" >&2; exit 1
}

$STACK keys "$WORK/keys"
$STACK postgres "$WORK/pg" "$PG_PORT" touchpoint >"$WORK/pg.log" 2>&1 & PIDS+=($!)
$STACK mongo "$WORK/mongo.h2" "$MONGO_PORT" >"$WORK/mongo.log" 2>&1 & PIDS+=($!)
java -Xmx256m -XX:+UseSerialGC -jar tools/local-kafka/target/local-kafka.jar --dir "$WORK/kafka" --port "$KAFKA_PORT" \
  >"$WORK/kafka.log" 2>&1 & PIDS+=($!)
await "$WORK/pg.log" "PostgreSQL ready"
await "$WORK/mongo.log" "MongoDB protocol ready"
await "$WORK/kafka.log" "Kafka is ready"
export QUARKUS_OIDC_PUBLIC_KEY; QUARKUS_OIDC_PUBLIC_KEY=$(cat "$WORK/keys/public.key")
export QUARKUS_OIDC_TOKEN_ISSUER=http://127.0.0.1/parcours-local KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT
PG_PORT=$PG_PORT PG_USER=postgres PG_PASSWORD=postgres QUARKUS_HTTP_PORT=$TOUCHPOINT \
  java -Xmx512m -jar touchpoint-service/target/quarkus-app/quarkus-run.jar >"$WORK/touchpoint.log" 2>&1 & PIDS+=($!)
MONGO_URL=mongodb://127.0.0.1:$MONGO_PORT QUARKUS_HTTP_PORT=$FEEDBACK LINKS_SECRET=bench-links-secret-of-at-least-32-characters \
  java -Xmx512m -jar feedback-service/target/quarkus-app/quarkus-run.jar >"$WORK/feedback.log" 2>&1 & PIDS+=($!)
for port in "$TOUCHPOINT" "$FEEDBACK"; do
  until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 1; done
done

$STACK bench-triggers "http://127.0.0.1:$TOUCHPOINT/graphql" "http://127.0.0.1:$FEEDBACK/graphql" \
  "jdbc:postgresql://127.0.0.1:$PG_PORT/touchpoint" "$WORK/keys" "$CUSTOMERS" "$PER_CUSTOMER" "$SENDERS"

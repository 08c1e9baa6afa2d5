#!/usr/bin/env bash
# Starts Hive Gateway in the background on a supergraph (forwarding the caller's Authorization, gateway.config.mjs)
# and waits until it is ready; prints its PID. Needs `npm ci` here first.
#   hive-gateway.sh SUPERGRAPH PORT LOG
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
supergraph=$1 port=$2 log=$3
(cd "$here" && exec node_modules/.bin/hive-gateway supergraph "$supergraph" \
  --config-path "$here/gateway.config.mjs" --host 127.0.0.1 --port "$port") >"$log" 2>&1 &
router=$!
for ((i = 0; i < 60; i++)); do
  curl -fs "http://127.0.0.1:$port/readiness" >/dev/null 2>&1 && { echo "$router"; exit 0; }
  kill -0 "$router" 2>/dev/null || break
  sleep 1
done
echo "Hive Gateway not ready on port $port:" >&2; cat "$log" >&2; kill "$router" 2>/dev/null || true; exit 1

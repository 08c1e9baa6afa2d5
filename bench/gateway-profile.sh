#!/usr/bin/env bash
# Where our gateway's CPU goes while it serves the whole journey (20 connections, the routers' query): a JFR
# recording of the running gateway, summarised as the hottest methods and the share of samples per library.
#   bench/gateway-profile.sh [JOURNEYS] [SECONDS]     (default 16 20)
# Needs a running local platform (./parcours up; seeds JOURNEYS journeys of its own) and a JDK whose `jfr` has
# `view` (21+; JFR_TOOL, default the Temurin 25 beside the default JDK). Results: BENCHMARKS.md, "Federation routers".
set -euo pipefail
cd "$(dirname "$0")/.."
JOURNEYS=${1:-16} SECONDS_=${2:-20}
JFR_TOOL=${JFR_TOOL:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr}
state=${PARCOURS_HOME:-$PWD/.parcours}
# The PID file names the supervisor that restarts the gateway; the JVM is its child.
gateway=$(pgrep -P "$(cat "$state/pids/gateway.pid")" -f quarkus-run.jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT  # KEEP_JFR=FILE keeps the recording
[[ -n ${KEEP_JFR:-} ]] && trap 'cp "$work/gateway.jfr" "$KEEP_JFR"; rm -rf "$work"' EXIT

npm ci --prefix tools/bench --no-audit --no-fund --loglevel=error
realm="http://127.0.0.1:${PARCOURS_KEYCLOAK_PORT:-8180}/realms/parcours"
BENCH_SEED_ONLY=1 node tools/bench/gateway-bench.mjs http://127.0.0.1 "$realm" "$JOURNEYS" >"$work/ids"

jcmd "$gateway" JFR.start name=parcours-profile settings=profile filename="$work/gateway.jfr" >/dev/null
BENCH_READ="whole journey" node tools/bench/router-bench.mjs "$realm" "$work/ids" "$SECONDS_" \
  "gateway=http://127.0.0.1:${PARCOURS_GATEWAY_PORT:-8080}/graphql"
jcmd "$gateway" JFR.stop name=parcours-profile >/dev/null

echo; echo "Hottest methods (own time):"
"$JFR_TOOL" view --width 160 hot-methods "$work/gateway.jfr" | sed -n '1,40p'
echo; echo "Samples by the first frame outside the JDK (who made the JDK do the work), top 30:"
"$JFR_TOOL" print --events jdk.ExecutionSample --stack-depth 64 "$work/gateway.jfr" \
  | awk '/stackTrace = \[/ { open = 1; found = 0; next }
      open && /^[[:space:]]*\]/ { open = 0; next }
      open && !found && /line:/ { frame = $1; sub(/\(.*/, "", frame);
        if (frame !~ /^(java|javax|jdk|sun|com\.sun)\./) { count[frame]++; total++; found = 1 } }
      END { for (f in count) printf "%6.1f %%  %s\n", 100 * count[f] / total, f }' | sort -rn | head -30
echo; echo "Samples by library of the top frame:"
"$JFR_TOOL" print --events jdk.ExecutionSample --stack-depth 1 "$work/gateway.jfr" \
  | awk '/^[[:space:]]+[a-z]/ && /line:/ { frame = $1; sub(/\(.*/, "", frame); n = split(frame, parts, ".");
      lib = parts[1]; for (i = 2; i <= 3 && i < n - 1; i++) lib = lib "." parts[i]; count[lib]++; total++ }
      END { for (lib in count) printf "%6.1f %%  %s\n", 100 * count[lib] / total, lib }' | sort -rn | head -20

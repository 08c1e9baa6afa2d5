#!/usr/bin/env bash
# Starts the local platform from the build in target/, checks the demo data through GraphQL, stops it,
# starts it again and checks that the data survived and the demo was not loaded twice.
set -euo pipefail
cd "$(dirname "$0")/.."

export PARCOURS_HOME; PARCOURS_HOME=$(mktemp -d)
# A port squatter this script started dies with it, also when a check fails before the squatter's own kill.
squatter=
trap '[[ -z "$squatter" ]] || kill "$squatter" 2>/dev/null || true; ./parcours down || true; rm -rf "$PARCOURS_HOME"' EXIT

gateway() { # GraphQL document → response body, through the gateway with a viewer token
  curl -fsS "http://127.0.0.1:8080/graphql" \
    -H "Authorization: Bearer $(./parcours token viewer)" -H 'Content-Type: application/json' \
    -d "$(node -e 'console.log(JSON.stringify({ query: process.argv[1] }))' "$1")"
}

check_demo() {
  local counts journey
  counts=$(gateway '{ personas { totalCount } journeys { totalCount } surveys { totalCount } feedbackSummary { responseCount } }' \
    | node -e 'const d = JSON.parse(require("fs").readFileSync(0)).data;
      console.log([d.personas.totalCount, d.journeys.totalCount, d.surveys.totalCount, d.feedbackSummary.responseCount].join(" "))')
  # 3,000 responses of the last 90 days, then 3 detractors of the last day on each of the 2 journeys with an NPS survey.
  if [[ "$counts" != "3 4 28 3006" ]]; then
    echo "expected 3 personas, 4 journeys, 28 surveys, 3006 responses through the gateway; found $counts" >&2
    exit 1
  fi
  # The whole journey in one request: persona, stages, touchpoints with scores, funnel break, emotion curve.
  journey=$(gateway '{ journeys(first: 1, mapType: CURRENT_STATE) { edges { node { persona { name } funnel { breakStage { name } }
      emotionCurve { measured } stages { feedback { responseCount } touchpoints { surveys { kind } feedback { responseCount } } } } } } }' \
    | node -e 'const d = JSON.parse(require("fs").readFileSync(0));
      if (d.errors) { console.error(JSON.stringify(d.errors)); process.exit(1); }
      const j = d.data.journeys.edges[0].node;
      console.log(`${j.persona.name}: breaks at ${j.funnel.breakStage.name}; ${j.emotionCurve.filter(p => p.measured !== null).length} touchpoints measured`)')
  echo "demo workspace through the gateway: $counts (personas journeys surveys responses); $journey"
  # The second workspace's login sees none of it.
  local other
  other=$(curl -fsS "http://127.0.0.1:8080/graphql" -H "Authorization: Bearer $(./parcours token viewer other)" \
    -H 'Content-Type: application/json' -d '{"query":"{ personas { totalCount } journeys { totalCount } }"}')
  [[ "$other" == '{"data":{"personas":{"totalCount":0},"journeys":{"totalCount":0}}}' ]] \
    || { echo "workspace 'other' sees: $other" >&2; exit 1; }
}

# Polls until something listens on the port (a squatter this script started), at most 10 s.
listening_within_10s() { # port
  local i
  for ((i = 0; i < 100; i++)); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
  echo "nothing listens on $1" >&2; return 1
}

# A service port listened on by 127.0.0.1 alone (/proc/net/tcp*: state 0A is LISTEN, addresses in hex).
loopback_only() { # port
  local port; port=$(printf '%04X' "$1")
  awk -v port="$port" '$4 == "0A" && $2 ~ ":" port "$" { print FILENAME, $2 }' /proc/net/tcp /proc/net/tcp6 \
    | { local seen=0; while read -r file address; do
          # 127.0.0.1, ::1, or 127.0.0.1 mapped into IPv6 (::ffff:127.0.0.1)
          [[ $address == "0100007F:$port" || $address == "00000000000000000000000001000000:$port"
            || $address == "0000000000000000FFFF00000100007F:$port" ]] || return 1
          seen=1
        done; [[ $seen == 1 ]]; }
}

./parcours up
status=$(./parcours status)
echo "$status"
# Every part runs and answers its health check (the gateway's readiness names each subgraph's).
if grep -v ', ready$' <<<"$status"; then echo "a part is not ready (above)" >&2; exit 1; fi
curl -fsS http://127.0.0.1:8080/q/health/ready | grep -Eq '"feedback-service": *"UP"' \
  || { echo "the gateway's readiness does not report feedback-service as UP" >&2; exit 1; }
for port in 8080 8081 8082 8083 1025 1080 1081 9000 9092 9093; do
  loopback_only "$port" || { echo "port $port is not listened on by the loopback interface alone" >&2; exit 1; }
done
echo "the services listen on 127.0.0.1 only"
check_demo
echo "== Invitations reach the local SMTP catcher (maildev) and SMS inbox: sent by an editor, fired by an interaction (Kafka)"
bash .ci/invitation-smoke.sh
echo "== A real Prometheus scrapes the platform with the alerting and recording rules loaded"
bash k8s/monitoring/check.sh --local
echo "== A federation router (Hive Gateway) over the composed subgraphs answers the whole journey as our gateway does"
bash tools/federation/router-test.sh
echo "== Front-end tools against the running platform: introspection, codegen, GraphiQL in Chromium"
bash tools/graphql-clients/run.sh

# The supervisor's PID per name, and the JVM it runs.
pids() { local name; for name in "$@"; do printf '%s=%s ' "$name" "$(cat "$PARCOURS_HOME/pids/$name.pid")"; done; }
jvm_of() { pgrep -P "$(cat "$PARCOURS_HOME/pids/$1.pid")"; }
HEALTHY=(postgres mongo kafka keycloak persona-service touchpoint-service gateway)

echo "== A crashed service: ./parcours up starts it again and leaves the others running as they were"
before=$(pids "${HEALTHY[@]}")
kill -9 "$(jvm_of feedback-service)"
./parcours up | tee "$PARCOURS_HOME/up-after-crash.log"
grep -q "Starting feedback-service" "$PARCOURS_HOME/up-after-crash.log"
[[ $(pids "${HEALTHY[@]}") == "$before" ]] || { echo "healthy processes were restarted: $before → $(pids "${HEALTHY[@]}")" >&2; exit 1; }
check_demo

echo "== PostgreSQL's supervisor killed: ./parcours up stops the orphaned server and starts it supervised"
kill -9 "$(cat "$PARCOURS_HOME/pids/postgres.pid")"
orphan=$(head -n 1 "$PARCOURS_HOME/data/postgres/postmaster.pid")
kill -0 "$orphan" || { echo "expected the server (pid $orphan) to outlive its supervisor" >&2; exit 1; }
./parcours up | tee "$PARCOURS_HOME/up-after-orphan.log"
grep -q "outlived its supervisor" "$PARCOURS_HOME/up-after-orphan.log"
if kill -0 "$orphan" 2>/dev/null; then echo "the orphaned server (pid $orphan) still runs" >&2; exit 1; fi
if grep -q 'lock file "postmaster.pid" already exists' "$PARCOURS_HOME/logs/postgres.log"; then
  echo "the new supervisor met the orphan's lock file" >&2; exit 1
fi
check_demo
supervised_server=$(head -n 1 "$PARCOURS_HOME/data/postgres/postmaster.pid")

echo "== A start that fails stops only what it started"
supervisor=$(cat "$PARCOURS_HOME/pids/touchpoint-service.pid")
kill -9 "$supervisor"  # the supervisor: its JVM must not linger as an orphan holding the port
for ((i = 0; i < 30; i++)); do (exec 3<>/dev/tcp/127.0.0.1/8082) 2>/dev/null || break; sleep 1; done
if (exec 3<>/dev/tcp/127.0.0.1/8082) 2>/dev/null; then echo "touchpoint-service's JVM outlived its supervisor" >&2; exit 1; fi
node -e 'require("net").createServer().listen(8082, "127.0.0.1")' & squatter=$!
listening_within_10s 8082
others=(postgres mongo kafka keycloak persona-service feedback-service gateway)
before=$(pids "${others[@]}")
if ./parcours up >"$PARCOURS_HOME/failed-up.log" 2>&1; then echo "./parcours up started with port 8082 taken" >&2; exit 1; fi
grep -q "Port 8082 (for touchpoint-service) is taken by another program" "$PARCOURS_HOME/failed-up.log" \
  || { cat "$PARCOURS_HOME/failed-up.log" >&2; exit 1; }
[[ $(pids "${others[@]}") == "$before" ]] || { echo "a failed start stopped what ran before it" >&2; exit 1; }
curl -fs http://127.0.0.1:8080/q/health/live >/dev/null || { echo "the gateway stopped" >&2; exit 1; }
kill "$squatter"
./parcours up
check_demo
echo "a crashed service is restarted alone; a failed start leaves what ran before it"

./parcours down
if kill -0 "$supervised_server" 2>/dev/null; then echo "./parcours down left PostgreSQL (pid $supervised_server) running" >&2; exit 1; fi
./parcours up | tee "$PARCOURS_HOME/second-up.log"
grep -q "nothing loaded" "$PARCOURS_HOME/second-up.log"
[[ $(grep -c '^==== .* ./parcours starts gateway' "$PARCOURS_HOME/logs/gateway.log") == 2 ]] \
  || { echo "the gateway's log of the first run was not kept" >&2; exit 1; }
check_demo

echo "== The web app in Chromium: sign-in, map, editing, export, share, roles, budgets, accessibility"
bash web/e2e/run.sh
echo "== No origin is allowed by default: a preflight from elsewhere gets no CORS grant"
preflight=$(curl -s -o /dev/null -D - -X OPTIONS http://127.0.0.1:8080/graphql -H 'Origin: https://elsewhere.example.org' \
  -H 'Access-Control-Request-Method: POST')
if grep -qi '^access-control-allow-origin' <<<"$preflight"; then echo "CORS granted by default: $preflight" >&2; exit 1; fi

echo "== Keycloak cannot start: ./parcours up stops everything it started and leaves nothing running"
./parcours down
node -e 'require("net").createServer().listen(8180, "127.0.0.1")' & squatter=$!
listening_within_10s 8180
if ./parcours up >"$PARCOURS_HOME/keycloak-failed.log" 2>&1; then echo "./parcours up started with port 8180 taken" >&2; exit 1; fi
grep -q "Keycloak stopped" "$PARCOURS_HOME/keycloak-failed.log" \
  && grep -q "stopping what it started (postgres mongo kafka keycloak maildev sms-inbox persona-service touchpoint-service feedback-service gateway)" "$PARCOURS_HOME/keycloak-failed.log" \
  || { cat "$PARCOURS_HOME/keycloak-failed.log" >&2; exit 1; }
if pgrep -f "$PARCOURS_HOME" >/dev/null; then echo "left running: $(pgrep -af "$PARCOURS_HOME")" >&2; exit 1; fi
kill "$squatter"
echo "local platform smoke test passed"

#!/usr/bin/env bash
# Starts the local platform from the build in target/, checks the demo data through GraphQL, stops it,
# starts it again and checks that the data survived and the demo was not loaded twice.
set -euo pipefail
cd "$(dirname "$0")/.."

export PARCOURS_HOME; PARCOURS_HOME=$(mktemp -d)
trap './parcours down || true; rm -rf "$PARCOURS_HOME"' EXIT

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
  if [[ "$counts" != "3 4 28 3000" ]]; then
    echo "expected 3 personas, 4 journeys, 28 surveys, 3000 responses through the gateway; found $counts" >&2
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
./parcours status
for port in 8080 8081 8082 8083; do
  loopback_only "$port" || { echo "port $port is not listened on by the loopback interface alone" >&2; exit 1; }
done
echo "the services listen on 127.0.0.1 only"
check_demo
echo "== Front-end tools against the running platform: introspection, codegen, GraphiQL in Chromium"
bash tools/graphql-clients/run.sh
./parcours down
./parcours up | tee "$PARCOURS_HOME/second-up.log"
grep -q "nothing loaded" "$PARCOURS_HOME/second-up.log"
[[ $(grep -c '^==== .* ./parcours starts gateway' "$PARCOURS_HOME/logs/gateway.log") == 2 ]] \
  || { echo "the gateway's log of the first run was not kept" >&2; exit 1; }
check_demo
echo "local platform smoke test passed"

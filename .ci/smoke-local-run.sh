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

./parcours up
./parcours status
check_demo
echo "== Front-end tools against the running platform: introspection, codegen, GraphiQL in Chromium"
bash tools/graphql-clients/run.sh
./parcours down
./parcours up | tee "$PARCOURS_HOME/second-up.log"
grep -q "nothing loaded" "$PARCOURS_HOME/second-up.log"
check_demo
echo "local platform smoke test passed"

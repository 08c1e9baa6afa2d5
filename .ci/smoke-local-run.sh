#!/usr/bin/env bash
# Starts the local platform from the build in target/, checks the demo data through GraphQL, stops it,
# starts it again and checks that the data survived and the demo was not loaded twice.
set -euo pipefail
cd "$(dirname "$0")/.."

export PARCOURS_HOME; PARCOURS_HOME=$(mktemp -d)
trap './parcours down || true; rm -rf "$PARCOURS_HOME"' EXIT

total_count() { # port query-field
  curl -fsS "http://127.0.0.1:$1/graphql" \
    -H "Authorization: Bearer $(./parcours token viewer)" -H 'Content-Type: application/json' \
    -d "{\"query\":\"{ $2 { totalCount } }\"}" | sed -E 's/.*"totalCount":([0-9]+).*/\1/'
}

response_count() {
  curl -fsS "http://127.0.0.1:8083/graphql" \
    -H "Authorization: Bearer $(./parcours token viewer)" -H 'Content-Type: application/json' \
    -d '{"query":"{ feedbackSummary { responseCount } }"}' | sed -E 's/.*"responseCount":([0-9]+).*/\1/'
}

check_count() {
  local personas journeys surveys responses
  personas=$(total_count 8081 personas)
  journeys=$(total_count 8082 journeys)
  surveys=$(total_count 8083 surveys)
  responses=$(response_count)
  if [[ "$personas" != "3" || "$journeys" != "4" || "$surveys" != "28" || "$responses" != "3000" ]]; then
    echo "expected 3 personas, 4 journeys, 28 surveys, 3000 responses; found $personas, $journeys, $surveys, $responses" >&2
    exit 1
  fi
  echo "demo workspace holds $personas personas, $journeys journeys, $surveys surveys and $responses responses"
}

./parcours up
./parcours status
check_count
./parcours down
./parcours up | tee "$PARCOURS_HOME/second-up.log"
grep -q "nothing loaded" "$PARCOURS_HOME/second-up.log"
check_count
echo "local platform smoke test passed"

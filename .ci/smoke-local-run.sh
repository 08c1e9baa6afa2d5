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

check_count() {
  local personas journeys
  personas=$(total_count 8081 personas)
  journeys=$(total_count 8082 journeys)
  if [[ "$personas" != "3" || "$journeys" != "4" ]]; then
    echo "expected the 3 demo personas and 4 journeys, found: $personas and $journeys" >&2
    exit 1
  fi
  echo "demo workspace holds $personas personas and $journeys journeys"
}

./parcours up
./parcours status
check_count
./parcours down
./parcours up | tee "$PARCOURS_HOME/second-up.log"
grep -q "nothing loaded" "$PARCOURS_HOME/second-up.log"
check_count
echo "local platform smoke test passed"

#!/usr/bin/env bash
# The front-end developers' tools against the running platform (./parcours up): graphql-js introspection of the
# gateway and every subgraph, GraphQL Code Generator (TypeScript) against the gateway, GraphiQL in Chromium, and a
# sweep of bad values over every argument (no 5xx, no Java text in any message) and of requests, bodies, sockets and
# paths that once held or sank a service (hostile-limits.mjs).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)

npm ci --no-audit --no-fund --loglevel=error
if ! command -v chromium >/dev/null; then
  echo "Installing Chromium from Debian's packages (the browser test needs it)…"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
PARCOURS_TOKEN=$("$ROOT/parcours" token viewer)
export PARCOURS_TOKEN

echo "-- graphql-js: the standard introspection query at the gateway and each subgraph"
node introspection.mjs
# The Java tests send the same query; it must be the one this graphql-js version writes.
node introspection-query.mjs >/dev/null
git -C "$ROOT" diff --exit-code -- test-support/src/main/resources/graphql/introspection-query.graphql

echo "-- GraphQL Code Generator (typescript, typescript-operations) against the gateway"
rm -rf generated
npx graphql-codegen --config codegen.ts
npx tsc --noEmit --strict --skipLibCheck generated/schema.ts generated/operations.ts
grep -q "export type Journey = " generated/schema.ts
grep -q "export type WholeJourneyQuery = " generated/operations.ts
echo "generated/: $(grep -c '^export type' generated/schema.ts) schema types, $(grep -c '^export type' generated/operations.ts) operation types, compiled with tsc --strict"

echo "-- GraphiQL in Chromium"
node graphiql-browser-test.mjs

echo "-- A hostile client's sweep: wrong types and ranges for every argument (workspace 'other', so the demo stays)"
PARCOURS_TOKEN=$("$ROOT/parcours" token editor other) node bad-input-sweep.mjs

echo "-- A hostile client's limits: fragment fan-out, __typename floods, oversized bodies and frames, subscription churn,"
echo "   random paths in metrics, webhook addresses inside IPv6 (nothing is stored in 'demo': every one is refused)"
PARCOURS_TOKEN=$("$ROOT/parcours" token viewer other) ADMIN_TOKEN=$("$ROOT/parcours" token admin) node hostile-limits.mjs

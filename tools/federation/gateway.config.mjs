// Hive Gateway over the composed supergraph (router-test.sh): the caller's bearer token goes to every subgraph,
// which checks it as it checks our gateway's calls.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
  },
});

// Live updates: GraphQL subscriptions over one WebSocket to the gateway (graphql-ws, the graphql-transport-ws
// protocol). The token goes in connection_init; when the gateway closes the socket because it expired, the client
// reconnects with a fresh one (Session.token refreshes it) and resubscribes.
import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from './gql/graphql';
import { persistedHash } from './api';
import type { Session } from './auth';

let client: Client | undefined;

/** Starts the live client for the signed-in session (lazily: the socket opens with the first subscription). */
export function connectLive(session: Session) {
  client = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: async () => ({ Authorization: `Bearer ${await session.token()}` }),
    lazy: true,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    shouldRetry: () => true,
  });
}

/** Calls onData with each event until the returned function is called. */
export function subscribe<R, V>(document: TypedDocumentString<R, V>, variables: V, onData: (data: R) => void): () => void {
  if (!client) return () => undefined;
  const hash = persistedHash(document); // the gateway runs its registered document by this hash
  return client.subscribe<R>({ query: document.toString(), variables: variables as Record<string, unknown>,
    ...(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : {}) }, {
    next: (result) => result.data && onData(result.data as R),
    error: (error) => console.warn('live updates stopped', error),
    complete: () => undefined,
  });
}

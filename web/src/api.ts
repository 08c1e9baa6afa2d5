// The app's GraphQL client: typed documents from codegen, POSTed to the gateway by their SHA-256 (the gateway knows
// the app's documents) with the bearer token.
// One fetch per operation, no cache: a map view is one request, and every edit reloads what it changed.
import type { TypedDocumentString } from './gql/graphql';
import type { Session } from './auth';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** A refused or failed operation: the gateway's code (VALIDATION, CONFLICT, FORBIDDEN, …) and its message. */
export class ApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface Result<R> {
  data: R | null;
  /** Errors beside data: parts the gateway could not read (a subgraph down), shown as a warning. */
  errors: GraphQLError[];
}

let session: Session | undefined;

/** The signed-in session whose token every call carries. */
export function connect(current: Session) {
  session = current;
}

/** Data and errors as the gateway answered: for reads that can show what they got. */
export async function query<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<Result<R>> {
  if (!session) throw new Error('not signed in');
  const hash = persistedHash(document);
  let body = await post<R>(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables }
    : { query: document.toString(), variables });
  if (hash && body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
    body = await post<R>({ query: document.toString(), variables }); // a gateway built without this app's documents
  }
  if (!body.data && body.errors?.length) throw toApiError(body.errors[0]);
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** The operation's SHA-256 from codegen: the gateway knows the app's documents by it (persisted operations). */
export function persistedHash(document: { __meta__?: Record<string, unknown> }): string | undefined {
  const hash = document.__meta__?.hash as string | undefined;
  return hash?.replace(/^sha256:/, '');
}

async function post<R>(request: object): Promise<{ data?: R; errors?: GraphQLError[] }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await session!.token()}` },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => null)) as { data?: R; errors?: GraphQLError[] } | null;
  if (!body) throw new ApiError(`HTTP_${response.status}`, `The gateway answered HTTP ${response.status}.`);
  return body;
}

/** The data, or an ApiError for the first error: for writes and reads that are all or nothing. */
export async function call<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const result = await query(document, variables);
  if (result.errors.length) throw toApiError(result.errors[0]);
  return result.data as R;
}

/**
 * Makes the file the persona's photo (PUT, the bytes as they are, through the gateway to persona-service); a refusal
 * (its size, its type, the role) comes back as an ApiError with the problem's code and its field and rule.
 */
export async function uploadPersonaPhoto(personaId: string, file: File): Promise<{ avatarUrl: string }> {
  const response = await fetch(`/api/v1/personas/${encodeURIComponent(personaId)}/photo`, {
    method: 'PUT',
    headers: { 'Content-Type': file.type || 'application/octet-stream', Authorization: `Bearer ${await session!.token()}` },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as { avatarUrl?: string; code?: string; detail?: string } | null;
  if (!response.ok || !body?.avatarUrl) {
    throw new ApiError(body?.code ?? `HTTP_${response.status}`, body?.detail ?? `The gateway answered HTTP ${response.status}.`);
  }
  return { avatarUrl: body.avatarUrl };
}

function toApiError(error: GraphQLError): ApiError {
  return new ApiError(error.extensions?.code ?? 'INTERNAL', error.message);
}

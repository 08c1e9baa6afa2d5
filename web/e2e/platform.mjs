// The running platform as the browser test reaches it: tokens from Keycloak (the CLI client's password grant),
// GraphQL and REST calls, the gateway's request counter.
const base = process.env.GATEWAY_ORIGIN ?? 'http://127.0.0.1:8080';
const feedbackOrigin = process.env.FEEDBACK_ORIGIN ?? 'http://127.0.0.1:8083';

export { base };

let realmUrl;
async function realm() {
  realmUrl ??= (await (await fetch(`${base}/web-config.json`)).json()).realmUrl;
  return realmUrl;
}

/** An access token of a demo login (password = login). */
export async function token(user) {
  const response = await fetch(`${await realm()}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'parcours-cli', username: user, password: user }),
  });
  const body = await response.json();
  if (!body.access_token) throw new Error(`no token for ${user}: ${JSON.stringify(body)}`);
  return body.access_token;
}

export async function graphql(accessToken, query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A survey response through the mobile apps' REST endpoint; the status code it answered. */
export async function submitResponse(accessToken, surveyId, questionId, score) {
  const id = crypto.randomUUID();
  const response = await fetch(`${feedbackOrigin}/api/v1/surveys/${surveyId}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ clientResponseId: id, respondentRef: `browser-${id}`, channel: 'WEB', locale: 'en',
      submittedAt: new Date(Date.now() - 60_000).toISOString(),
      answers: [{ questionId, score }] }),
  });
  if (response.status !== 201) throw new Error(`REST submission: ${response.status} ${await response.text()}`);
}

/** POST /graphql requests the gateway has served (its Prometheus counter). */
export async function gatewayGraphQLRequests() {
  const text = await (await fetch(`${base}/q/metrics`)).text();
  return text.split('\n').filter((line) => line.startsWith('http_server_requests_seconds_count{')
    && line.includes('method="POST"') && line.includes('uri="/graphql"'))
    .map((line) => line.split(' # ')[0].trim()) // an exemplar may follow the sample when tracing is on
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

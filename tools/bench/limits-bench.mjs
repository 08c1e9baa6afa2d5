// Limits under load: at each endpoint (the gateway and the three subgraphs), a simple query alone, then the same
// query while other connections send 2,000-alias floods (the request that once ran feedback-service out of
// memory). Shows what a flood costs the service and its other callers. Prints a Markdown table.
//   node limits-bench.mjs BASE_URL REALM_URL [SECONDS=10] [CONNECTIONS=10]
import autocannon from 'autocannon';

const [base, realm, secondsArg = '10', connectionsArg = '10'] = process.argv.slice(2);
const SECONDS = Number(secondsArg), CONNECTIONS = Number(connectionsArg);
const response = await fetch(`${realm}/protocol/openid-connect/token`, {
  method: 'POST',
  body: new URLSearchParams({ grant_type: 'password', client_id: 'parcours-cli', username: 'viewer', password: 'viewer' }),
});
const token = (await response.json()).access_token;
const endpoints = [['gateway', 8080, 'personas { totalCount }'], ['persona-service', 8081, 'personas { totalCount }'],
  ['touchpoint-service', 8082, 'journeys { totalCount }'], ['feedback-service', 8083, 'surveys { totalCount }']];

function load(url, query) {
  return autocannon({
    url, method: 'POST', connections: CONNECTIONS, duration: SECONDS,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
}
const ms = value => `${Math.round(value * 10) / 10} ms`;

console.log(`| endpoint | phase | simple query req/s | simple p50 | simple p99 | floods refused/s | flood p50 | flood p99 | non-2xx |`);
console.log(`|---|---|---|---|---|---|---|---|---|`);
for (const [name, port, selection] of endpoints) {
  const url = `${base}:${port}/graphql`;
  const simple = `{ ${selection} }`;
  const flood = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;
  const probe = await (await fetch(url, { method: 'POST', body: JSON.stringify({ query: flood }),
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } })).json();
  if (probe.errors?.[0]?.extensions?.code !== 'LIMIT_EXCEEDED') throw new Error(`${name} did not refuse: ${JSON.stringify(probe).slice(0, 300)}`);
  const alone = await load(url, simple);
  console.log(`| ${name} | alone | ${Math.round(alone.requests.average)} | ${ms(alone.latency.p50)} | ${ms(alone.latency.p99)} | — | — | — | ${alone.non2xx} |`);
  const [together, floods] = await Promise.all([load(url, simple), load(url, flood)]);
  console.log(`| ${name} | beside floods | ${Math.round(together.requests.average)} | ${ms(together.latency.p50)} | ${ms(together.latency.p99)} | ${Math.round(floods.requests.average)} | ${ms(floods.latency.p50)} | ${ms(floods.latency.p99)} | ${together.non2xx + floods.non2xx} |`);
}

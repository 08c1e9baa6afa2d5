// Limits under load: at each endpoint (the gateway and the three subgraphs), a simple query alone, then the same
// query while other connections send, back to back, each kind of request that once held or sank a service: 2,000
// aliases, thirty fragments each spreading the next twice (2^30 selections of __typename from 2 kB), 1,600 __typename
// aliases, and (feedback-service) REST bodies over 1 MiB. Then, at the gateway, one socket subscribing and completing
// in a loop. Shows what each costs the service and its other callers. Prints Markdown tables.
//   node limits-bench.mjs BASE_URL REALM_URL [SECONDS=10] [CONNECTIONS=10]
import autocannon from 'autocannon';
import WebSocket from 'ws';

const [base, realm, secondsArg = '10', connectionsArg = '10'] = process.argv.slice(2);
const SECONDS = Number(secondsArg), CONNECTIONS = Number(connectionsArg);
const response = await fetch(`${realm}/protocol/openid-connect/token`, {
  method: 'POST',
  body: new URLSearchParams({ grant_type: 'password', client_id: 'parcours-cli', username: 'viewer', password: 'viewer' }),
});
const token = (await response.json()).access_token;
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
const endpoints = [['gateway', 8080, 'personas { totalCount }'], ['persona-service', 8081, 'personas { totalCount }'],
  ['touchpoint-service', 8082, 'journeys { totalCount }'], ['feedback-service', 8083, 'surveys { totalCount }']];

const fanOut = ['{ ...F0 }', ...Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`),
  'fragment F30 on Query { __typename }'].join(' ');
const typenames = `{ ${Array.from({ length: 1600 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
const attacks = selection => [
  ['2,000 aliases', { query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: ${selection}`).join(' ')} }` }],
  ['fragment fan-out', { query: fanOut }],
  ['1,600 __typename', { query: typenames }],
];

function load(url, body, extra = {}) {
  return autocannon({ url, method: 'POST', connections: CONNECTIONS, duration: SECONDS, headers, body, ...extra });
}
const ms = value => `${Math.round(value * 10) / 10} ms`;
const row = (name, phase, simple, attack) => console.log(`| ${name} | ${phase} | ${Math.round(simple.requests.average)} | `
  + `${ms(simple.latency.p50)} | ${ms(simple.latency.p99)} | ${attack ? Math.round(attack.requests.average) : '—'} | `
  + `${attack ? ms(attack.latency.p50) : '—'} | ${attack ? ms(attack.latency.p99) : '—'} | ${simple.non2xx} |`);

console.log(`| endpoint | phase | simple query req/s | simple p50 | simple p99 | attacks refused/s | attack p50 | attack p99 | simple non-2xx |`);
console.log(`|---|---|---|---|---|---|---|---|---|`);
for (const [name, port, selection] of endpoints) {
  const url = `${base}:${port}/graphql`;
  const simple = JSON.stringify({ query: `{ ${selection} }` });
  row(name, 'alone', await load(url, simple));
  for (const [kind, request] of attacks(selection)) {
    const probe = await (await fetch(url, { method: 'POST', body: JSON.stringify(request), headers })).json();
    if (probe.errors?.[0]?.extensions?.code !== 'LIMIT_EXCEEDED') {
      throw new Error(`${name} did not refuse ${kind}: ${JSON.stringify(probe).slice(0, 300)}`);
    }
    const [together, refused] = await Promise.all([load(url, simple), load(url, JSON.stringify(request))]);
    row(name, `beside ${kind}`, together, refused);
  }
}

// REST bodies over the bound: refused with 413 before they are read (declared length) or as they pass it (chunked).
const rest = `${base}:8083/api/v1/surveys/bench/responses`;
const oversized = `{"clientResponseId": "${'x'.repeat(1024 * 1024)}"}`;
const restProbe = await fetch(rest, { method: 'POST', body: oversized, headers });
if (restProbe.status !== 413) throw new Error(`a 1 MiB body answered ${restProbe.status}`);
const [besideBodies, bodies] = await Promise.all([load(`${base}:8083/graphql`, JSON.stringify({ query: '{ surveys { totalCount } }' })),
  load(rest, oversized)]);
row('feedback-service', 'beside 1 MiB REST bodies', besideBodies, bodies);

// One socket subscribing and completing as fast as it can, while the simple query runs at the gateway.
const upstreams = async () => Number((await (await fetch(`${base}:8080/q/metrics`)).text())
  .match(/^parcours_live_upstream_connections (\S+)/m)?.[1] ?? NaN);
let peak = 0, sent = 0, closeCode;
const churn = new Promise(resolve => {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}:8080/graphql`, 'graphql-transport-ws');
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })));
  socket.on('message', data => {
    if (JSON.parse(data).type !== 'connection_ack') return;
    const burst = () => {
      for (let i = 0; i < 100 && socket.readyState === WebSocket.OPEN && sent < 10_000; i++, sent++) {
        socket.send(JSON.stringify({ id: `c${sent}`, type: 'subscribe', payload: { query: 'subscription { alertRaised { kind } }' } }));
        socket.send(JSON.stringify({ id: `c${sent}`, type: 'complete' }));
      }
      if (socket.readyState === WebSocket.OPEN && sent < 10_000) setImmediate(burst);
    };
    burst();
  });
  socket.on('close', code => { closeCode = code; resolve(); });
});
const watching = setInterval(async () => { peak = Math.max(peak, await upstreams()); }, 100);
const besideChurn = await load(`${base}:8080/graphql`, JSON.stringify({ query: '{ personas { totalCount } }' }));
await churn;
clearInterval(watching);
console.log('');
console.log(`Subscription churn at the gateway: ${sent} subscribe + complete pairs sent before the socket was closed with `
  + `${closeCode}; upstream sockets to feedback-service at most ${peak} (sampled every 100 ms), ${await upstreams()} after; `
  + `the simple query beside it: ${Math.round(besideChurn.requests.average)} req/s, p99 ${ms(besideChurn.latency.p99)}.`);

// A hostile client with valid tokens, against the running platform: each request, body, socket or path that once held
// or sank a service is refused as the README says, and the services keep answering. Needs PARCOURS_TOKEN (a viewer or
// editor), ADMIN_TOKEN (an admin of any workspace) and a running platform (./parcours up).
import WebSocket from 'ws';

const host = process.env.HOST ?? 'http://127.0.0.1';
const graphqlEndpoints = [8080, 8081, 8082, 8083].map(port => `${host}:${port}/graphql`);
const failures = [];
let checked = 0;
const check = (ok, what) => { checked++; if (!ok) failures.push(what); };
const post = (url, body, token = process.env.PARCOURS_TOKEN, contentType = 'application/json') => fetch(url, {
  method: 'POST', body, headers: { 'Content-Type': contentType, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
});
const json = async response => { try { return await response.json(); } catch { return {}; } };

// 1. Documents of a few kilobytes that expanded to billions of selections, or answered every __typename alias.
const fanOut = ['{ ...F0 }', ...Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`),
  'fragment F30 on Query { __typename }'].join(' ');
const cycle = '{ ...A } fragment A on Query { ...B ...B } fragment B on Query { ...A ...A }';
const typenames = `{ ${Array.from({ length: 1600 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
const nested = `{ ${'... on Query { '.repeat(300)}__typename${' }'.repeat(300)} }`;
for (const url of graphqlEndpoints) {
  for (const [kind, query] of [['fragment fan-out', fanOut], ['fragment cycle', cycle], ['__typename aliases', typenames],
    ['nested inline fragments', nested]]) {
    const started = Date.now();
    const response = await post(url, JSON.stringify({ query }));
    const body = await json(response);
    const code = body.errors?.[0]?.extensions?.code;
    check(response.status < 500 && ['LIMIT_EXCEEDED', 'VALIDATION', 'BAD_REQUEST'].includes(code) && !body.data,
      `${url} ${kind}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
    check(Date.now() - started < 2_000, `${url} ${kind} took ${Date.now() - started} ms`);
  }
}

// 2. REST bodies over 1 MiB, declared or chunked: 413 problem+json, read no further.
const rest = `${host}:8083/api/v1/surveys/any/responses`;
const large = `{"clientResponseId": "${'x'.repeat(1024 * 1024)}"}`;
for (const [kind, body] of [['declared', large], ['chunked', new Blob([large]).stream()]]) {
  const response = await fetch(rest, { method: 'POST', body, duplex: 'half', headers: { 'Content-Type': 'application/json',
    Authorization: `Bearer ${process.env.PARCOURS_TOKEN}` } });
  const problem = await json(response);
  check(response.status === 413 && response.headers.get('content-type')?.startsWith('application/problem+json')
    && problem.code === 'LIMIT_EXCEEDED', `REST ${kind} 1 MiB body: ${response.status} ${JSON.stringify(problem).slice(0, 200)}`);
}
for (const [kind, body, status] of [['empty', '', 400], ['null', 'null', 400], ['byte order mark', '\uFEFF{}', 400]]) {
  const response = await post(rest, body);
  check(response.status === status, `REST ${kind} body: ${response.status}, expected ${status}`);
}

// 3. The gateway's WebSocket: a frame over 64 KiB is closed with 1009; subscription churn with 4429.
const socket = token => new Promise((resolve, reject) => {
  const ws = new WebSocket(`${host.replace(/^http/, 'ws')}:8080/graphql`, 'graphql-transport-ws');
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })));
  ws.on('message', data => { if (JSON.parse(data).type === 'connection_ack') resolve(ws); });
  ws.on('error', reject);
});
const closed = ws => new Promise(resolve => ws.on('close', code => resolve(code)));
{
  const ws = await socket(process.env.PARCOURS_TOKEN);
  const code = closed(ws);
  ws.send(JSON.stringify({ type: 'ping', payload: 'x'.repeat(70_000) }));
  check(await code === 1009, `a 70 kB frame closed with ${await code}, expected 1009`);
}
{
  const ws = await socket(process.env.PARCOURS_TOKEN);
  const code = closed(ws);
  let sent = 0;
  while (ws.readyState === WebSocket.OPEN && sent < 10_000) {
    ws.send(JSON.stringify({ id: `c${sent}`, type: 'subscribe', payload: { query: 'subscription { alertRaised { kind } }' } }));
    ws.send(JSON.stringify({ id: `c${sent}`, type: 'complete' }));
    sent++;
    if (sent % 100 === 0) await new Promise(resolve => setImmediate(resolve));
  }
  check(await code === 4429, `subscription churn closed with ${await code}, expected 4429`);
  await new Promise(resolve => setTimeout(resolve, 1_000));
  const metrics = await (await fetch(`${host}:8080/q/metrics`)).text();
  const upstream = Number(metrics.match(/^parcours_live_upstream_connections (\S+)/m)?.[1]);
  check(upstream <= 1, `upstream sockets after the churn: ${upstream}`);
}

// 4. Anonymous requests to random paths do not become metric labels.
const marker = `m${Math.random().toString(36).slice(2, 10)}`;
for (let i = 0; i < 150; i++) {
  await post(`${host}:8083/api/v1/surveys/${marker}${i}/responses`, '{}', null);
  await post(`${host}:8080/graphql/${marker}${i}`, '{}', null);
}
for (const port of [8080, 8081, 8082, 8083]) {
  const metrics = await (await fetch(`${host}:${port}/q/metrics`)).text();
  check(!metrics.includes(marker), `:${port} metrics carry random paths as labels`);
}

// 5. Webhook destinations that reach internal or reserved addresses through IPv6 forms: refused, nothing stored.
const gateway = `${host}:8080/graphql`;
const admin = process.env.ADMIN_TOKEN;
const count = async () => (await json(await post(gateway, JSON.stringify({ query: '{ webhookEndpoints { id } }' }), admin)))
  .data.webhookEndpoints.length;
const before = await count();
for (const url of ['http://[64:ff9b::a9fe:a9fe]/', 'http://[2002:a9fe:a9fe::1]/', 'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/',
  'http://[::a9fe:a9fe]/', 'http://[::ffff:169.254.169.254]/', 'http://198.18.0.1/', 'http://192.0.0.1/', 'http://192.0.2.1/',
  'http://240.0.0.1/', 'http://255.255.255.255/']) {
  const body = await json(await post(gateway, JSON.stringify({
    query: 'mutation($in: WebhookEndpointInput!) { createWebhookEndpoint(input: $in) { id } }',
    variables: { in: { url, events: ['ALERT_RAISED'] } },
  }), admin));
  check(body.errors?.[0]?.extensions?.code === 'VALIDATION' && body.errors[0].message.includes('input.url'),
    `webhook ${url}: ${JSON.stringify(body).slice(0, 200)}`);
}
check(await count() === before, 'a refused webhook endpoint was stored');

// Meanwhile the services kept answering.
for (const url of graphqlEndpoints) {
  const body = await json(await post(url, JSON.stringify({ query: '{ __typename }' })));
  check(body.data?.__typename === 'Query', `${url} stopped answering`);
}
failures.forEach(failure => console.error(`not ok ${failure}`));
console.log(`${checked} hostile checks: ${checked - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

// Latency from a REST submission to the live subscription event and to the webhook delivery, and submission latency
// with and without alerting (rules, a webhook endpoint and subscribers) — see bench/live.sh, which starts the services.
//   node live-bench.mjs GATEWAY_URL FEEDBACK_URL RATE SECONDS SUBSCRIBERS   (tokens in ADMIN_TOKEN, COLLECTOR_TOKEN, VIEWER_TOKEN)
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [gateway, feedback, rateArg, secondsArg, subscribersArg] = process.argv.slice(2);
const rate = Number(rateArg ?? 200);
const seconds = Number(secondsArg ?? 20);
const subscriberCount = Number(subscribersArg ?? 100);
const { ADMIN_TOKEN: admin, COLLECTOR_TOKEN: collector, VIEWER_TOKEN: viewer } = process.env;

async function graphql(token, query, variables = {}) {
  const response = await fetch(`${gateway}/graphql`, { method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Submits at the rate for the duration; the send time of each stored response, and each request's latency. */
async function submitAtRate(surveyId, journeyId, label, duration = seconds) {
  const sentAt = new Map();
  const latencies = [];
  let failures = 0;
  const total = rate * duration;
  const start = performance.now();
  const inFlight = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const t0 = performance.now();
    inFlight.push(fetch(`${feedback}/api/v1/surveys/${surveyId}/responses`, { method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${collector}` },
      body: JSON.stringify({ clientResponseId: `${label}-${i}-${crypto.randomUUID()}`, respondentRef: `bench-${i}`,
        channel: 'MOBILE_APP', submittedAt: new Date(Date.now() - 1000).toISOString(),
        answers: [{ questionId: 'nps', score: i % 11 }] }) })
      .then(async (response) => {
        const body = await response.json();
        if (response.status !== 201) { failures++; return; }
        latencies.push(performance.now() - t0);
        sentAt.set(body.responseId, t0);
      }, () => { failures++; }));
  }
  await Promise.all(inFlight);
  return { sentAt, latencies, failures, journeyId };
}

async function setUp(name) {
  // feedback-service refers to journeys by id only: the bench needs no touchpoint-service.
  const journeyId = crypto.randomUUID();
  const survey = await graphql(admin, `mutation($in: SurveyInput!) { createSurvey(input: $in) { id revision } }`,
    { in: { title: name, kind: 'NPS', journeyId, questions: [{ id: 'nps', type: 'NPS', required: true,
      labels: [{ locale: 'en', text: 'Recommend?' }] }] } });
  await graphql(admin, 'mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { id } }',
    { id: survey.createSurvey.id, r: survey.createSurvey.revision });
  return { surveyId: survey.createSurvey.id, journeyId };
}

function startReceiver(secret) {
  const child = spawn('node', ['../webhook-receiver/receiver.mjs'], { cwd: new URL('.', import.meta.url).pathname,
    env: { ...process.env, SECRET: secret, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => createInterface({ input: child.stdout }).once('line', (line) =>
    resolve({ child, url: `http://127.0.0.1:${line.split(' ').pop()}` })));
}

// 0. Warm-up at the same rate (JIT compilation of both JVMs), not measured.
const warm = await setUp('Bench warm-up');
await submitAtRate(warm.surveyId, warm.journeyId, 'warm', Number(process.env.WARMUP_SECONDS ?? 20));

// 1. Alerting off: no rule, no endpoint, no subscriber.
const quiet = await setUp('Bench quiet');
const off = await submitAtRate(quiet.surveyId, quiet.journeyId, 'off');

// 2. Alerting on: a detractor rule per journey and a webhook endpoint for both events; no subscriber yet.
const secret = `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64')}`;
const receiver = await startReceiver(secret);
await graphql(admin, 'mutation($in: WebhookEndpointInput!) { createWebhookEndpoint(input: $in) { id } }',
  { in: { url: `${receiver.url}/bench`, events: ['FEEDBACK_RECEIVED', 'ALERT_RAISED'], secret } });
const alerting = await setUp('Bench alerting');
await graphql(admin, 'mutation($in: AlertRuleInput!) { createAlertRule(input: $in) { id } }',
  { in: { name: 'Bench detractors', kind: 'DETRACTOR', journeyId: alerting.journeyId } });
const alertingOn = await submitAtRate(alerting.surveyId, alerting.journeyId, 'alerting');
await new Promise((resolve) => setTimeout(resolve, 5000));

// 3. Everything: the same, and the subscribers on the gateway.
const busy = await setUp('Bench live');
await graphql(admin, 'mutation($in: AlertRuleInput!) { createAlertRule(input: $in) { id } }',
  { in: { name: 'Bench detractors', kind: 'DETRACTOR', journeyId: busy.journeyId } });
const arrivals = [];
const clients = [];
let subscribed = 0;
for (let s = 0; s < subscriberCount; s++) {
  const client = createClient({ url: `${gateway.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${viewer}` } });
  clients.push(client);
  client.subscribe({ query: 'subscription($j: ID!) { feedbackReceived(journeyId: $j) { responseId journey { responseCount } } }',
    variables: { j: busy.journeyId } }, {
    next: (result) => arrivals.push([result.data.feedbackReceived.responseId, performance.now()]),
    error: (error) => console.error('subscription error', error), complete: () => undefined });
  await new Promise((resolve) => client.on('connected', () => { subscribed++; resolve(); }));
}
await new Promise((resolve) => setTimeout(resolve, 1000));
const epochOffset = Date.now() - performance.now();
const on = await submitAtRate(busy.surveyId, busy.journeyId, 'on');
await new Promise((resolve) => setTimeout(resolve, 5000));
const stats = await (await fetch(`${receiver.url}/stats`)).json();
receiver.child.kill();
clients.forEach((client) => client.dispose());

const liveLatencies = arrivals.filter(([id]) => on.sentAt.has(id)).map(([id, at]) => at - on.sentAt.get(id));
const hooks = stats.events.filter((event) => event.type === 'feedback.received' && on.sentAt.has(event.data.responseId));
const alertingHooks = stats.events.filter((event) => event.type === 'feedback.received'
  && alertingOn.sentAt.has(event.data.responseId));
const alertingHookLatencies = alertingHooks.map((event) => event.receivedAt - epochOffset
  - alertingOn.sentAt.get(event.data.responseId));
const hookLatencies = hooks.map((event) => event.receivedAt - epochOffset - on.sentAt.get(event.data.responseId));
const row = (what, values, extra = '') => console.log(`| ${what} | ${values.length} | ${percentile(values, 50).toFixed(1)} | `
  + `${percentile(values, 99).toFixed(1)} | ${extra} |`);
console.log(`\n${rate} submissions/s for ${seconds} s, ${subscribed} subscribers\n`);
console.log('| what | samples | p50 ms | p99 ms | note |');
console.log('|---|---|---|---|---|');
row('submission (REST 201), alerting off', off.latencies, `${off.failures} failed`);
const ratio = (run) => `p99 ×${(percentile(run.latencies, 99) / percentile(off.latencies, 99)).toFixed(2)} of off`;
row('submission (REST 201), alerting on (rules, webhooks)', alertingOn.latencies, `${alertingOn.failures} failed; ${ratio(alertingOn)}`);
row(`submission (REST 201), alerting on and ${subscribed} subscribers`, on.latencies, `${on.failures} failed; ${ratio(on)}`);
row('submission → subscription event (each subscriber)', liveLatencies,
  `${liveLatencies.length / Math.max(1, subscribed)} of ${on.sentAt.size} per subscriber`);
row('submission → webhook delivered, alerting on', alertingHookLatencies, `${alertingHooks.length} of ${alertingOn.sentAt.size}`);
row('submission → webhook delivered, with the subscribers', hookLatencies,
  `${hooks.length} of ${on.sentAt.size}; ${stats.invalid} bad signatures in all`);
process.exit(0);

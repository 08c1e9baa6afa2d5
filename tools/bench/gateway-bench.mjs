// Whole-journey query benchmark: builds journeys of 8 stages × 12 touchpoints through the gateway, then measures
// (1) the gateway with autocannon and (2) the same data fetched straight from the subgraphs by a client that
// makes the calls the gateway would make (journey first, then the three dependent reads in parallel), at each
// concurrency. Prints a Markdown table.
//   node gateway-bench.mjs BASE_URL REALM_URL [JOURNEYS=10] [SECONDS=20]
// BASE_URL is http://127.0.0.1 with the local platform's ports (gateway 8080, subgraphs 8081–8083); REALM_URL is
// Keycloak's realm: tokens of the demo logins are fetched there, afresh before each phase (they live 15 minutes).
import autocannon from 'autocannon';

const [base, realm, journeyCount = '10', secondsArg = '20'] = process.argv.slice(2);

async function login(user) {
  const response = await fetch(`${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'parcours-cli', username: user, password: user }),
  });
  const body = await response.json();
  if (!body.access_token) throw new Error(`no token for ${user}: ${JSON.stringify(body)}`);
  return body.access_token;
}
const editor = await login('editor');
const collector = await login('collector');
let viewer = await login('viewer');
const SECONDS = Number(secondsArg);
const url = (port) => `${base}:${port}/graphql`;
const GATEWAY = url(8080), PERSONA = url(8081), TOUCHPOINT = url(8082), FEEDBACK = url(8083);

async function gql(endpoint, token, query, variables = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${endpoint}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

const WHOLE_JOURNEY = `query($id: ID!) { journey(id: $id) { id name mapType status
  persona { id name title goals frustrations }
  feedback { responseCount nps { score } csat { mean percentSatisfied } ces { mean } }
  funnel { customersEntered customersCompleted overallConversion breakStage { name dropOff }
    stages { stageId name customers conversionFromPrevious dropOff medianSecondsFromPrevious } }
  emotionCurve { touchpointId designed measured gap }
  stages { id name position feedback { responseCount csat { mean } }
    touchpoints { id name channel emotion painPoints opportunities
      surveys { id title kind status }
      feedback { responseCount nps { score } csat { mean } ces { mean } } } } } }`;

async function seedJourney(index) {
  const persona = await gql(GATEWAY, editor, 'mutation($in: PersonaInput!) { createPersona(input: $in) { id } }',
    { in: { name: `Bench persona ${index}`, title: 'Load tester', goals: ['Fast answers'] } });
  const stageNames = Array.from({ length: 8 }, (_, s) => `Stage ${s + 1}`);
  const journey = (await gql(GATEWAY, editor, `mutation($in: JourneyInput!, $names: [String]) {
      createJourney(input: $in, template: CUSTOM, stageNames: $names) { id stages { id } } }`,
    { in: { name: `Bench journey ${index}`, personaId: persona.createPersona.id }, names: stageNames })).createJourney;
  const touchpoints = [];
  for (const stage of journey.stages) {
    for (let t = 0; t < 12; t++) {
      const added = await gql(GATEWAY, editor, `mutation($s: ID!, $in: TouchpointInput!) {
          addTouchpoint(stageId: $s, input: $in) { id } }`,
        { s: stage.id, in: { name: `Touchpoint ${t + 1}`, channel: 'WEBSITE', emotion: (t % 5) - 2, painPoints: ['Slow'] } });
      touchpoints.push({ id: added.addTouchpoint.id, stage: stage.id });
    }
  }
  const responses = [];
  for (const { id, stage } of touchpoints.filter((_, i) => i % 4 === 0)) {
    const survey = (await gql(GATEWAY, editor, `mutation($in: SurveyTemplateInput) {
        createSurveyFromTemplate(kind: CSAT, input: $in) { id revision } }`,
      { in: { journeyId: journey.id, stageId: stage, touchpointId: id } })).createSurveyFromTemplate;
    await gql(GATEWAY, editor, 'mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { id } }',
      { id: survey.id, r: survey.revision });
    for (let r = 0; r < 20; r++) {
      responses.push({ surveyId: survey.id, clientResponseId: `${survey.id}-${r}`, respondentRef: `r${r}`,
        submittedAt: new Date(Date.now() - r * 3_600_000).toISOString(), answers: [{ questionId: 'csat', score: 1 + (r % 5) }] });
    }
  }
  await gql(GATEWAY, collector, 'mutation($in: [ResponseInput!]!) { submitResponses(inputs: $in) { status } }', { in: responses });
  const events = [];
  for (let c = 0; c < 100; c++) {
    const reached = 1 + (c % 8);
    for (let s = 0; s < reached; s++) {
      events.push({ eventId: `${journey.id}-${c}-${s}`, touchpointId: touchpoints[s * 12].id, customerRef: `c${c}`,
        occurredAt: new Date(Date.now() - 86_400_000 + s * 60_000).toISOString() });
    }
  }
  await gql(GATEWAY, collector, 'mutation($e: [InteractionInput!]!) { recordInteractions(events: $e) { accepted } }', { e: events });
  return journey.id;
}

// What a client without the gateway does for the same data.
async function direct(id) {
  const { journey } = await gql(TOUCHPOINT, viewer, `query($id: ID!) { journey(id: $id) { id name mapType status personaId
      stages { id name position touchpoints { id name channel emotion painPoints opportunities } } } }`, { id });
  const stageIds = journey.stages.map((s) => s.id);
  const touchpointIds = journey.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
  const summary = 'responseCount nps { score } csat { mean percentSatisfied } ces { mean }';
  await Promise.all([
    gql(PERSONA, viewer, 'query($ids: [String!]!) { personasByIds(ids: $ids) { id name title goals frustrations } }', { ids: [journey.personaId] }),
    gql(TOUCHPOINT, viewer, `query($ids: [String!]!) { funnelsByJourneyIds(ids: $ids) { customersEntered customersCompleted
        overallConversion breakStage { name dropOff } stages { stageId name customers conversionFromPrevious dropOff medianSecondsFromPrevious } } }`, { ids: [id] }),
    gql(FEEDBACK, viewer, `query($j: [String!]!, $s: [String!]!, $t: [String!]!) {
        feedbackBatch(journeyIds: $j, stageIds: $s, touchpointIds: $t, surveyTouchpointIds: $t) {
          journeys { ${summary} } stages { ${summary} } touchpoints { ${summary} } surveys { id title kind status } } }`,
      { j: [id], s: stageIds, t: touchpointIds }),
  ]);
}

async function closedLoop(connections, seconds, ids, once) {
  const latencies = [];
  const end = Date.now() + seconds * 1000;
  let next = 0;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < end) {
      const started = performance.now();
      await once(ids[next++ % ids.length]);
      latencies.push(performance.now() - started);
    }
  }));
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), partial: 0 };
}

function gatewayCannon(connections, seconds, ids) {
  let next = 0;
  let partial = 0;
  return new Promise((resolve, reject) => {
    autocannon({
      url: GATEWAY, connections, duration: seconds, method: 'POST', timeout: 60,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer}` },
      requests: [{ setupRequest: (request) => ({ ...request,
        body: JSON.stringify({ query: WHOLE_JOURNEY, variables: { id: ids[next++ % ids.length] } }) }),
        // HTTP 200 with GraphQL errors is a partial answer (e.g. a subgraph timed out): counted apart.
        onResponse: (status, body) => {
          if (!body.includes('"errors"')) return;
          if (partial++ < 3) console.error(`partial answer: ${body.slice(body.indexOf('"errors"'), body.indexOf('"errors"') + 300)}`);
        } }],
    }, (error, result) => {
      if (error) reject(error);
      else resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
        partial: partial + result.non2xx + result.errors + result.timeouts });
    });
  });
}

const ids = [];
console.error(`Seeding ${journeyCount} journeys of 8 stages × 12 touchpoints through the gateway…`);
for (let i = 0; i < Number(journeyCount); i++) ids.push(await seedJourney(i));
if (process.env.BENCH_SEED_ONLY) {
  console.log(ids.join('\n'));
  process.exit(0);
}
const sample = await gql(GATEWAY, viewer, WHOLE_JOURNEY, { id: ids[0] });
const bytes = JSON.stringify(sample).length;
console.error(`Whole-journey answer: ${sample.journey.stages.flatMap((s) => s.touchpoints).length} touchpoints, ${bytes} bytes. Warming up…`);
viewer = await login('viewer');
await gatewayCannon(20, 30, ids);
await closedLoop(20, 20, ids, direct);

const ms = (value) => `${value.toFixed(1)} ms`;
console.log('| connections | path | requests/s | p50 | p99 | partial or failed answers |');
console.log('|---|---|---|---|---|---|');
for (const connections of [20, 100]) {
  viewer = await login('viewer');
  const viaGateway = await gatewayCannon(connections, SECONDS, ids);
  viewer = await login('viewer');
  const straight = await closedLoop(connections, SECONDS, ids, direct);
  console.log(`| ${connections} | gateway (autocannon) | ${viaGateway.rps.toFixed(0)} | ${ms(viaGateway.p50)} | ${ms(viaGateway.p99)} | ${viaGateway.partial} |`);
  console.log(`| ${connections} | straight from the subgraphs (4 calls) | ${straight.rps.toFixed(0)} | ${ms(straight.p50)} | ${ms(straight.p99)} | — |`);
  console.log(`| ${connections} | gateway ÷ direct | ${(viaGateway.rps / straight.rps).toFixed(2)} | | | |`);
}

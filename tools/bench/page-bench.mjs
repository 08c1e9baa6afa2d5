// The hosted survey page's submissions at a fixed rate: POST /api/v1/respond/<public link> through the gateway, as the
// page sends them (each with its own clientResponseId), at RATE requests/s for SECONDS; latency percentiles from
// autocannon after 10 s of warm-up at the same rate, and every response counted back in the survey's summary. Prints
// Markdown table rows for BENCHMARKS.md.
import autocannon from 'autocannon';

const [token, rate, seconds] = [process.argv[2], Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 30)];
const gateway = 'http://127.0.0.1:8080';

async function graphql(query, variables = {}) {
  const response = await fetch(`${gateway}/graphql`, { method: 'POST', body: JSON.stringify({ query, variables }),
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const { createSurveyFromTemplate: draft } = await graphql('mutation { createSurveyFromTemplate(kind: NPS) { id revision } }');
const { publishSurvey: survey } = await graphql('mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) '
  + '{ id publicUrl questions { id } } }', { id: draft.id, r: draft.revision });
const path = `/api/v1/respond/${survey.publicUrl.split('/s/')[1]}`;
const question = survey.questions[0].id;
const page = await (await fetch(`${gateway}${path}`)).json();
if (!page.surveyId) throw new Error(`the page does not open: ${JSON.stringify(page)}`);

let n = 0;
const answers = (duration) => autocannon({
  url: `${gateway}${path}`, method: 'POST', connections: 20, overallRate: rate, duration,
  headers: { 'content-type': 'application/json' },
  requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify({ clientResponseId: `bench-page-${Date.now()}-${n++}`,
    channel: 'WEB', locale: 'en', answers: [{ questionId: question, score: n % 11 }] }) }) }],
});
const warmUp = await answers(10); // a fresh platform's first seconds are its JIT compiling: not what is measured
const result = await answers(seconds);
const stored = (await graphql('query($f: FeedbackFilter) { feedbackSummary(filter: $f) { responseCount } }',
  { f: { surveyId: survey.id } })).feedbackSummary.responseCount;
const l = result.latency;
console.log('| rate asked | requests | 2xx | non-2xx / errors | p50 | p90 | p99 | max | responses stored (warm-up + run) |');
console.log('|---|---|---|---|---|---|---|---|---|');
console.log(`| ${rate}/s for ${seconds} s | ${result.requests.total} | ${result['2xx']} | ${result.non2xx} / ${result.errors} | `
  + `${l.p50} ms | ${l.p90} ms | ${l.p99} ms | ${l.max} ms | ${stored} (${warmUp['2xx']} + ${result['2xx']}, and those in flight at the end) |`);
// Answers still in flight when a run stops are stored but not counted by autocannon: none may be missing.
const answered = warmUp['2xx'] + result['2xx'];
if (stored < answered || stored > n) {
  console.error(`${stored} responses stored for ${answered} answered and ${n} sent`);
  process.exit(1);
}

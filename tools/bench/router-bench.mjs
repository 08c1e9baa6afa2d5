// Peer benchmark: the same journey reads through our gateway and through federation routers over the same
// subgraphs, with the same token and the same journeys in turn (autocannon, 1 and 20 connections). Two reads:
// the pass-through one (a journey with its stages and every touchpoint field: touchpoint-service alone, so also
// measured straight from it) and the whole journey as routers serve it (every field but the gateway's emotion curve).
// Prints a Markdown table. With BENCH_CPU="name=PID,…", also the CPU each process tree spent per request during
// each 20-connection run (/proc/PID/stat user + system time of the process and its descendants; name=comm:NAME
// counts every process of that command name instead, e.g. the PostgreSQL server's, which detach from their parent).
//   node router-bench.mjs REALM_URL IDS_FILE SECONDS NAME=URL...   (the first NAME is the reference: our gateway)
import { readFileSync, readdirSync } from 'node:fs';
import autocannon from 'autocannon';

const [realm, idsFile, secondsArg, ...paths] = process.argv.slice(2);
const ids = readFileSync(idsFile, 'utf8').split('\n').filter(Boolean);
const SECONDS = Number(secondsArg);
const endpoints = paths.map((entry) => entry.split('=')).map(([name, url]) => ({ name, url }));

async function login() {
  const response = await fetch(`${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'parcours-cli', username: 'viewer', password: 'viewer' }),
  });
  const body = await response.json();
  if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
  return body.access_token;
}

const TOUCHPOINT = `id journeyId stageId position name description channel interaction ownerTeam customerAction
  customerThought emotion painPoints opportunities frontstage backstage supportProcesses version createdAt updatedAt`;
const PASS_THROUGH = `query($id: ID!) { journey(id: $id) { id name description personaId mapType status derivedFromId
  version createdAt updatedAt stages { id name position touchpoints { ${TOUCHPOINT} } } } }`;
const SUMMARY = 'responseCount nps { score promoters passives detractors answers } csat { mean percentSatisfied answers } ces { mean answers }';
const WHOLE = `query($id: ID!) { journey(id: $id) { id name mapType status
  persona { id name title goals frustrations }
  feedback { ${SUMMARY} }
  funnel { customersEntered customersCompleted overallConversion breakStage { name dropOff }
    stages { stageId name customers conversionFromPrevious dropOff medianSecondsFromPrevious } }
  stages { id name position feedback { ${SUMMARY} }
    touchpoints { ${TOUCHPOINT} surveys { id title kind status } feedback { ${SUMMARY} } } } } }`;

async function answer(url, token, query) {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify({ query, variables: { id: ids[0] } }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });
  return response.text();
}

function cannon(url, token, query, connections, seconds) {
  let next = 0;
  let failed = 0;
  return new Promise((resolve, reject) => {
    autocannon({
      url, connections, duration: seconds, method: 'POST', timeout: 30,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      requests: [{
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: { id: ids[next++ % ids.length] } }) }),
        onResponse: (status, body) => { if (!body.startsWith('{"data"') || body.includes('"errors"')) failed++; },
      }],
    }, (error, result) => (error ? reject(error) : resolve({
      rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
      failed: failed + result.non2xx + result.errors + result.timeouts,
    })));
  });
}

const CPU_PROCESSES = (process.env.BENCH_CPU ?? '').split(',').filter(Boolean).map((entry) => entry.split('='));
const TICKS_PER_SECOND = 100; // CLK_TCK on Linux

/** User + system ticks of each named process tree now. */
function cpuTicks() {
  const stats = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      const command = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^[^(]*\(/, '').replace(/\) .*$/s, '');
      stats.set(pid, { parent: fields[1], command, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch { /* the process ended meanwhile */ }
  }
  const inTree = (pid, root) => {
    if (root.startsWith('comm:')) return stats.get(pid).command === root.slice('comm:'.length);
    for (let at = pid; at && at !== '0'; at = stats.get(at)?.parent) if (at === root) return true;
    return false;
  };
  return new Map(CPU_PROCESSES.map(([name, root]) => [name,
    [...stats].filter(([pid]) => inTree(pid, root)).reduce((sum, [, stat]) => sum + stat.ticks, 0)]));
}
const cpuRows = [];

let token = await login();
// BENCH_READ names one read to measure alone (e.g. "whole journey", for a profile).
const reads = [['pass-through', PASS_THROUGH], ['whole journey', WHOLE]]
  .filter(([label]) => !process.env.BENCH_READ || label === process.env.BENCH_READ);
// Same answer everywhere, or the numbers would compare different work.
for (const [label, query] of reads) {
  for (const { name, url } of endpoints) {
    if (label === 'whole journey' && name.includes('directly')) continue;
    const body = await answer(url, token, query);
    if (!body.startsWith('{"data"') || body.includes('"errors"')) throw new Error(`${name}, ${label}: ${body.slice(0, 400)}`);
    console.error(`${label} via ${name}: ${body.length} bytes`);
  }
}
console.error('Warming up…');
for (const [label, query] of reads) {
  for (const { name, url } of endpoints) {
    if (label !== 'whole journey' || !name.includes('directly')) await cannon(url, token, query, 20, 10);
  }
}

console.log(`| read | path | 1 connection: req/s | p99 | 20 connections: req/s | p50 | p99 | ÷ ${endpoints[0].name} (20) | failed |`);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [label, query] of reads) {
  let reference;
  for (const { name, url } of endpoints) {
    if (label === 'whole journey' && name.includes('directly')) continue;
    token = await login();
    const one = await cannon(url, token, query, 1, SECONDS);
    const cpuBefore = cpuTicks();
    const twenty = await cannon(url, token, query, 20, SECONDS);
    const cpuAfter = cpuTicks();
    const perRequest = (name) => ((cpuAfter.get(name) - cpuBefore.get(name)) * 1000 / TICKS_PER_SECOND)
      / (twenty.rps * SECONDS);
    cpuRows.push(`| ${label} | ${name} | ${CPU_PROCESSES.map(([process]) => perRequest(process).toFixed(1)).join(' | ')} | `
      + `${CPU_PROCESSES.reduce((sum, [process]) => sum + perRequest(process), 0).toFixed(1)} |`);
    reference ??= twenty.rps;
    const ms = (value) => `${value.toFixed(0)} ms`;
    console.log(`| ${label} | ${name} | ${one.rps.toFixed(0)} | ${ms(one.p99)} | ${twenty.rps.toFixed(0)} | ${ms(twenty.p50)} | `
      + `${ms(twenty.p99)} | ${(twenty.rps / reference).toFixed(2)} | ${one.failed + twenty.failed} |`);
  }
}
if (CPU_PROCESSES.length) {
  console.log(`\nCPU ms per request during the 20-connection runs:\n`);
  console.log(`| read | path | ${CPU_PROCESSES.map(([name]) => name).join(' | ')} | all |`);
  console.log(`|---|---|${CPU_PROCESSES.map(() => '---|').join('')}---|`);
  cpuRows.forEach((row) => console.log(row));
}

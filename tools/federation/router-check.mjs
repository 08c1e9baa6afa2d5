// Asks our gateway and a federation router over the composed supergraph for the same data, with the same token,
// and compares the answers field by field. The selection is every field of a journey that the supergraph serves
// (all but the gateway's own), built from the schemas, so that a new subgraph field is compared without a change here.
//   node router-check.mjs GATEWAY_URL ROUTER_URL TOKEN
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildSchema, getNamedType, isObjectType, isNonNullType } from 'graphql';

const [gatewayUrl, routerUrl, token] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
// The kept public schema leaves its custom scalars' definitions out; what matters here are its fields.
const SCALARS = ['DateTime', 'Date', 'BigInteger', 'BigDecimal'];
const withScalars = (sdl) => sdl + SCALARS.filter((name) => !sdl.includes(`scalar ${name}`)).map((name) => `\nscalar ${name}`).join('');
const schemaOf = (path) => buildSchema(withScalars(readFileSync(path, 'utf8')), { assumeValidSDL: true });
const supergraph = schemaOf(process.env.SUPERGRAPH ?? join(here, 'supergraph.graphql'));
const publicSchema = schemaOf(join(here, '..', '..', 'gateway', 'schema.graphql'));

/** Every field both schemas have, recursively; a type already on the path is not entered again. */
function selection(typeName, path = []) {
  const routed = supergraph.getType(typeName).getFields();
  const fields = [];
  for (const [name, field] of Object.entries(publicSchema.getType(typeName).getFields())) {
    if (!routed[name] || field.args.some((arg) => isNonNullType(arg.type))) continue;
    const args = field.args.some((arg) => arg.name === 'from') ? '(from: $from, to: $to)' : '';
    const type = getNamedType(field.type);
    if (!isObjectType(type)) fields.push(name + args);
    else if (!path.includes(type.name)) fields.push(`${name}${args} { ${selection(type.name, [...path, typeName])} }`);
  }
  return fields.join(' ');
}

const JOURNEY = `query($id: ID!, $from: DateTime, $to: DateTime) { journey(id: $id) { ${selection('Journey')} } }`;
const PERSONA = `query($id: ID!, $from: DateTime, $to: DateTime) { persona(id: $id) { ${selection('Persona', ['Persona'])} journeys { id name persona { id name } } } }`;

async function post(url, query, variables, bearer = token) {
  const headers = { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** The first path at which the two values differ, or null. */
function difference(a, b, path = '') {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
    for (let i = 0; i < a.length; i++) { const d = difference(a[i], b[i], `${path}[${i}]`); if (d) return d; }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) { const d = difference(a[key], b[key], `${path}.${key}`); if (d) return d; }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

let failures = 0;
let fieldsCompared = 0;
const count = (value) => (value && typeof value === 'object' ? Object.values(value).reduce((n, v) => n + count(v), 0) : 1);
async function compare(label, query, variables) {
  const ours = await post(gatewayUrl, query, variables);
  const routed = await post(routerUrl, query, variables);
  const problem = ours.body?.errors ? `gateway errors ${JSON.stringify(ours.body.errors)}`
    : routed.body?.errors ? `router errors ${JSON.stringify(routed.body.errors)}`
    : difference(ours.body?.data, routed.body?.data, 'data');
  if (problem) { failures++; console.error(`✗ ${label}: ${problem.slice(0, 600)}`); return null; }
  fieldsCompared += count(ours.body.data);
  return ours.body.data;
}

const list = await post(gatewayUrl, '{ journeys(first: 100) { edges { node { id personaId } } } }', {});
const journeys = list.body?.data?.journeys?.edges?.map((edge) => edge.node) ?? [];
if (journeys.length === 0) { console.error(`no journeys to compare: ${JSON.stringify(list.body)}`); process.exit(1); }
const month = { from: new Date(Date.now() - 30 * 86400_000).toISOString(), to: new Date().toISOString() };
// One read of each journey first: the services' first funnels and JIT warm-up are not what is compared.
for (const journey of journeys) await post(gatewayUrl, JOURNEY, { id: journey.id });
for (const journey of journeys) {
  await compare(`journey ${journey.id}, all time`, JOURNEY, { id: journey.id });
  await compare(`journey ${journey.id}, last 30 days`, JOURNEY, { id: journey.id, ...month });
}
for (const persona of new Set(journeys.map((journey) => journey.personaId).filter(Boolean))) {
  await compare(`persona ${persona}`, PERSONA, { id: persona });
}
// The router's data is the caller's: without the token the subgraphs refuse it.
const anonymous = await post(routerUrl, JOURNEY, { id: journeys[0].id }, null);
if (anonymous.body?.data?.journey) { failures++; console.error('✗ the router answered a journey without a token'); }

if (failures > 0) process.exit(1);
console.log(`Router and gateway agree: ${journeys.length} journeys (all time and last 30 days) and their personas, `
  + `${fieldsCompared} values compared; without a token the router gets no data.`);

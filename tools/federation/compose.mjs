// Composes the subgraph SDLs kept in the repository (<service>/schema.graphql, checked against the running
// services by their SchemaTest) as an Apollo Federation v2 supergraph. Exits 1 on any composition error, and
// also when a deliberately conflicting subgraph composes without error (the check itself must be able to fail).
//   node compose.mjs [--local] [--out supergraph.graphql]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@theguild/federation-composition';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// --local: the subgraphs of the local run (./parcours up) on 127.0.0.1, for a router on this machine.
const host = (name) => (process.argv.includes('--local') ? '127.0.0.1' : name);
const subgraphs = [
  ['persona-service', 8081],
  ['touchpoint-service', 8082],
  ['feedback-service', 8083],
].map(([name, port]) => ({
  name,
  url: `http://${host(name)}:${port}/graphql`,
  typeDefs: parse(readFileSync(join(root, name, 'schema.graphql'), 'utf8')),
}));

function compose(services) {
  const result = composeServices(services);
  return { errors: result.errors ?? [], supergraph: result.supergraphSdl };
}

const { errors, supergraph } = compose(subgraphs);
if (errors.length > 0) {
  console.error(`Federation composition failed with ${errors.length} error(s):`);
  for (const error of errors) console.error(`- ${error.message}`);
  process.exit(1);
}

// A fourth subgraph that redefines a shared type differently must be refused.
const conflicting = {
  name: 'conflicting-service',
  url: 'http://conflicting:1/graphql',
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
    type PageInfo @shareable { hasNextPage: String endCursor: Int }
    type Query { conflicting: PageInfo }`),
};
if (compose([...subgraphs, conflicting]).errors.length === 0) {
  console.error('Self-check failed: a conflicting PageInfo composed without error.');
  process.exit(1);
}

const outIndex = process.argv.indexOf('--out');
if (outIndex > 0) writeFileSync(process.argv[outIndex + 1], supergraph);
const types = (supergraph.match(/^type \w+/gm) ?? []).length;
console.log(`Federation v2: ${subgraphs.map((s) => s.name).join(', ')} compose into a supergraph of ${types} object types.`);

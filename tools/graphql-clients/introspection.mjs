// graphql-js' standard introspection query, every option on, against the gateway and each subgraph; the answer
// must build a client schema (what GraphiQL, codegen and IDE plugins do with it).
import { buildClientSchema, getIntrospectionQuery } from 'graphql';

const endpoints = (process.env.ENDPOINTS ?? 'http://127.0.0.1:8080/graphql http://127.0.0.1:8081/graphql '
  + 'http://127.0.0.1:8082/graphql http://127.0.0.1:8083/graphql').split(' ');
const query = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true,
});
let failed = 0;
for (const endpoint of endpoints) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.PARCOURS_TOKEN}` },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  try {
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const schema = buildClientSchema(body.data);
    console.log(`ok ${endpoint}: ${Object.keys(schema.getTypeMap()).length} types, Query has `
      + `${Object.keys(schema.getQueryType().getFields()).length} fields`);
  } catch (error) {
    failed++;
    console.error(`not ok ${endpoint}: ${error.message}`);
  }
}
console.log(`${endpoints.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

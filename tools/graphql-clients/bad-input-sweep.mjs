// A hostile client's sweep: every argument of every root field of the gateway and each subgraph, given values of
// the wrong type or out of range, as literals and as variables. No answer may be a 5xx, and no error message may
// carry Java text (type names, toString() output, "System error"). Needs PARCOURS_TOKEN and a running platform.
import { getIntrospectionQuery } from 'graphql';

const endpoints = (process.env.ENDPOINTS ?? 'http://127.0.0.1:8080/graphql http://127.0.0.1:8081/graphql '
  + 'http://127.0.0.1:8082/graphql http://127.0.0.1:8083/graphql').split(' ');
const literals = ['4.5', '2147483648', '"2"', 'true', '{a: 1}', '[1, 2]', 'null', '"a\\u0000b"', 'FOO',
  '-9223372036854775809', '1e400', '""'];
const variables = [4.5, 2147483648, '2', true, { a: 1 }, [1, 2], null, 'a\u0000b', 'FOO', 1e300, '', [[1]],
  { __typename: 5 }];
const javaText = /java\.|Value\{|HashMap|BigDecimal|Exception|ObjectValue|IntValue|class [A-Za-z]|System error|@[0-9a-f]{6,}/;

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.PARCOURS_TOKEN}` },
    body: JSON.stringify(body),
  });
  return [response.status, await response.text()];
}
const messages = body => { try { return (JSON.parse(body).errors ?? []).map(e => e.message).join(' | '); } catch { return body; } };
const typeName = t => t.kind === 'NON_NULL' ? `${typeName(t.ofType)}!` : t.kind === 'LIST' ? `[${typeName(t.ofType)}]` : t.name;

let sent = 0;
const failures = [];
async function send(url, label, body) {
  sent++;
  const [status, text] = await post(url, body);
  if (status >= 500) failures.push(`${status} ${url} ${label}: ${text.slice(0, 200)}`);
  else if (javaText.test(messages(text))) failures.push(`Java text ${url} ${label}: ${messages(text).slice(0, 300)}`);
}

for (const url of endpoints) {
  const schema = JSON.parse((await post(url, { query: getIntrospectionQuery() }))[1]).data.__schema;
  const types = Object.fromEntries(schema.types.map(t => [t.name, t]));
  for (const [keyword, root] of [['query', schema.queryType], ['mutation', schema.mutationType]]) {
    for (const field of root ? types[root.name].fields : []) {
      let result = field.type;
      while (result.ofType) result = result.ofType;
      const selection = ['OBJECT', 'UNION', 'INTERFACE'].includes(types[result.name].kind) ? ' { __typename }' : '';
      for (const argument of field.args) {
        for (const value of literals) {
          await send(url, `${field.name}(${argument.name}: ${value})`,
            { query: `${keyword} { ${field.name}(${argument.name}: ${value})${selection} }` });
        }
        for (const value of variables) {
          await send(url, `${field.name}(${argument.name}: $v = ${JSON.stringify(value)})`, {
            query: `${keyword}($v: ${typeName(argument.type)}) { ${field.name}(${argument.name}: $v)${selection} }`,
            variables: { v: value },
          });
        }
      }
    }
  }
}
failures.forEach(failure => console.error(`not ok ${failure}`));
console.log(`${sent} hostile requests: ${sent - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

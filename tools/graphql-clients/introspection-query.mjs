// Writes graphql-js' standard introspection query, every option on, for the Java tests of each service
// (test-support/src/main/resources/graphql/introspection-query.graphql). CI runs it and fails on a diff.
import { writeFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const target = new URL('../../test-support/src/main/resources/graphql/introspection-query.graphql', import.meta.url);
writeFileSync(target, query.trim() + '\n');
console.log(`wrote ${target.pathname}`);

// GraphQL Code Generator against the running gateway, as a front-end team runs it: the schema by introspection
// (with the caller's bearer token), the operations typed with the TypeScript plugins.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: [{
    [process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080/graphql']: {
      headers: { Authorization: `Bearer ${process.env.PARCOURS_TOKEN}` },
    },
  }],
  documents: ['operations/*.graphql'],
  generates: {
    'generated/graphql.ts': { plugins: ['typescript', 'typescript-operations'] },
  },
};

export default config;

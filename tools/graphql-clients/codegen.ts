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
  // The schema's types, and the operations' result types (which carry the enums they use).
  generates: {
    'generated/schema.ts': { plugins: ['typescript'] },
    'generated/operations.ts': { plugins: ['typescript-operations'] },
  },
};

export default config;

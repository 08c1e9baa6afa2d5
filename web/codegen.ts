// Types every operation of the app from the public schema: an operation that no longer fits it fails here or in tsc.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: ['../gateway/schema.graphql', 'scalars.graphql'],
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        documentMode: 'string', // documents stay strings: no graphql-js in the bundle
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', Date: 'string', BigInteger: 'string', BigDecimal: 'string' },
      },
      presetConfig: {
        fragmentMasking: false,
        // Each operation's SHA-256 beside it, and persisted-documents.json (hash → document): the gateway's trusted
        // documents, sent by hash (README "Persisted operations").
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
    },
  },
};
export default config;

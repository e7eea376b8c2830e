import type { CodegenConfig } from '@graphql-codegen/cli';

/** How the schema's scalars arrive in TypeScript: dates as ISO strings, ids as strings. */
const scalars = {
  ID: 'string',
  UUID: 'string',
  DateTimeISO: 'string',
  LocalDate: 'string',
  JSON: 'unknown',
};

/** The client's documents, validated against the schema and typed from it. */
export const CLIENT_DOCUMENTS = '../client/src/lib/graphql/operations.ts';
export const CLIENT_OUTPUT = '../client/src/lib/graphql/generated/';

/**
 * Run from schema/ (`npm run codegen`):
 * - `_generated/graphql.ts`: TypeScript types of the whole schema, for the client and for reporting scripts;
 * - the client's typed documents: every `graphql(...)` document in the client's operations, with its
 *   result and variables types (documents stay strings: `request()` sends their text).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    '_generated/graphql.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars,
      },
    },
    [CLIENT_OUTPUT]: {
      documents: CLIENT_DOCUMENTS,
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        // The server's tests load the operations under NodeNext resolution, which wants extensions.
        importExtension: '.js',
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars,
      },
    },
  },
};
export default config;

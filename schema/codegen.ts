import type { CodegenConfig } from '@graphql-codegen/cli';

/** TypeScript types of the whole schema, for the client and for reporting scripts. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    '_generated/graphql.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: {
          ID: 'string',
          DateTimeISO: 'string',
          LocalDate: 'string',
          UUID: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};
export default config;

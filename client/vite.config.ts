import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';

const OPERATIONS = fileURLToPath(new URL('./src/lib/graphql/operations.ts', import.meta.url));
const GENERATED_MAP = fileURLToPath(new URL('./src/lib/graphql/generated/gql.ts', import.meta.url));
const GENERATED_DOCUMENTS = fileURLToPath(new URL('./src/lib/graphql/generated/graphql.ts', import.meta.url));

/** A GraphQL document on one line: each run of whitespace outside string values becomes one space. */
const compact = (document: string) => document.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|\s+/g, (m) => (m.startsWith('"') ? m : ' ')).trim();

/**
 * Each `graphql(`...`)` call in operations.ts becomes the generated document it stands for
 * (`documents.TaskCreateDocument`), so the bundle holds every document once, without the generated
 * map from source texts to documents that `graphql()` looks them up in. A document that is not in
 * the map (operations.ts changed since `npm run codegen`) fails the build. The generated documents
 * are sent on one line; the server reads them the same.
 */
function typedDocuments(): Plugin {
  return {
    name: 'trellis-typed-documents',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (file === GENERATED_DOCUMENTS) {
        const out = code.replace(/new TypedDocumentString\(`([^`]*)`/g, (_m, document: string) => `new TypedDocumentString(${JSON.stringify(compact(document))}`);
        return { code: out, map: null };
      }
      if (file !== OPERATIONS) return null;
      const map = new Map<string, string>();
      const generated = readFileSync(GENERATED_MAP, 'utf8');
      const block = generated.slice(generated.indexOf('const documents'));
      for (const m of block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) map.set(JSON.parse(m[1]!) as string, m[2]!);
      const out = code
        .replace(/^import \{ graphql \} from '\.\/generated\/index\.js';$/m, "import * as documents from './generated/graphql.js';")
        .replace(/\bgraphql\(`([^`]*)`\)/g, (_call, source: string) => {
          const name = map.get(source);
          if (!name) this.error(`A document in operations.ts is not generated (run npm run codegen): ${source.trim().split('\n')[0]}`);
          return `documents.${name}`;
        });
      if (/\bgraphql\(/.test(out)) this.error('operations.ts: a graphql() call is not a plain template literal');
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  plugins: [typedDocuments(), sveltekit()],
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true, changeOrigin: false },
    },
  },
});

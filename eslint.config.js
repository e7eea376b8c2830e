import js from '@eslint/js';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';
import svelteConfig from './client/svelte.config.js';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.svelte-kit/**',
      'schema/_generated/**',
      'client/src/lib/graphql/generated/**',
      'test-results/**',
      'client/*',
      '!client/src',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // The ground floor: common/ is generic and imports no module and nothing composed above it
    // (only the config and the pure planning engine). server/src/common/layering.spec.ts checks the same.
    files: ['server/src/common/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', '!../config.js', '!../planning', '!../planning/**'], message: 'common/ imports no module and nothing above it (see layering.spec.ts)' }] },
      ],
    },
  },
  {
    // A module reaches another module only through its index.ts (what the module contributes and
    // lets others use); server/src/layering.spec.ts checks the same and that modules import each
    // other without a cycle (docs/adr/0005-module-contributions.md).
    files: ['server/src/modules/*/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/(?!index\\.js$).+$',
              message: "Import another module through its index.ts: '../<module>/index.js' (see server/src/layering.spec.ts)",
            },
          ],
        },
      ],
    },
  },
  {
    // The client runs in the browser; its components are Svelte 5 with TypeScript.
    files: ['client/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The client's state replaces a Map, Set or Date whole (in $state.raw or $derived) and never
      // mutates one that anything renders; the Maps and Sets it builds are temporaries or private
      // bookkeeping, where SvelteMap/SvelteSet would only add cost. The rule flags every one of them.
      'svelte/prefer-svelte-reactivity': 'off',
      // The client is served at the root of its origin (no kit.paths.base), so plain paths are the
      // resolved ones; the rule exists for apps deployed under a base path.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    files: ['client/src/**/*.svelte', 'client/src/**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    // The browser benchmark hands functions to the page (page.evaluate), which run there.
    files: ['bench/client/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.spec.ts', 'server/test/**/*.ts', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// graphql ships ESM and CJS builds; type-graphql and Apollo load the CJS one, so tests must too.
const alias = { graphql: 'graphql/index.js' };
const client = (p: string) => new URL(`./client/${p}`, import.meta.url).pathname;

export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      {
        // The planning engine is pure computation: no database, no server.
        test: {
          name: 'planning',
          root: './server',
          // test/planning: the calendar-free CPM core and the PSPLIB checks, which only tests use.
          include: ['src/planning/**/*.spec.ts', 'test/planning/**/*.spec.ts'],
          testTimeout: 600_000,
        },
      },
      {
        // Pure client logic (layout and chart geometry, state helpers); the UI itself is tested in Chromium (e2e).
        resolve: { alias: { $lib: client('src/lib') } },
        test: { name: 'client', root: './client', include: ['src/**/*.spec.ts'], exclude: ['src/**/*.component.spec.ts'] },
      },
      {
        // Svelte components mounted on their own in Chromium (Debian's, through playwright).
        plugins: [svelte({ configFile: client('svelte.config.js') })],
        resolve: {
          alias: { $lib: client('src/lib'), '$app/navigation': client('test/app-navigation.stub.ts'), '$app/state': client('test/app-state.stub.ts') },
        },
        optimizeDeps: { include: ['yjs', 'fractional-indexing'] },
        test: {
          name: 'components',
          root: './client',
          include: ['src/**/*.component.spec.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Code shared by the client and the server (the WBS document rules).
        test: { name: 'schema', root: './schema', include: ['src/**/*.spec.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
          exclude: ['**/*.e2e.spec.ts', 'src/planning/**', 'test/planning/**'],
          globalSetup: ['./test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'collab',
          root: './collab',
          include: ['test/**/*.spec.ts', 'src/**/*.spec.ts'],
          globalSetup: ['../server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root: '.',
          include: ['client/e2e/**/*.e2e.spec.ts'],
          globalSetup: ['./server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

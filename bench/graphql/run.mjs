#!/usr/bin/env node
/**
 * GraphQL benchmarks for the Trellis server. Needs the server build (`npm run build -w server`).
 *
 *   node bench/graphql/run.mjs
 *
 * BENCH_DATABASE_URL  a PostgreSQL server to create a throw-away database in (default: an embedded
 *                     PostgreSQL in a temporary folder, stopped and removed at the end).
 * Prints markdown to stdout, progress to stderr, and writes bench/results/graphql.md.
 *
 * NODE_ENV defaults to `production`, as in the Docker image: graphql-js and express read it when they
 * are loaded, so it is set here, before anything imports them.
 */
process.env.NODE_ENV ||= 'production';
await import('./main.mjs');

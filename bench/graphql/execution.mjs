import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { execute, parse, validate } from 'graphql';
import { createHub } from '../../server/dist/topics.js';
import { actorOf, createLoaders } from '../../server/dist/loaders.js';
import { BOARD_QUERY, TASKS_QUERY } from './board.mjs';
import { startChild } from './lib/child.mjs';
import { fmt, ms, summarise, table } from './lib/stats.mjs';

const CASES = [
  { name: 'Board, service result cached', query: BOARD_QUERY, cached: true },
  { name: 'Task list (first 100)', query: TASKS_QUERY, cached: false },
];

/**
 * Times graphql-js `execute` + `JSON.stringify` of each benchmark query on one schema, one call at a
 * time. For the board, `BoardService.compute` returns one precomputed board meanwhile, so what remains
 * is resolving and serialising the cards; the task list keeps its SQL.
 */
export async function executionSamples({ app, schema, seed, seconds }) {
  const viewer = { kind: 'user', userId: seed.owner.userId, via: 'session' };
  const context = () => {
    const loaders = createLoaders(app.dataSource, viewer);
    return { actor: actorOf(viewer, loaders), loaders, requestId: randomUUID(), hub: createHub() };
  };
  const boards = app.services.boards;
  const board = await boards.compute(seed.projectId);
  const out = [];
  for (const c of CASES) {
    const document = parse(c.query);
    const errors = validate(schema, document);
    if (errors.length) throw new Error(errors.map((e) => e.message).join('; '));
    if (c.cached) boards.compute = async () => board;
    try {
      const run = async () => {
        const t = performance.now();
        const result = await execute({ schema, document, contextValue: context(), variableValues: { key: seed.key } });
        const json = JSON.stringify(result);
        const elapsed = performance.now() - t;
        if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
        return { elapsed, json };
      };
      const digest = createHash('sha256').update((await run()).json).digest('hex');
      for (let i = 0; i < 30; i++) await run();
      const samples = [];
      const end = performance.now() + seconds * 1000;
      while (performance.now() < end) samples.push((await run()).elapsed);
      out.push({ name: c.name, digest, samples });
    } finally {
      if (c.cached) delete boards.compute;
    }
  }
  return out;
}

/**
 * The schema layer alone, app schema vs bare schema. Each measurement runs in a fresh process that
 * executes one schema only: when two schemas take turns in one process, V8's optimisation of the shared
 * graphql-js code favours one of them and skews the comparison by up to 50%.
 */
export async function runExecutionBenchmark({ databaseUrl, seed, rounds, seconds = 2, log }) {
  const names = { app: 'app (type-graphql)', bare: 'bare' };
  const order = [];
  for (let r = 0; r < rounds; r++) order.push(...(r % 2 ? ['bare', 'app'] : ['app', 'bare']));
  const runs = { app: [], bare: [] };
  for (const which of order) {
    log(`  schema layer alone: ${names[which]}, ${seconds}s per query in a fresh process`);
    const child = startChild(path.join(import.meta.dirname, 'workers/execute.mjs'));
    try {
      runs[which].push(await child.call('measure', { databaseUrl, which, seed, seconds }));
    } finally {
      await child.stop();
    }
  }
  return CASES.map((c, k) => {
    const digests = new Set([...runs.app, ...runs.bare].map((r) => r[k].digest));
    return {
      name: c.name,
      same: digests.size === 1,
      rows: ['app', 'bare'].map((w) => ({ name: names[w], ...summarise(runs[w].flatMap((r) => r[k].samples)) })),
    };
  });
}

export function executionTable(results) {
  const rows = results.flatMap((r) => r.rows.map((x) => [r.name, x.name, fmt(x.n, 0), ms(x.p50), ms(x.p95), ms(x.mean)]));
  const ratios = results.map((r) => `${r.name}: ×${fmt(r.rows[0].p50 / r.rows[1].p50, 2)}${r.same ? '' : ' (results DIFFER)'}`);
  return [
    table(['Query', 'Schema', 'executions', 'p50', 'p95', 'mean'], rows, 2),
    '',
    `type-graphql / bare, p50 time per execution: ${ratios.join('; ')}.`,
  ].join('\n');
}

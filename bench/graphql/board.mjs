import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { execute, parse, validate } from 'graphql';
import { SubscriptionHub } from '../../server/dist/common/hub.js';
import { createLoaders } from '../../server/dist/common/loaders.js';
import { cpuMeter } from './lib/cpu.mjs';
import { fmt, ms, summarise, table } from './lib/stats.mjs';

export const BOARD_QUERY = `query($key:String!){ project(key:$key){ board { percentComplete taskCount categories{category count} columns{ statusId name count cards{ id key name percentComplete late assignee{ name } } } milestones{ key date } lateTasks{ key } recentActivity{ summary } } } }`;
export const TASKS_QUERY = `query($key:String!){ project(key:$key){ tasks(first:100){ nodes{ key name status{name} assignee{name} } } } }`;

async function post(url, body, cookie) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: res.status, bytes: Buffer.byteLength(text), json };
}

/** One answer from each server: both must succeed with the same data, or the comparison is void. */
async function check(servers, body, cookie, counter) {
  const answers = [];
  for (const s of servers) {
    counter.reset();
    const a = await post(s.url, body, cookie);
    answers.push({ ...a, sql: counter.count });
    if (a.status !== 200 || a.json.errors) {
      throw new Error(`${s.name} answered ${a.status}: ${JSON.stringify(a.json.errors ?? a.json).slice(0, 500)}`);
    }
  }
  const same = answers.every((a) => isDeepStrictEqual(a.json.data, answers[0].json.data));
  return { answers, same };
}

/**
 * Benchmark 1: HTTP GraphQL throughput and latency of the same query against the app (type-graphql
 * schema) and against a bare Apollo Server calling the same services. With two rounds the order is
 * A B B A, so a slow drift of the machine's load hits both servers alike.
 */
export async function runQueryBenchmarks({ app, servers, seed, load, connections, duration, warmup, rounds, log }) {
  const queries = [
    { name: 'Board (1,000-task project)', query: BOARD_QUERY, check: (d) => d.project.board.taskCount === seed.leafCount },
    { name: 'Task list (first 100)', query: TASKS_QUERY, check: (d) => d.project.tasks.nodes.length === 100 },
  ];
  const results = [];
  for (const q of queries) {
    const body = JSON.stringify({ query: q.query, variables: { key: seed.key } });
    const pre = await check(servers, body, seed.owner.cookie, app.queryCounter);
    if (!q.check(pre.answers[0].json.data)) throw new Error(`${q.name}: unexpected answer ${JSON.stringify(pre.answers[0].json.data).slice(0, 300)}`);
    const runs = servers.map(() => []);
    for (let round = 0; round < rounds; round++) {
      const order = servers.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) {
        const s = servers[i];
        log(`  ${q.name} → ${s.name} (round ${round + 1}/${rounds}): ${warmup}s warm-up + ${duration}s, ${connections} connections`);
        let meter;
        const unlisten = load.onMessage((m) => {
          if (m.type === 'measuring') meter = cpuMeter();
        });
        const r = await load.call('run', { url: `${s.url}/graphql`, body, cookie: seed.owner.cookie, connections, duration, warmup });
        const cpu = meter?.stop();
        unlisten();
        runs[i].push({ ...r, cpu });
        await new Promise((res) => setTimeout(res, 500));
      }
    }
    const post = await check(servers, body, seed.owner.cookie, app.queryCounter);
    const rows = servers.map((s, i) => {
      const rs = runs[i];
      const seconds = rs.reduce((a, r) => a + r.duration, 0);
      const ok = rs.reduce((a, r) => a + r.latencies.length, 0);
      const avg = (f) => rs.reduce((a, r) => a + (f(r) ?? 0), 0) / rs.length;
      return {
        server: s.name,
        rps: ok / seconds,
        perRun: rs.map((r) => r.latencies.length / r.duration),
        latency: summarise(rs.flatMap((r) => r.latencies)),
        total: ok,
        failures: rs.reduce((a, r) => a + r.errors + r.timeouts + r.non2xx, 0),
        bytes: pre.answers[i].bytes,
        sql: pre.answers[i].sql,
        serverCpu: avg((r) => r.cpu?.processCores),
        machineBusy: avg((r) => r.cpu?.machineBusy),
      };
    });
    results.push({ name: q.name, rows, rounds, sameData: pre.same && post.same });
  }
  return results;
}

/**
 * The schema layer alone: graphql-js `execute` plus JSON serialisation, in-process and one call at a
 * time, app schema and bare schema alternating. For the board, `BoardService.compute` returns one
 * precomputed board (both schemas call the same service object), so what remains is resolving and
 * serialising 870 cards; the task list keeps its SQL.
 */
export async function measureExecution({ app, bareSchema, seed, seconds = 3 }) {
  const viewer = { kind: 'user', userId: seed.owner.userId, via: 'session' };
  const context = () => ({ viewer, loaders: createLoaders(app.dataSource, viewer), requestId: randomUUID(), hub: new SubscriptionHub() });
  const schemas = [
    { name: 'app (type-graphql)', schema: app.schema },
    { name: 'bare', schema: bareSchema },
  ];
  const board = await app.services.boards.compute(seed.projectId);
  const boards = app.services.boards;
  const cases = [
    { name: 'Board, service result cached', query: BOARD_QUERY, cached: true },
    { name: 'Task list (first 100)', query: TASKS_QUERY, cached: false },
  ];
  const out = [];
  for (const c of cases) {
    const document = parse(c.query);
    for (const s of schemas) {
      const errors = validate(s.schema, document);
      if (errors.length) throw new Error(`${s.name}: ${errors.map((e) => e.message).join('; ')}`);
    }
    if (c.cached) boards.compute = async () => board;
    try {
      const run = async (schema) => {
        const t = performance.now();
        const result = await execute({ schema, document, contextValue: context(), variableValues: { key: seed.key } });
        const json = JSON.stringify(result);
        const ms = performance.now() - t;
        if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
        return { ms, json };
      };
      const first = await Promise.all(schemas.map((s) => run(s.schema)));
      const same = first.every((f) => f.json === first[0].json);
      for (let i = 0; i < 20; i++) for (const s of schemas) await run(s.schema);
      const samples = schemas.map(() => []);
      const end = performance.now() + seconds * 1000;
      while (performance.now() < end) {
        for (const [k, s] of schemas.entries()) samples[k].push((await run(s.schema)).ms);
      }
      out.push({ name: c.name, same, rows: schemas.map((s, k) => ({ name: s.name, ...summarise(samples[k]) })) });
    } finally {
      if (c.cached) delete boards.compute;
    }
  }
  return out;
}

export function executionTable(results) {
  const rows = results.flatMap((r) =>
    r.rows.map((x) => [r.name, x.name, fmt(x.n, 0), ms(x.p50), ms(x.p95), ms(x.mean)]),
  );
  const ratios = results.map((r) => `${r.name}: ×${fmt(r.rows[0].p50 / r.rows[1].p50, 2)}${r.same ? '' : ' (results DIFFER)'}`);
  return [
    table(['Query', 'Schema', 'executions', 'p50', 'p95', 'mean'], rows, 2),
    '',
    `type-graphql / bare, p50 time per execution: ${ratios.join('; ')}.`,
  ].join('\n');
}

/** BoardService.compute called in-process, one at a time: the floor under any GraphQL layer. */
export async function measureBoardService(app, projectId, seconds = 3) {
  const samples = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const t = performance.now();
    await app.services.boards.compute(projectId);
    samples.push(performance.now() - t);
  }
  return summarise(samples.slice(Math.min(10, samples.length - 1)));
}

export function queryTables(results) {
  return results.map((r) => {
    const rows = r.rows.map((x) => [
      x.server,
      fmt(x.rps, 1),
      x.perRun.map((v) => fmt(v, 1)).join(' / '),
      ms(x.latency.p50),
      ms(x.latency.p99),
      ms(x.latency.p999),
      ms(x.latency.mean),
      fmt(x.total, 0),
      `${x.failures}`,
      `${fmt(x.bytes / 1024, 1)} KiB`,
      `${x.sql}`,
      `${fmt(100 * x.serverCpu, 0)}%`,
      `${fmt(100 * x.machineBusy, 0)}%`,
    ]);
    const [tg, bare] = r.rows;
    return [
      `### ${r.name}`,
      '',
      table(['Server', 'req/s', 'req/s per run', 'p50', 'p99', 'p99.9', 'mean', 'requests', 'errors', 'response', 'SQL/request', 'server CPU', 'machine busy'], rows),
      '',
      `type-graphql / bare: throughput ×${fmt(tg.rps / bare.rps, 2)}, p50 latency ×${fmt(tg.latency.p50 / bare.latency.p50, 2)}, p99 latency ×${fmt(tg.latency.p99 / bare.latency.p99, 2)}. ` +
        `Same data from both: ${r.sameData ? 'yes' : 'NO'}.`,
    ].join('\n');
  });
}

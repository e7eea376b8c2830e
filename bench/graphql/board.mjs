import { isDeepStrictEqual } from 'node:util';
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
 * schema) and against a bare Apollo Server calling the same services.
 */
export async function runQueryBenchmarks({ app, servers, seed, load, connections, duration, warmup, log }) {
  const queries = [
    { name: 'Board (1,000-task project)', query: BOARD_QUERY, check: (d) => d.project.board.taskCount === seed.leafCount },
    { name: 'Task list (first 100)', query: TASKS_QUERY, check: (d) => d.project.tasks.nodes.length === 100 },
  ];
  const results = [];
  for (const q of queries) {
    const body = JSON.stringify({ query: q.query, variables: { key: seed.key } });
    const pre = await check(servers, body, seed.owner.cookie, app.queryCounter);
    if (!q.check(pre.answers[0].json.data)) throw new Error(`${q.name}: unexpected answer ${JSON.stringify(pre.answers[0].json.data).slice(0, 300)}`);
    const rows = [];
    for (const [i, s] of servers.entries()) {
      log(`  ${q.name} → ${s.name}: ${warmup}s warm-up + ${duration}s, ${connections} connections`);
      let meter;
      const started = load.onMessage((m) => {
        if (m.type === 'measuring') meter = cpuMeter();
      });
      const r = await load.call('run', { url: `${s.url}/graphql`, body, cookie: seed.owner.cookie, connections, duration, warmup });
      const cpu = meter?.stop();
      started();
      rows.push({ server: s.name, ...r, cpu, bytes: pre.answers[i].bytes, sql: pre.answers[i].sql });
      await new Promise((res) => setTimeout(res, 500));
    }
    const post = await check(servers, body, seed.owner.cookie, app.queryCounter);
    results.push({ name: q.name, rows, sameData: pre.same && post.same });
  }
  return results;
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
      fmt(x.requests.average, 1),
      ms(x.latency.p50),
      ms(x.latency.p99),
      ms(x.latency.p99_9),
      ms(x.latency.mean),
      fmt(x.total, 0),
      `${x.errors + x.timeouts + x.non2xx}`,
      `${fmt(x.bytes / 1024, 1)} KiB`,
      `${x.sql}`,
      x.cpu ? `${fmt(100 * x.cpu.processCores, 0)}%` : 'n/a',
      x.cpu?.machineBusy != null ? `${fmt(100 * x.cpu.machineBusy, 0)}%` : 'n/a',
    ]);
    const [tg, bare] = r.rows;
    const ratio = tg && bare ? tg.requests.average / bare.requests.average : NaN;
    const p50 = tg && bare ? tg.latency.p50 / bare.latency.p50 : NaN;
    return [
      `### ${r.name}`,
      '',
      table(['Server', 'req/s', 'p50', 'p99', 'p99.9', 'mean', 'requests', 'errors', 'response', 'SQL/request', 'server CPU', 'machine busy'], rows),
      '',
      `type-graphql / bare: throughput ×${fmt(ratio, 2)}, p50 latency ×${fmt(p50, 2)}. Same data from both: ${r.sameData ? 'yes' : 'NO'}.`,
    ].join('\n');
  });
}

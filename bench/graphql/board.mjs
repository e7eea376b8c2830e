import { isDeepStrictEqual } from 'node:util';
import { machineBusy, machineSnapshot } from './lib/cpu.mjs';
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

/** One answer from each server (with its SQL statement count): all must succeed; is the data the same? */
async function check(servers, body, cookie) {
  const answers = [];
  for (const s of servers) {
    await s.sqlReset();
    const a = await post(s.url, body, cookie);
    answers.push({ ...a, sql: await s.sqlCount() });
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
 * `servers`: { name, url, sqlReset(), sqlCount(), cpuSeconds() }, each in its own process.
 */
export async function runQueryBenchmarks({ servers, seed, load, connections, duration, warmup, rounds, log }) {
  const queries = [
    { name: 'Board (1,000-task project)', query: BOARD_QUERY, check: (d) => d.project.board.taskCount === seed.leafCount },
    { name: 'Task list (first 100)', query: TASKS_QUERY, check: (d) => d.project.tasks.nodes.length === 100 },
  ];
  const results = [];
  for (const q of queries) {
    const body = JSON.stringify({ query: q.query, variables: { key: seed.key } });
    const pre = await check(servers, body, seed.owner.cookie);
    if (!q.check(pre.answers[0].json.data)) throw new Error(`${q.name}: unexpected answer ${JSON.stringify(pre.answers[0].json.data).slice(0, 300)}`);
    const runs = servers.map(() => []);
    for (let round = 0; round < rounds; round++) {
      const order = servers.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) {
        const s = servers[i];
        log(`  ${q.name} → ${s.name} (round ${round + 1}/${rounds}): ${warmup}s warm-up + ${duration}s, ${connections} connections`);
        let start;
        const unlisten = load.onMessage((m) => {
          if (m.type === 'measuring') start = Promise.all([performance.now(), s.cpuSeconds(), machineSnapshot()]);
        });
        const r = await load.call('run', { url: `${s.url}/graphql`, body, cookie: seed.owner.cookie, connections, duration, warmup });
        const end = [performance.now(), await s.cpuSeconds(), machineSnapshot()];
        unlisten();
        const [t0, c0, m0] = await start;
        const cpu = { processCores: (end[1] - c0) / ((end[0] - t0) / 1000), machineBusy: machineBusy(m0, end[2]) };
        runs[i].push({ ...r, cpu });
        await new Promise((res) => setTimeout(res, 500));
      }
    }
    const post = await check(servers, body, seed.owner.cookie);
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

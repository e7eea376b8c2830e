import { pickTasks } from './lib/seed.mjs';
import { fmt, ms, summarise, table } from './lib/stats.mjs';

/** Mutations sent before anyone subscribes: the mutation's own cost, without fan-out. */
const BASELINE = 50;
/** The first baseline mutations warm the connection pool and JIT; they are not counted. */
const BASELINE_SKIP = 10;

async function until(pred, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Benchmark 2: `taskUpdated` subscribers spread over two app instances sharing one database; mutations
 * go to instance A only, so subscribers on B are served through PostgreSQL NOTIFY.
 */
export async function runFanout({ instances, seed, subscribers, perInstance, mutations, ratePerSecond, log }) {
  const all = await pickTasks(instances[0].app.dataSource, seed.projectId, mutations + BASELINE);
  if (all.length < mutations + BASELINE) throw new Error(`only ${all.length} tasks to update`);
  const baselineTasks = all.slice(mutations);
  const tasks = all.slice(0, mutations);

  log(`  baseline: ${BASELINE} taskUpdate mutations with no subscriber`);
  const baseline = await subscribers.call('fire', { httpUrl: instances[0].url, cookie: seed.owner.cookie, tasks: baselineTasks, ratePerSecond });

  const targets = instances.map((inst) => ({ group: inst.name, wsUrl: `${inst.url.replace(/^http/, 'ws')}/graphql`, count: perInstance }));
  log(`  opening ${perInstance * instances.length} graphql-ws subscribers (${perInstance} per instance)`);
  const t0 = performance.now();
  const conn = await subscribers.call('connect', { targets, cookie: seed.owner.cookie, projectId: seed.projectId });
  await until(
    () => instances.every((inst) => inst.app.hub.watching('TASK_UPDATED', seed.projectId) >= perInstance),
    20_000,
    `${perInstance} TASK_UPDATED subscribers on each instance (now ${instances.map((i) => i.app.hub.watching('TASK_UPDATED', seed.projectId)).join(', ')})`,
  );
  const subscribeMs = performance.now() - t0;
  log(`  ${mutations} taskUpdate mutations to ${instances[0].name} at ${ratePerSecond}/s`);
  const cpu0 = process.cpuUsage();
  const r = await subscribers.call('fire', { httpUrl: instances[0].url, cookie: seed.owner.cookie, tasks, ratePerSecond });
  const cpu = process.cpuUsage(cpu0);
  const watchingAfter = instances.map((inst) => inst.app.hub.watching('TASK_UPDATED', seed.projectId));
  return {
    ...r,
    serverCpuSeconds: (cpu.user + cpu.system) / 1e6,
    baselineMs: baseline.mutationMs.slice(BASELINE_SKIP),
    baselineFailed: baseline.failed,
    subscribeMs,
    connectMs: conn.connectMs,
    watchingAfter,
    perInstance,
    ratePerSecond,
  };
}

export function fanoutTables(r) {
  const names = Object.keys(r.groups);
  const rows = names.map((name) => {
    const g = r.groups[name];
    const s = summarise(g.latencies);
    return [
      name,
      `${g.clients}`,
      fmt(g.expected, 0),
      fmt(g.delivered, 0),
      fmt(g.expected - g.delivered, 0),
      fmt(g.duplicates, 0),
      ms(s.p50),
      ms(s.p95),
      ms(s.p99),
      ms(s.max),
    ];
  });
  const all = names.map((n) => r.groups[n]);
  const total = summarise(all.flatMap((g) => g.latencies));
  rows.push([
    '**all**',
    `${all.reduce((s, g) => s + g.clients, 0)}`,
    fmt(all.reduce((s, g) => s + g.expected, 0), 0),
    fmt(all.reduce((s, g) => s + g.delivered, 0), 0),
    fmt(all.reduce((s, g) => s + g.expected - g.delivered, 0), 0),
    fmt(all.reduce((s, g) => s + g.duplicates, 0), 0),
    ms(total.p50),
    ms(total.p95),
    ms(total.p99),
    ms(total.max),
  ]);
  const mut = summarise(r.mutationMs);
  const base = summarise(r.baselineMs);
  const delivered = all.reduce((s, g) => s + g.delivered, 0);
  const notes = [
    `Events sent: ${r.sent} taskUpdate mutations (${r.failed} failed) over ${fmt(r.sendSeconds, 1)} s, each to a different task, at a target ${r.ratePerSecond}/s; ` +
      `expected deliveries = successful mutations × subscribers = ${fmt(all.reduce((s, g) => s + g.expected, 0), 0)}.`,
    `Mutation round trip (HTTP, instance A) during fan-out: p50 ${ms(mut.p50)}, p95 ${ms(mut.p95)}, p99 ${ms(mut.p99)}, max ${ms(mut.max)}; ` +
      `with no subscriber (${base.n} mutations at the same rate): p50 ${ms(base.p50)}, p95 ${ms(base.p95)}, max ${ms(base.max)}.`,
    `CPU while sending and delivering (${fmt(r.seconds, 1)} s): server process (both instances) ${fmt((100 * r.serverCpuSeconds) / r.seconds, 0)}% of one core ` +
      `(≈ ${fmt((1e6 * r.serverCpuSeconds) / Math.max(1, delivered), 0)} µs per delivered event, mutation work included); ` +
      `subscriber process ${fmt((100 * r.cpuSeconds) / r.seconds, 0)}% of one core.`,
    `Subscribers connected in ${ms(r.connectMs)}; all ${r.perInstance * names.length} registered on the hubs after ${ms(r.subscribeMs)}.`,
  ];
  const odd = [];
  for (const n of names) {
    const g = r.groups[n];
    if (g.clientsMissing) odd.push(`${n}: ${g.clientsMissing} subscriber(s) missed at least one event`);
    if (g.unexpected) odd.push(`${n}: ${g.unexpected} event(s) not produced by the benchmark`);
    if (g.completed) odd.push(`${n}: ${g.completed} subscription(s) completed early`);
    if (g.errors.length) odd.push(`${n}: errors: ${g.errors.join(' | ')}`);
  }
  if (r.failed) odd.push(`failed mutations: ${JSON.stringify(r.failures)}`);
  if (r.baselineFailed) odd.push(`${r.baselineFailed} baseline mutation(s) failed`);
  if (odd.length) notes.push(`Anomalies: ${odd.join('; ')}.`);
  return [
    table(['Subscribers on', 'clients', 'expected', 'delivered', 'lost', 'duplicates', 'p50', 'p95', 'p99', 'max'], rows),
    '',
    'Delivery latency = time from sending the mutation (timestamp in the new task name) to the subscriber receiving the event.',
    '',
    ...notes.map((n) => `- ${n}`),
  ].join('\n');
}

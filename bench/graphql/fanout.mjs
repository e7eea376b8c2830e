import { pickTasks } from './lib/seed.mjs';
import { fmt, ms, summarise, table } from './lib/stats.mjs';

/** Mutations sent before anyone subscribes: the mutation's own cost, without fan-out. */
const BASELINE = 50;
/** The first baseline mutations warm the connection pool and JIT; they are not counted. */
const BASELINE_SKIP = 10;

async function until(pred, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${await what()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const TOPIC = 'TASK_UPDATED';

/** CPU seconds used by each instance's process, and its longest event-loop stall, while `fn` runs. */
async function metered(instances, fn) {
  const before = await Promise.all(instances.map((i) => i.cpuSeconds()));
  await Promise.all(instances.map((i) => i.loopDelayMax()));
  const result = await fn();
  const stall = await Promise.all(instances.map((i) => i.loopDelayMax()));
  const after = await Promise.all(instances.map((i) => i.cpuSeconds()));
  return { result, cpu: after.map((a, k) => a - before[k]), stall };
}

/**
 * Benchmark 2: `taskUpdated` subscribers spread over two app instances (two processes) sharing one
 * database; mutations go to instance A only, so subscribers on B are served through PostgreSQL NOTIFY.
 * `instances`: { name, url, watching(topic, projectId), cpuSeconds() }, A first.
 */
export async function runFanout({ instances, ds, seed, subscribers, perInstance, mutations, ratePerSecond, log }) {
  const all = await pickTasks(ds, seed.projectId, mutations + 2 * BASELINE);
  if (all.length < mutations + 2 * BASELINE) throw new Error(`only ${all.length} tasks to update`);
  const baselineTasks = all.slice(mutations, mutations + BASELINE);
  const serialTasks = all.slice(mutations + BASELINE);
  const tasks = all.slice(0, mutations);

  log(`  baseline: ${BASELINE} taskUpdate mutations with no subscriber`);
  const baseline = await subscribers.call('fire', { httpUrl: instances[0].url, cookie: seed.owner.cookie, tasks: baselineTasks, ratePerSecond });
  // The same renames one at a time: the mutation's own latency and CPU, with no queue behind it.
  log(`  baseline: ${BASELINE} taskUpdate mutations with no subscriber, one at a time`);
  const cpuBefore = await instances[0].cpuSeconds();
  const serial = await subscribers.call('fire', { httpUrl: instances[0].url, cookie: seed.owner.cookie, tasks: serialTasks, ratePerSecond, sequential: true });
  const serialCpuSeconds = (await instances[0].cpuSeconds()) - cpuBefore;

  const targets = instances.map((inst) => ({ group: inst.name, wsUrl: `${inst.url.replace(/^http/, 'ws')}/graphql`, count: perInstance }));
  log(`  opening ${perInstance * instances.length} graphql-ws subscribers (${perInstance} per instance)`);
  const t0 = performance.now();
  const conn = await subscribers.call('connect', { targets, cookie: seed.owner.cookie, projectId: seed.projectId });
  const counts = () => Promise.all(instances.map((i) => i.watching(TOPIC, seed.projectId)));
  await until(
    async () => (await counts()).every((n) => n >= perInstance),
    20_000,
    async () => `${perInstance} ${TOPIC} subscribers on each instance (now ${(await counts()).join(', ')})`,
  );
  const subscribeMs = performance.now() - t0;
  log(`  ${mutations} taskUpdate mutations to ${instances[0].name} at ${ratePerSecond}/s`);
  const { result: r, cpu, stall } = await metered(instances, () =>
    subscribers.call('fire', { httpUrl: instances[0].url, cookie: seed.owner.cookie, tasks, ratePerSecond }),
  );
  return {
    ...r,
    instanceCpuSeconds: Object.fromEntries(instances.map((i, k) => [i.name, cpu[k]])),
    loopStallMs: Object.fromEntries(instances.map((i, k) => [i.name, stall[k]])),
    baselineMs: baseline.mutationMs.slice(BASELINE_SKIP),
    baselineFailed: baseline.failed + serial.failed,
    serialMs: serial.mutationMs.slice(BASELINE_SKIP),
    serialCpuMsPerMutation: (1000 * serialCpuSeconds) / serialTasks.length,
    subscribeMs,
    connectMs: conn.connectMs,
    watchingAfter: await counts(),
    perInstance,
    ratePerSecond,
  };
}

const CREATE_AT_TOP = `mutation($input: TaskCreateInput!) { taskCreate(input: $input) { task { id wbsCode } } }`;

/**
 * With the same subscribers still connected: one task inserted at the top of the outline. Every task
 * below it gets a new WBS code, and each renumbered task is one `taskUpdated` event per subscriber.
 */
export async function runOutlineInsert({ instances, ds, seed, subscribers, log }) {
  const live = async () =>
    (await ds.query(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1 AND archived_at IS NULL`, [seed.projectId]))[0].n;
  const tasksBefore = await live();
  log(`  one taskCreate at the top of the ${tasksBefore}-task outline`);
  const { result: r, cpu, stall } = await metered(instances, () =>
    subscribers.call('burst', {
      httpUrl: instances[0].url,
      probeUrls: Object.fromEntries(instances.map((i) => [i.name, i.url])),
      cookie: seed.owner.cookie,
      query: CREATE_AT_TOP,
      variables: { input: { projectId: seed.projectId, name: 'Inserted at the top', position: 0 } },
    }),
  );
  return {
    ...r,
    tasksBefore,
    instanceCpuSeconds: Object.fromEntries(instances.map((i, k) => [i.name, cpu[k]])),
    loopStallMs: Object.fromEntries(instances.map((i, k) => [i.name, stall[k]])),
  };
}

const stallText = (stall) =>
  Object.entries(stall)
    .map(([name, v]) => `${name} ${ms(v)}`)
    .join(', ');

const cpuText = (cpu, seconds) =>
  Object.entries(cpu)
    .map(([name, c]) => `${name} ${fmt(c, 1)} s (${fmt((100 * c) / seconds, 0)}% of a core)`)
    .join(', ');

export function outlineInsertTable(r) {
  const rows = Object.entries(r.groups).map(([name, g]) => [
    name,
    `${g.clients}`,
    fmt(g.delivered, 0),
    g.perClientMin === g.perClientMax ? fmt(g.perClientMin, 0) : `${fmt(g.perClientMin, 0)}–${fmt(g.perClientMax, 0)}`,
    ms(g.lastMs),
  ]);
  const ok = r.status === 200 && !r.errors;
  const probes = Object.entries(r.probes).map(([name, p]) => {
    const before = summarise(p.before);
    const during = summarise(p.during);
    return `${name}: p50 ${ms(before.p50)}, max ${ms(before.max)} before; p50 ${ms(during.p50)}, p95 ${ms(during.p95)}, max ${ms(during.max)} during (${during.n} probes)`;
  });
  return [
    table(['Subscribers on', 'clients', 'events delivered', 'events per subscriber', 'last event after'], rows),
    '',
    `- The mutation (${ok ? `new task ${r.data?.taskCreate?.task?.wbsCode ?? '?'}` : `FAILED: ${r.status} ${JSON.stringify(r.errors)}`}) answered in ${ms(r.mutationMs)}; ` +
      `the outline had ${fmt(r.tasksBefore, 0)} live tasks before it.`,
    `- CPU over ${fmt(r.seconds, 1)} s (until the last event plus ${fmt(r.quietMs / 1000, 1)} s of quiet): ${cpuText(r.instanceCpuSeconds, r.seconds)}; subscriber process ${fmt(r.cpuSeconds, 1)} s.` +
      (r.timedOut ? ' Stopped waiting at the time limit: events were still arriving.' : ''),
    `- Longest event-loop stall: ${stallText(r.loopStallMs)}. ` +
      `A \`{ viewer { id } }\` query every 100 ms to each instance took ${probes.join('; ')}.`,
  ].join('\n');
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
  const serial = summarise(r.serialMs);
  const delivered = all.reduce((s, g) => s + g.delivered, 0);
  const notes = [
    `Events sent: ${r.sent} taskUpdate mutations (${r.failed} failed) over ${fmt(r.sendSeconds, 1)} s, each to a different task, at a target ${r.ratePerSecond}/s; ` +
      `expected deliveries = successful mutations × subscribers = ${fmt(all.reduce((s, g) => s + g.expected, 0), 0)}.`,
    `Mutation round trip (HTTP, instance A) during fan-out: p50 ${ms(mut.p50)}, p95 ${ms(mut.p95)}, p99 ${ms(mut.p99)}, max ${ms(mut.max)}; ` +
      `with no subscriber (${base.n} mutations at the same rate): p50 ${ms(base.p50)}, p95 ${ms(base.p95)}, max ${ms(base.max)}; ` +
      `with no subscriber, one at a time (${serial.n} mutations, each sent when the previous one answered): p50 ${ms(serial.p50)}, p95 ${ms(serial.p95)}, max ${ms(serial.max)}, ` +
      `instance A CPU ${fmt(r.serialCpuMsPerMutation, 1)} ms per mutation.`,
    `CPU while sending and delivering (${fmt(r.seconds, 1)} s): ${cpuText(r.instanceCpuSeconds, r.seconds)}; subscriber process ${fmt(r.cpuSeconds, 1)} s. ` +
      `Longest event-loop stall: ${stallText(r.loopStallMs)}. ` +
      `Server CPU per delivered event, mutation work included: ≈ ${fmt((1e6 * Object.values(r.instanceCpuSeconds).reduce((a, b) => a + b, 0)) / Math.max(1, delivered), 0)} µs.`,
    `Subscribers connected in ${ms(r.connectMs)}; all ${r.perInstance * names.length} registered on the hubs after ${ms(r.subscribeMs)}. ` +
      `Hub subscriber counts after the run: ${r.watchingAfter.join(' / ')}.`,
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

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { serveParent } from '../lib/child.mjs';

/**
 * Holds many graphql-ws subscribers (grouped by the instance they are connected to) and sends
 * task mutations over HTTP. Every mutation names the task `fanout <seq> @<send time>`, so a
 * subscriber can tell which event it got and how long it took.
 */

const now = () => performance.timeOrigin + performance.now();
const SUBSCRIPTION = `subscription($p: UUID!) { taskUpdated(projectId: $p) { action task { id name version } } }`;
const MUTATION = `mutation($input: TaskUpdateInput!) { taskUpdate(input: $input) { task { id version } } }`;

let clients = [];
/** group -> { seen: Map<clientIndex, Map<seq, count>>, latencies: number[], unexpected, errors } */
let groups = new Map();
let lastReceive = 0;
let received = 0;

function socketWithCookie(cookie) {
  return class extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie } });
    }
  };
}

async function connect({ targets, cookie, projectId }) {
  const connected = [];
  for (const { group, wsUrl, count } of targets) {
    const g = { clients: 0, latencies: [], perClient: [], events: [], lastEvent: 0, unexpected: 0, errors: [], completed: 0 };
    groups.set(group, g);
    for (let i = 0; i < count; i++) {
      const seen = new Map();
      const index = g.perClient.length;
      g.perClient.push(seen);
      g.events.push(0);
      g.clients++;
      let resolveConnected;
      connected.push(new Promise((r) => (resolveConnected = r)));
      const client = createClient({
        url: wsUrl,
        webSocketImpl: socketWithCookie(cookie),
        lazy: true,
        retryAttempts: 0,
        on: { connected: () => resolveConnected() },
      });
      clients.push(client);
      client.subscribe(
        { query: SUBSCRIPTION, variables: { p: projectId } },
        {
          next: (msg) => {
            const at = now();
            received++;
            lastReceive = at;
            g.events[index]++;
            g.lastEvent = at;
            const name = msg.data?.taskUpdated?.task?.name;
            const m = typeof name === 'string' ? /^fanout (\d+) @(\d+(?:\.\d+)?)$/.exec(name) : null;
            if (!m) {
              g.unexpected++;
              if (msg.errors) g.errors.push(msg.errors.map((e) => e.message).join('; '));
              return;
            }
            const seq = Number(m[1]);
            const n = (seen.get(seq) ?? 0) + 1;
            seen.set(seq, n);
            if (n === 1) g.latencies.push(at - Number(m[2]));
          },
          error: (err) => {
            g.errors.push(err instanceof Error ? err.message : JSON.stringify(err?.reason ?? err?.message ?? err));
            resolveConnected();
          },
          complete: () => {
            g.completed++;
          },
        },
      );
    }
  }
  const t0 = now();
  await Promise.all(connected);
  return { clients: clients.length, connectMs: now() - t0 };
}

/**
 * Sends `tasks.length` mutations at a fixed rate (open loop: a slow answer does not delay the next send;
 * with `sequential`, closed loop: each waits for the previous answer, and for its turn at that rate),
 * then waits until every subscriber has every event or nothing arrives for `quietMs`.
 */
async function fire({ httpUrl, cookie, tasks, ratePerSecond, sequential = false, quietMs = 3000, maxWaitMs = 15000 }) {
  const interval = 1000 / ratePerSecond;
  const cpu0 = process.cpuUsage();
  const sends = [];
  const mutationMs = [];
  const failures = [];
  const start = now();
  for (let seq = 0; seq < tasks.length; seq++) {
    const due = start + seq * interval;
    const wait = due - now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t = tasks[seq];
    const sentAt = now();
    const input = { id: t.id, version: t.version, name: `fanout ${seq} @${sentAt.toFixed(3)}` };
    const sent = fetch(`${httpUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: MUTATION, variables: { input } }),
    })
      .then(async (res) => {
        const body = await res.json();
        mutationMs[seq] = now() - sentAt;
        if (res.status !== 200 || body.errors) failures.push({ seq, status: res.status, errors: body.errors?.map((e) => e.message) });
      })
      .catch((err) => failures.push({ seq, error: String(err) }));
    sends.push(sent);
    // One at a time: the next mutation leaves when this one has answered (and not before its turn).
    if (sequential) await sent;
  }
  await Promise.all(sends);
  const sendSeconds = (now() - start) / 1000;
  const expectedPerClient = tasks.length - failures.length;
  const totalClients = [...groups.values()].reduce((s, g) => s + g.clients, 0);
  const deadline = now() + maxWaitMs;
  lastReceive = Math.max(lastReceive, now());
  while (received < expectedPerClient * totalClients && now() - lastReceive < quietMs && now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const cpu = process.cpuUsage(cpu0);
  const out = {};
  for (const [name, g] of groups) {
    let delivered = 0;
    let duplicates = 0;
    let clientsMissing = 0;
    for (const seen of g.perClient) {
      delivered += seen.size;
      for (const n of seen.values()) duplicates += n - 1;
      if (seen.size < expectedPerClient) clientsMissing++;
    }
    out[name] = {
      clients: g.clients,
      expected: expectedPerClient * g.clients,
      delivered,
      duplicates,
      clientsMissing,
      unexpected: g.unexpected,
      completed: g.completed,
      errors: g.errors.slice(0, 5),
      latencies: g.latencies,
    };
  }
  const seconds = (now() - start) / 1000;
  return {
    sent: tasks.length,
    failed: failures.length,
    failures: failures.slice(0, 5),
    sendSeconds,
    mutationMs: mutationMs.filter((x) => typeof x === 'number'),
    groups: out,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

const PROBE = JSON.stringify({ query: '{ viewer { id } }' });

/** Times a small authenticated query every `everyMs` until `stop()`; resolves with the samples. */
function probe(url, cookie, everyMs) {
  const samples = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const t = now();
      try {
        const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: PROBE });
        await res.text();
        samples.push(now() - t);
      } catch {
        samples.push(Infinity);
      }
      const wait = everyMs - (now() - t);
      if (wait > 0 && running) await new Promise((r) => setTimeout(r, wait));
    }
    return samples;
  })();
  return {
    stop: () => {
      running = false;
      return done;
    },
  };
}

/**
 * Sends one mutation that fans out into many events (e.g. a structural change that renumbers the
 * outline) and counts what every subscriber receives until nothing arrives for `quietMs`. Meanwhile
 * a small query probes every instance, to show how responsive they stay.
 */
async function burst({ httpUrl, probeUrls, cookie, query, variables, quietMs = 1500, maxWaitMs = 15000 }) {
  const probeAll = () => Object.entries(probeUrls).map(([name, url]) => [name, probe(url, cookie, 100)]);
  const idle = probeAll();
  await new Promise((r) => setTimeout(r, 1000));
  const probes = {};
  for (const [name, p] of idle) probes[name] = { before: await p.stop() };
  const before = new Map([...groups].map(([name, g]) => [name, [...g.events]]));
  const cpu0 = process.cpuUsage();
  const busy = probeAll();
  const t0 = now();
  const res = await fetch(`${httpUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  const mutationMs = now() - t0;
  const deadline = t0 + maxWaitMs;
  const total = () => [...groups.values()].reduce((s, g) => s + g.events.reduce((a, b) => a + b, 0), 0);
  let seen = -1;
  let quietSince = now();
  while (now() < deadline) {
    const n = total();
    if (n !== seen) {
      seen = n;
      quietSince = now();
    } else if (now() - quietSince >= quietMs) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const cpu = process.cpuUsage(cpu0);
  for (const [name, p] of busy) probes[name].during = await p.stop();
  const out = {};
  for (const [name, g] of groups) {
    const per = g.events.map((n, i) => n - before.get(name)[i]);
    out[name] = {
      clients: g.clients,
      delivered: per.reduce((a, b) => a + b, 0),
      perClientMin: Math.min(...per),
      perClientMax: Math.max(...per),
      lastMs: g.lastEvent > t0 ? g.lastEvent - t0 : null,
    };
  }
  return { status: res.status, errors: body.errors?.map((e) => e.message), data: body.data, mutationMs, groups: out, timedOut: now() >= deadline, probes, quietMs, seconds: (now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

serveParent({
  connect,
  fire,
  burst,
  exit: async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    clients = [];
    groups = new Map();
  },
});

/**
 * One collab server under test, in its own process so its RSS and CPU are its own.
 * kind "trellis": the built @trellis/collab (PgDocStore + PgNotifyFanout, as deployed).
 * kind "trellis-memory": the same with MemoryDocStore, to separate the cost of PostgreSQL (opt-in).
 * kind "reference": @y/websocket-server 0.1.1 (`setupWSConnection`, in memory, no persistence).
 */
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { serveParent } from '../../graphql/lib/child.mjs';

let server;
let stopService = async () => {};
let peakRss = 0;
let cpuAtMark = process.cpuUsage();

const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 100);

async function startTrellis(databaseUrl, inMemory) {
  const { default: pg } = await import('pg');
  const { createCollabServer, InProcessFanout, MemoryDocStore, PgDocStore, PgNotifyFanout } = await import('../../../collab/dist/index.js');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const fanout = inMemory ? new InProcessFanout() : new PgNotifyFanout({ pool });
  const store = inMemory ? new MemoryDocStore() : new PgDocStore(pool);
  const collab = createCollabServer(
    process.env.BENCH_COLLAB_CONFIG ? JSON.parse(process.env.BENCH_COLLAB_CONFIG) : {},
    {
      store,
      fanout,
      // The benchmark measures sync and storage, not authentication: every client is a writer.
      async authenticate(_req, _doc, params) {
        const user = params.get('user');
        return { id: user, userId: user, name: 'bench', canWrite: true };
      },
    },
  );
  await collab.ready;
  server.on('upgrade', (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  stopService = async () => {
    await collab.close();
    await fanout.close();
    await pool.end();
  };
  return () => collab.stats();
}

async function startReference() {
  const { WebSocketServer } = await import('ws');
  const { setupWSConnection } = await import('@y/websocket-server/utils');
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith('/collab/')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { docName: url.pathname.slice('/collab/'.length) }));
  });
  stopService = async () => {
    for (const ws of wss.clients) ws.terminate();
    wss.close();
  };
  return () => ({});
}

let stats = () => ({});
let kindRunning = '';

/** BENCH_COLLAB_PROFILE=<dir>: a V8 CPU profile of the measured phase, one file per server run. */
const profileDir = process.env.BENCH_COLLAB_PROFILE;
let profiler = null;

serveParent({
  async start({ kind, databaseUrl }) {
    kindRunning = kind;
    server = http.createServer((_req, res) => res.writeHead(404).end());
    stats = kind === 'reference' ? await startReference() : await startTrellis(databaseUrl, kind === 'trellis-memory');
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `ws://127.0.0.1:${server.address().port}/collab` };
  },
  /** Starts the measured phase: CPU is counted from here. */
  async mark() {
    if (profileDir) {
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    cpuAtMark = process.cpuUsage();
    return null;
  },
  async measure() {
    const cpu = process.cpuUsage(cpuAtMark);
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(path.join(profileDir, `${kindRunning}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
      profiler.disconnect();
      profiler = null;
    }
    return { cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: peakRss / 2 ** 20, stats: stats() };
  },
  async exit() {
    clearInterval(sampler);
    await stopService();
    server?.closeAllConnections();
    server?.close();
  },
});

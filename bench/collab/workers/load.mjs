/**
 * The load generator: stock y-websocket clients, one writer per room typing into a Y.Text, the
 * others reading. Each insertion is a token "<room>:<seq>:<send time ms>;" so readers measure the
 * latency of every update and notice any that never arrives.
 */
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { serveParent } from '../../graphql/lib/child.mjs';
import { summarise } from '../../graphql/lib/stats.mjs';

// Every y-websocket provider adds a process 'exit' listener; a thousand of them are expected here.
process.setMaxListeners(0);

const now = () => performance.timeOrigin + performance.now();
const TOKEN = /(\d+):(\d+):([\d.]+);/g;

let rooms = [];
let latencies = [];
let closes = 0;

function client(url, room, onText) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, `bench/${room.name}`, doc, {
    WebSocketPolyfill: WebSocket,
    disableBc: true,
    params: { user: randomUUID() },
  });
  // Trellis sends "saved" acknowledgements (type 100); a Trellis client reads them, so do we.
  provider.messageHandlers[100] = () => {};
  provider.on('connection-close', () => closes++);
  if (onText) doc.getText('body').observe((event) => onText(event));
  return { doc, provider };
}

function reader(url, room) {
  const seen = new Set();
  const c = client(url, room, (event) => {
    const at = now();
    for (const d of event.delta) {
      if (typeof d.insert !== 'string') continue;
      for (const m of d.insert.matchAll(TOKEN)) {
        const seq = Number(m[2]);
        if (seen.has(seq)) continue;
        seen.add(seq);
        latencies.push(at - Number(m[3]));
      }
    }
  });
  return { ...c, seen };
}

async function waitUntil(predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

serveParent({
  async connect({ url, rooms: roomCount, clientsPerRoom }) {
    const prefix = randomUUID().slice(0, 8);
    rooms = [];
    for (let i = 0; i < roomCount; i++) {
      const room = { index: i, name: `${prefix}-${i}`, sent: 0, timer: null };
      room.writer = client(url, room);
      room.readers = [];
      for (let j = 1; j < clientsPerRoom; j++) room.readers.push(reader(url, room));
      rooms.push(room);
    }
    const all = rooms.flatMap((r) => [r.writer, ...r.readers]);
    const ok = await waitUntil(() => all.every((c) => c.provider.synced), 60_000);
    if (!ok) throw new Error(`only ${all.filter((c) => c.provider.synced).length} of ${all.length} clients synced`);
    latencies = [];
    closes = 0;
    return { clients: all.length };
  },

  async run({ rateHz, durationS, graceMs }) {
    const cpuAtStart = process.cpuUsage();
    const period = 1000 / rateHz;
    for (const room of rooms) {
      const text = room.writer.doc.getText('body');
      const type = () => {
        text.insert(text.length, `${room.index}:${room.sent++}:${now().toFixed(2)};`);
      };
      // Spread the writers over the period so the load is steady rather than 10 bursts a second.
      room.phase = setTimeout(() => {
        type();
        room.timer = setInterval(type, period);
      }, Math.random() * period);
    }
    await new Promise((r) => setTimeout(r, durationS * 1000));
    for (const room of rooms) {
      clearTimeout(room.phase);
      clearInterval(room.timer);
    }
    const complete = () => rooms.every((room) => room.readers.every((rd) => rd.seen.size >= room.sent));
    await waitUntil(complete, graceMs);
    const sent = rooms.reduce((n, r) => n + r.sent, 0);
    const lost = rooms.reduce((n, room) => n + room.readers.reduce((m, rd) => m + (room.sent - rd.seen.size), 0), 0);
    const s = summarise(latencies);
    const cpu = process.cpuUsage(cpuAtStart);
    return { sent, deliveries: latencies.length, lost, p50: s.p50, p99: s.p99, max: s.max, closes, loadCpuSeconds: (cpu.user + cpu.system) / 1e6 };
  },

  async close() {
    for (const room of rooms) {
      for (const c of [room.writer, ...room.readers]) {
        c.provider.destroy();
        c.doc.destroy();
      }
    }
    rooms = [];
    return null;
  },
});

import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { createLogger } from '../src/common/logger.js';
import { publishInTransaction } from '../src/common/events.js';
import { collect, startHarness, wsClient, type Harness, type TestUser } from './harness.js';

/**
 * Events through Redis pub/sub instead of NOTIFY, when REDIS_URL names a Redis to use
 * (`.ci/run` sets it; on a machine without Redis these tests are skipped and say so).
 */
const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn('REDIS_URL is not set: skipping the Redis event transport tests');

describe.skipIf(!REDIS_URL)('events through Redis', () => {
  let h: Harness;
  let second: App;
  let secondUrl: string;
  let owner: TestUser;
  let projectId: string;

  beforeAll(async () => {
    h = await startHarness({ REDIS_URL: REDIS_URL! });
    second = await createApp(h.config, { databaseUrl: h.databaseUrl, logger: createLogger('silent') });
    secondUrl = await second.listen(0, '127.0.0.1');
    owner = await h.user('Owner');
    projectId = (await h.gql(`mutation { projectCreate(input: { key: "RDS", name: "Redis" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
  });
  afterAll(async () => {
    await second?.close();
    await h?.close();
  });

  it('delivers a write on instance A to subscribers of instance B, after commit only', async () => {
    const onB = collect(wsClient(secondUrl, owner), `subscription($p: UUID!) { taskUpdated(projectId: $p) { action task { name } } }`, { p: projectId });
    await vi.waitFor(() => expect(second.hub.watching('TASK_UPDATED', projectId)).toBe(1));
    const spy = new Redis(REDIS_URL!);
    const onRedis: { type: string; ids?: string[] }[] = [];
    spy.on('message', (_c: string, m: string) => onRedis.push(JSON.parse(m)));
    await spy.subscribe(`trellis:${new URL(h.databaseUrl).pathname.slice(1)}:events`);
    onTestFinished(() => void spy.quit());
    await expect(
      h.app.dataSource.transaction(async (m) => {
        await publishInTransaction(m, { type: 'task', projectId, action: 'UPDATED', ids: ['00000000-0000-0000-0000-000000000000'] });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await h.gql(`mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Via Redis" }) { task { id } } }`, { p: projectId }, owner);
    const evs = await onB.until((e) => e.length >= 1);
    expect(evs.map((e) => e.data!.taskUpdated)).toEqual([{ action: 'CREATED', task: { name: 'Via Redis' } }]);
    // The rolled-back event never reached Redis; the committed ones did.
    await vi.waitFor(() => expect(onRedis.length).toBeGreaterThanOrEqual(2));
    expect(onRedis.map((m) => m.type)).toEqual(expect.arrayContaining(['task', 'activity']));
    expect(onRedis.some((m) => m.type === 'task' && m.ids?.includes('00000000-0000-0000-0000-000000000000'))).toBe(false);
    onB.unsubscribe();
  });

  it('a sign-out on instance A closes the sockets that session opened on instance B', async () => {
    const leaver = await h.user('Leaver');
    let onClosed!: (e: { code: number; reason: string }) => void;
    const closed = new Promise<{ code: number; reason: string }>((r) => (onClosed = r));
    const client = createClient({
      url: secondUrl.replace('http', 'ws') + '/graphql',
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: leaver.cookie! } });
        }
      },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
      on: { closed: (e) => onClosed(e as { code: number; reason: string }) },
    });
    onTestFinished(() => client.dispose());
    const viewer = await new Promise<unknown>((resolve, reject) =>
      client.subscribe({ query: `{ viewer { name } }` }, { next: (v) => resolve(v.data), error: reject, complete: () => undefined }),
    );
    expect(viewer).toEqual({ viewer: { name: 'Leaver' } });
    await h.gql(`mutation { signOut }`, {}, leaver);
    const { code, reason } = await closed;
    expect({ code, reason }).toEqual({ code: 4403, reason: 'The session has ended: sign in again' });
  });
});

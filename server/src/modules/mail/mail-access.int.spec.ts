import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Credentials, type Harness, type TestUser } from '../../../test/harness.js';
import { OutboxKind } from './index.js';

/**
 * The authorization matrix of the mail module: the outbox and its retry are for managers and
 * owners; a calendar feed is anyone's in the project for themselves, and only its maker revokes it;
 * strangers get NOT_FOUND. A refused mutation leaves no trace in the activity log.
 */
type Role = 'OWNER' | 'MANAGER' | 'MEMBER' | 'VIEWER' | 'STRANGER' | 'ANONYMOUS';
const ROLES: Role[] = ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER', 'STRANGER', 'ANONYMOUS'];

interface Fixture {
  projectId: string;
  messageId: string;
  feedId: string;
}

interface Case {
  name: string;
  query: string;
  vars: (f: Fixture) => Record<string, unknown>;
  /** What each role gets: 'ok' or the error code. */
  expect: Record<Role, string>;
}

const refusals = { STRANGER: 'NOT_FOUND', ANONYMOUS: 'UNAUTHENTICATED' } as const;
const CASES: Case[] = [
  {
    name: 'outboxRetry',
    query: `mutation($id: UUID!) { outboxRetry(id: $id) { message { id } } }`,
    vars: (f) => ({ id: f.messageId }),
    expect: { OWNER: 'ok', MANAGER: 'ok', MEMBER: 'FORBIDDEN', VIEWER: 'FORBIDDEN', ...refusals },
  },
  {
    name: 'calendarFeedCreate',
    query: `mutation($p: UUID!) { calendarFeedCreate(projectId: $p, name: "Laptop") { token } }`,
    vars: (f) => ({ p: f.projectId }),
    expect: { OWNER: 'ok', MANAGER: 'ok', MEMBER: 'ok', VIEWER: 'ok', ...refusals },
  },
  {
    // The owner's feed: nobody else can see it exists, managers included.
    name: 'calendarFeedRevoke',
    query: `mutation($id: UUID!) { calendarFeedRevoke(id: $id) { feed { id } } }`,
    vars: (f) => ({ id: f.feedId }),
    expect: { OWNER: 'ok', MANAGER: 'NOT_FOUND', MEMBER: 'NOT_FOUND', VIEWER: 'NOT_FOUND', ...refusals },
  },
];

let h: Harness;
let n = 0;
let users: Record<Exclude<Role, 'ANONYMOUS'>, TestUser>;

async function fixture(): Promise<Fixture> {
  n++;
  const ok = async (q: string, v: Record<string, unknown>) => {
    const r = await h.gql(q, v, users.OWNER);
    if (r.errors) throw new Error(`fixture: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const projectId = (await ok(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Mail matrix" }) { project { id } } }`, { k: `MA${n}` })).projectCreate.project.id;
  for (const role of ['MANAGER', 'MEMBER', 'VIEWER'] as const) await h.join(projectId, users[role], role, users.OWNER);
  const message = await h.app.dataSource.transaction((m) =>
    h.app.services.mail.queue(m, { projectId, kind: OutboxKind.OTHER, subject: 'Hello', text: 'Hello.', audience: { userIds: [users.OWNER.id] } }),
  );
  const feedId = (await ok(`mutation($p: UUID!) { calendarFeedCreate(projectId: $p, name: "Phone") { feed { id } } }`, { p: projectId })).calendarFeedCreate.feed.id;
  return { projectId, messageId: message!.id, feedId };
}

const activityCount = async (projectId: string) => Number((await h.app.dataSource.query('SELECT count(*) AS n FROM activities WHERE project_id = $1', [projectId]))[0].n);

beforeAll(async () => {
  // A mail server that is not there: retries are accepted and fail quietly in the background.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  h = await startHarness({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_INTERVAL_SECONDS: '0' });
  users = {
    OWNER: await h.user('Owner'),
    MANAGER: await h.user('Manager'),
    MEMBER: await h.user('Member'),
    VIEWER: await h.user('Viewer'),
    STRANGER: await h.user('Stranger'),
  };
});
afterAll(() => h?.close());

describe('mail authorization matrix', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      for (const role of ROLES) {
        const expected = c.expect[role];
        it(`${c.name} as ${role} → ${expected}`, async () => {
          const f = await fixture();
          const as: Credentials | undefined = role === 'ANONYMOUS' ? undefined : users[role];
          const before = await activityCount(f.projectId);
          const r = await h.gql(c.query, c.vars(f), as);
          if (expected === 'ok') {
            expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
            expect(await activityCount(f.projectId)).toBeGreaterThan(before);
          } else {
            expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.errors)).toBe(expected);
            expect(await activityCount(f.projectId)).toBe(before);
          }
        });
      }
    });
  }

  it('reads: the outbox is for managers and owners; each person sees only their own calendar feeds', async () => {
    const f = await fixture();
    const outbox = `query($id: UUID!) { project(id: $id) { outbox { totalCount } mailDelivery { configured } } }`;
    for (const role of ['OWNER', 'MANAGER'] as const) {
      const r = await h.gql(outbox, { id: f.projectId }, users[role]);
      expect(r.errors, role).toBeUndefined();
      expect(r.data!.project.outbox.totalCount).toBe(1);
      expect(r.data!.project.mailDelivery.configured).toBe(true);
    }
    for (const role of ['MEMBER', 'VIEWER'] as const) expect((await h.gql(outbox, { id: f.projectId }, users[role])).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await h.gql(outbox, { id: f.projectId }, users.STRANGER)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const feeds = `query($id: UUID!) { project(id: $id) { calendarFeeds { id } } }`;
    expect((await h.gql(feeds, { id: f.projectId }, users.OWNER)).data!.project.calendarFeeds).toEqual([{ id: f.feedId }]);
    expect((await h.gql(feeds, { id: f.projectId }, users.MANAGER)).data!.project.calendarFeeds).toEqual([]);
  });
});

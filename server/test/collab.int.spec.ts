import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { colorFor } from '@trellis/schema/presence';
import { addNode, archiveNode, moveNode, readOutline, renameNode, restoreNode } from '@trellis/schema/wbs';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/common/logger.js';
import { loadConfig } from '../src/config.js';
import { collect, startHarness, type Credentials, type Harness, type TestUser } from './harness.js';

let h: Harness;
let owner: TestUser;
let member: TestUser;
let viewer: TestUser;
let stranger: TestUser;
let projectId: string;
const providers: WebsocketProvider[] = [];

const TICKET = `mutation($d: String!) { collabTicket(document: $d) { token url document canWrite expiresAt } }`;
const TASKS = `query($id: UUID!) { project(id: $id) { tasks(first: 500) { nodes { id name wbsCode parentId kind archivedAt } } } }`;

interface Opened {
  doc: Y.Doc;
  provider: WebsocketProvider;
  canWrite: boolean;
  closes: number[];
}

/** A real y-websocket client on the server's /collab endpoint, with a ticket from GraphQL. */
async function open(as: Credentials, kind: 'wbs' | 'charter', pid = projectId, via?: string): Promise<Opened> {
  const t = await h.gql(TICKET, { d: `project/${pid}/${kind}` }, as);
  expect(t.errors).toBeUndefined();
  const { token, document, canWrite } = t.data!.collabTicket;
  const url = via ? `${via.replace('http', 'ws')}/collab` : t.data!.collabTicket.url;
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, document, doc, { WebSocketPolyfill: WebSocket as never, disableBc: true, params: { ticket: token } });
  providers.push(provider);
  // Message 100 tells what the server has stored (the editors' "saved" indicator); not needed here.
  provider.messageHandlers[100] = () => undefined;
  const closes: number[] = [];
  provider.on('connection-close', (e: { code: number } | null) => {
    if (e) closes.push(e.code);
  });
  await new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.once('sync', () => resolve());
  });
  return { doc, provider, canWrite, closes };
}

/** Connects with a raw ticket string and reports the close code. */
function closeCodeFor(document: string, ticket: string | null): Promise<number> {
  return new Promise((resolve) => {
    const q = ticket === null ? '' : `?ticket=${encodeURIComponent(ticket)}`;
    const ws = new WebSocket(`${h.url.replace('http', 'ws')}/collab/${document}${q}`);
    ws.on('close', (code) => resolve(code));
    ws.on('error', () => undefined);
  });
}

const tasks = async (as: Credentials = owner) =>
  ((await h.gql(TASKS, { id: projectId }, as)).data!.project.tasks.nodes as { id: string; name: string; wbsCode: string; parentId: string | null; kind: string }[]);

beforeAll(async () => {
  h = await startHarness();
  [owner, member, viewer, stranger] = await Promise.all([h.user('Olivia Owner'), h.user('Max Member'), h.user('Vera Viewer'), h.user('Sam Stranger')]);
  const p = await h.gql(`mutation { projectCreate(input: { key: "LIVE", name: "Live planning" }) { project { id } } }`, {}, owner);
  projectId = p.data!.projectCreate.project.id;
  for (const [u, role] of [
    [member, 'MEMBER'],
    [viewer, 'VIEWER'],
  ] as const) {
    await h.join(projectId, u, role, owner);
  }
});

afterEach(() => {
  for (const p of providers.splice(0)) p.destroy();
});

afterAll(async () => {
  await h?.close();
});

describe('collaborative WBS document', () => {
  it('a node added in the document becomes a task row, visible over GraphQL and pushed as taskUpdated and boardUpdated', async () => {
    const sub = collect(h.ws(owner), `subscription($p: UUID!) { taskUpdated(projectId: $p) { action task { id name wbsCode } } }`, { p: projectId });
    const board = collect(h.ws(owner), `subscription($p: UUID!) { boardUpdated(projectId: $p) { columns { cards { id name } } } }`, { p: projectId });
    await new Promise((r) => setTimeout(r, 100));
    const a = await open(member, 'wbs');
    expect(a.canWrite).toBe(true);
    const id = addNode(a.doc, { parentId: null, name: 'Written in the outline' });
    await expect.poll(async () => (await tasks()).find((t) => t.id === id), { timeout: 5000 }).toMatchObject({ name: 'Written in the outline', wbsCode: '1' });
    const events = await sub.until((e) => e.some((x) => x.data?.taskUpdated.task.id === id));
    expect(events.find((x) => x.data?.taskUpdated.task.id === id)!.data!.taskUpdated.action).toBe('CREATED');
    // The activity names the person who typed it.
    const act = await h.gql(`query($id: UUID!) { task(id: $id) { activity(first: 5) { nodes { action actor { name } } } } }`, { id }, owner);
    expect(act.data!.task.activity.nodes[0]).toMatchObject({ action: 'CREATED', actor: { name: 'Max Member' } });
    // A wall board watching the project gets the new card.
    await board.until((e) => e.some((x) => x.data?.boardUpdated.columns.some((c: { cards: { id: string }[] }) => c.cards.some((card) => card.id === id))));
    sub.unsubscribe();
    board.unsubscribe();
  });

  it('taskCreate, taskUpdate (rename), taskMove and taskDelete over GraphQL reach an open document at once', async () => {
    const a = await open(owner, 'wbs');
    const created = await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId, name: 'From GraphQL' } }, owner);
    const { id, version } = created.data!.taskCreate.task;
    await expect.poll(() => readOutline(a.doc).byId.get(id)?.name, { timeout: 5000 }).toBe('From GraphQL');
    await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { name } } }`, { i: { id, version, name: 'Renamed over GraphQL' } }, owner);
    await expect.poll(() => readOutline(a.doc).byId.get(id)?.name, { timeout: 5000 }).toBe('Renamed over GraphQL');
    // taskRename needs no version: the outline's last rename wins.
    await h.gql(`mutation($id: UUID!, $n: String!) { taskRename(id: $id, name: $n) { task { name } } }`, { id, n: '  Renamed again  ' }, owner);
    await expect.poll(() => readOutline(a.doc).byId.get(id)?.name, { timeout: 5000 }).toBe('Renamed again');
    const blank = await h.gql(`mutation($id: UUID!) { taskRename(id: $id, name: "   ") { task { name } } }`, { id }, owner);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const rename = `mutation($id: UUID!) { taskRename(id: $id, name: "Not yours") { task { name } } }`;
    expect((await h.gql(rename, { id }, viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(rename, { id }, stranger)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(readOutline(a.doc).byId.get(id)?.name).toBe('Renamed again');
    const parent = (await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Parent' } }, owner)).data!.taskCreate.task.id;
    await h.gql(`mutation($i: TaskMoveInput!) { taskMove(input: $i) { task { id } } }`, { i: { id, parentId: parent } }, owner);
    await expect.poll(() => readOutline(a.doc).byId.get(id)?.parentId, { timeout: 5000 }).toBe(parent);
    await h.gql(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: parent }, owner);
    await expect.poll(() => readOutline(a.doc).byId.has(id), { timeout: 5000 }).toBe(false);
  });

  it('deleting in the document archives the sub-tree and its links; undo brings it back', async () => {
    const a = await open(owner, 'wbs');
    const root = addNode(a.doc, { parentId: null, name: 'Phase to delete' });
    const child = addNode(a.doc, { parentId: root, name: 'Its step' });
    const other = addNode(a.doc, { parentId: null, name: 'Successor' });
    await expect.poll(async () => (await tasks()).filter((t) => [root, child, other].includes(t.id)).length, { timeout: 5000 }).toBe(3);
    const link = await h.gql(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: child, successorId: other } }, owner);
    expect(link.errors).toBeUndefined();
    archiveNode(a.doc, root);
    await expect.poll(async () => (await tasks()).some((t) => t.id === root || t.id === child), { timeout: 5000 }).toBe(false);
    const succ = await h.gql(`query($id: UUID!) { task(id: $id) { predecessors { id } } }`, { id: other }, owner);
    expect(succ.data!.task.predecessors).toEqual([]);
    restoreNode(a.doc, root);
    await expect.poll(async () => (await tasks()).some((t) => t.id === root), { timeout: 5000 }).toBe(true);
    // A node removed outright from the document (not archived) takes its task out too.
    a.doc.getMap('nodes').delete(other);
    await expect.poll(async () => (await tasks()).some((t) => t.id === other), { timeout: 5000 }).toBe(false);
    await expect.poll(async () => (await tasks()).filter((t) => t.id === root || t.id === child).map((t) => t.name).sort(), { timeout: 5000 }).toEqual([
      'Its step',
      'Phase to delete',
    ]);
  });

  it('two people moving A under B and B under A at once end with one tree, no cycle, the same in rows and documents', async () => {
    const a = await open(owner, 'wbs');
    const b = await open(member, 'wbs');
    const idA = addNode(a.doc, { parentId: null, name: 'Conflict A' });
    const idB = addNode(a.doc, { parentId: null, name: 'Conflict B' });
    await expect.poll(() => readOutline(b.doc).byId.has(idB), { timeout: 5000 }).toBe(true);
    // Cut both off, make the conflicting moves offline, then let them meet.
    a.provider.disconnect();
    b.provider.disconnect();
    moveNode(a.doc, idA, idB);
    moveNode(b.doc, idB, idA);
    a.provider.connect();
    b.provider.connect();
    const shape = (doc: Y.Doc) => readOutline(doc).nodes.map((n) => `${n.code} ${n.name}`);
    // Both replicas hold both moves once they have exchanged updates.
    await expect.poll(() => readOutline(b.doc).raw.get(idA)?.parent, { timeout: 5000 }).toBe(idB);
    await expect.poll(() => JSON.stringify(shape(a.doc)) === JSON.stringify(shape(b.doc)), { timeout: 5000 }).toBe(true);
    const outline = readOutline(a.doc);
    // Exactly one of them is under the other.
    expect([outline.byId.get(idA)!.parentId, outline.byId.get(idB)!.parentId].filter(Boolean)).toHaveLength(1);
    await expect
      .poll(
        async () => {
          const rows = await tasks();
          return [idA, idB].map((id) => `${rows.find((t) => t.id === id)?.parentId ?? null}|${rows.find((t) => t.id === id)?.wbsCode}`);
        },
        { timeout: 5000 },
      )
      .toEqual([idA, idB].map((id) => `${outline.byId.get(id)!.parentId}|${outline.byId.get(id)!.code}`));
  });

  it('a viewer follows the document live but what it sends is dropped and never stored', async () => {
    const v = await open(viewer, 'wbs');
    expect(v.canWrite).toBe(false);
    const o = await open(owner, 'wbs');
    const seen = addNode(o.doc, { parentId: null, name: 'Seen by the viewer' });
    await expect.poll(() => readOutline(v.doc).byId.has(seen), { timeout: 5000 }).toBe(true);
    const sneaky = addNode(v.doc, { parentId: null, name: 'Viewer edit' });
    renameNode(v.doc, seen, 'Renamed by the viewer');
    await new Promise((r) => setTimeout(r, 600));
    expect(readOutline(o.doc).byId.has(sneaky)).toBe(false);
    expect((await tasks()).some((t) => t.id === sneaky || t.name === 'Renamed by the viewer')).toBe(false);
    // A fresh reader gets the stored state: no trace of the viewer's edits.
    const fresh = await open(owner, 'wbs');
    expect(readOutline(fresh.doc).byId.has(sneaky)).toBe(false);
    expect(readOutline(fresh.doc).byId.get(seen)!.name).toBe('Seen by the viewer');
  });
});

describe('presence in a document', () => {
  it('shows the ticket\'s person: a viewer claiming to be the owner appears under their own name and colour', async () => {
    const v = await open(viewer, 'wbs');
    const o = await open(owner, 'wbs');
    v.provider.awareness.setLocalStateField('user', { id: owner.id, name: 'Olivia Owner', color: '#000000' });
    v.provider.awareness.setLocalStateField('focus', { taskId: null });
    await expect
      .poll(() => o.provider.awareness.getStates().get(v.doc.clientID)?.user, { timeout: 5000 })
      .toEqual({ id: viewer.id, name: 'Vera Viewer', color: colorFor(viewer.id) });
  });
});

describe('several server instances', () => {
  it('clients on two instances of one database converge, and each change is projected once', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    const other = await createApp(config, { databaseUrl: h.databaseUrl, logger: createLogger('silent') });
    try {
      const otherUrl = await other.listen(0, '127.0.0.1');
      const a = await open(owner, 'wbs');
      const b = await open(member, 'wbs', projectId, otherUrl);
      const fromA = addNode(a.doc, { parentId: null, name: 'Typed on instance A' });
      const fromB = addNode(b.doc, { parentId: null, name: 'Typed on instance B' });
      await expect.poll(() => readOutline(b.doc).byId.has(fromA) && readOutline(a.doc).byId.has(fromB), { timeout: 5000 }).toBe(true);
      expect(readOutline(a.doc).nodes.map((n) => n.id)).toEqual(readOutline(b.doc).nodes.map((n) => n.id));
      await expect.poll(async () => (await tasks()).filter((t) => t.id === fromA || t.id === fromB).length, { timeout: 5000 }).toBe(2);
      const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM activities WHERE entity_id = ANY($1) AND action = 'CREATED'`, [[fromA, fromB]]);
      expect(n).toBe(2);
    } finally {
      for (const p of providers.splice(0)) p.destroy();
      await other.close();
    }
  });
});

describe('access to documents', () => {
  it('a stranger gets no ticket; a bad document name is refused with the field', async () => {
    const s = await h.gql(TICKET, { d: `project/${projectId}/wbs` }, stranger);
    expect(s.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const bad = await h.gql(TICKET, { d: 'project/nope/wbs' }, owner);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
  });

  it('no ticket, a forged ticket or a ticket for another document closes with 4401', async () => {
    const doc = `project/${projectId}/wbs`;
    expect(await closeCodeFor(doc, null)).toBe(4401);
    expect(await closeCodeFor(doc, 'eyJkb2MiOiJ4In0.AAAA')).toBe(4401);
    const charter = (await h.gql(TICKET, { d: `project/${projectId}/charter` }, owner)).data!.collabTicket.token;
    expect(await closeCodeFor(doc, charter)).toBe(4401);
  });

  it('a member removed after getting a ticket is refused with 4403, and an open document is closed', async () => {
    const leaver = await h.user('Lee Leaver');
    await h.join(projectId, leaver, 'MEMBER', owner);
    const opened = await open(leaver, 'wbs');
    const spare = (await h.gql(TICKET, { d: `project/${projectId}/wbs` }, leaver)).data!.collabTicket.token;
    const removed = await h.gql(`mutation($p: UUID!, $u: UUID!) { memberRemove(projectId: $p, userId: $u) }`, { p: projectId, u: leaver.id }, owner);
    expect(removed.errors).toBeUndefined();
    await expect.poll(() => opened.closes.includes(4403), { timeout: 5000 }).toBe(true);
    expect(await closeCodeFor(`project/${projectId}/wbs`, spare)).toBe(4403);
  });

  it('a wall-board token may follow the WBS document read-only, and not the charter', async () => {
    const tok = await h.gql(`mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Wall") { token } }`, { p: projectId }, owner);
    expect(tok.errors).toBeUndefined();
    const wall = { bearer: tok.data!.boardTokenCreate.token as string };
    const t = await h.gql(TICKET, { d: `project/${projectId}/wbs` }, wall);
    expect(t.data!.collabTicket.canWrite).toBe(false);
    const c = await h.gql(TICKET, { d: `project/${projectId}/charter` }, wall);
    expect(c.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('collaborative charter document', () => {
  it('text typed into a section becomes the charter row; a GraphQL edit appears in the open document', async () => {
    const a = await open(member, 'charter');
    expect(a.canWrite).toBe(false); // members do not edit the charter
    const o = await open(owner, 'charter');
    expect(o.canWrite).toBe(true);
    o.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('Replace the legacy ERP by Q3.')]);
      o.doc.getXmlFragment('purpose').insert(0, [p]);
      const list = new Y.XmlElement('bulletList');
      list.insert(
        0,
        ['Go live in June', 'No data loss'].map((text) => {
          const li = new Y.XmlElement('listItem');
          const para = new Y.XmlElement('paragraph');
          para.insert(0, [new Y.XmlText(text)]);
          li.insert(0, [para]);
          return li;
        }),
      );
      o.doc.getXmlFragment('objectives').insert(0, [list]);
    });
    const CHARTER = `query($id: UUID!) { project(id: $id) { charter { purpose objectives version } } }`;
    await expect
      .poll(async () => (await h.gql(CHARTER, { id: projectId }, owner)).data!.project.charter, { timeout: 5000 })
      .toMatchObject({ purpose: 'Replace the legacy ERP by Q3.', objectives: ['Go live in June', 'No data loss'] });
    const { version } = (await h.gql(CHARTER, { id: projectId }, owner)).data!.project.charter;
    const upd = await h.gql(
      `mutation($i: CharterUpdateInput!) { charterUpdate(input: $i) { charter { inScope } } }`,
      { i: { projectId, version, inScope: 'Finance and procurement' } },
      owner,
    );
    expect(upd.errors).toBeUndefined();
    await expect.poll(() => a.doc.getXmlFragment('inScope').toString(), { timeout: 5000 }).toContain('Finance and procurement');
  });
});

describe('documents of projects that existed before', () => {
  it('are initialised from the rows once, even when several people open them at the same moment', async () => {
    const p = await h.gql(`mutation { projectCreate(input: { key: "OLD", name: "Older project" }) { project { id } } }`, {}, owner);
    const pid = p.data!.projectCreate.project.id;
    // Rows written the way an older version did, with no document yet.
    const [status] = await h.app.dataSource.query(`SELECT id FROM task_statuses WHERE project_id = $1 ORDER BY position LIMIT 1`, [pid]);
    const [root] = await h.app.dataSource.query(
      `INSERT INTO tasks (project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id) VALUES ($1, 1, NULL, 0, '1', '00001', 'Legacy phase', 'SUMMARY', $2) RETURNING id`,
      [pid, status.id],
    );
    await h.app.dataSource.query(
      `INSERT INTO tasks (project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id) VALUES ($1, 2, $3, 0, '1.1', '00001.00001', 'Legacy step', 'TASK', $2)`,
      [pid, status.id, root.id],
    );
    await h.app.dataSource.query(`UPDATE projects SET task_seq = 2 WHERE id = $1`, [pid]);
    const tickets = await Promise.all([1, 2, 3].map(() => h.gql(TICKET, { d: `project/${pid}/wbs` }, owner)));
    for (const t of tickets) expect(t.errors).toBeUndefined();
    const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM collab_updates WHERE doc_name = $1`, [`project/${pid}/wbs`]);
    expect(n).toBe(1);
    const a = await open(owner, 'wbs', pid);
    expect(readOutline(a.doc).nodes.map((n) => `${n.code} ${n.name}`)).toEqual(['1 Legacy phase', '1.1 Legacy step']);
  });
});

const WARNINGS = `query($id: UUID!) { project(id: $id) { activity(first: 100) { nodes { action entityId taskId field oldValue newValue actor { name } } } } }`;
interface WarningEntry {
  action: string;
  entityId: string;
  taskId: string | null;
  field: string;
  oldValue: unknown;
  newValue: { code: string; message: string };
  actor: { name: string } | null;
}
const warnings = async (pid = projectId, as: Credentials = owner) =>
  ((await h.gql(WARNINGS, { id: pid }, as)).data!.project.activity.nodes as WarningEntry[]).filter((a) => a.action === 'WARNING');

describe('edits the projection cannot take as sent', () => {
  it('one live edit with an upper-case id, another project\'s task id and U+0000 in names never stops the others; each is corrected in every open outline and reported', async () => {
    const other = await h.gql(`mutation { projectCreate(input: { key: "ELSE", name: "Someone else's" }) { project { id } } }`, {}, owner);
    const otherProject = other.data!.projectCreate.project.id;
    const foreign = (await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId: otherProject, name: 'Not in LIVE' } }, owner)).data!
      .taskCreate.task.id as string;
    const existing = (await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Renamed badly' } }, owner)).data!.taskCreate.task
      .id as string;
    const a = await open(member, 'wbs');
    const watcher = await open(owner, 'wbs');
    await expect.poll(() => readOutline(a.doc).byId.has(existing), { timeout: 5000 }).toBe(true);
    const upper = crypto.randomUUID().toUpperCase();
    let good = '';
    let nul = '';
    a.doc.transact(() => {
      const nodes = a.doc.getMap('nodes');
      for (const [id, name] of [
        [upper, 'Shouting id'],
        [foreign, 'Borrowed\u0000id'],
      ] as const) {
        const m = new Y.Map<unknown>();
        m.set('parent', null);
        m.set('order', 'a0');
        m.set('name', name);
        m.set('kind', 'TASK');
        nodes.set(id, m);
      }
      nul = addNode(a.doc, { parentId: null, name: 'x\u0000y' });
      good = addNode(a.doc, { parentId: null, name: 'Well formed' });
      renameNode(a.doc, existing, 'a\u0000b');
    });
    await expect
      .poll(async () => (await tasks()).filter((t) => [good, nul, existing].includes(t.id)).map((t) => t.name).sort(), { timeout: 5000 })
      .toEqual(['Well formed', 'ab', 'xy']);
    const rows = await tasks();
    expect(rows.some((t) => t.id === upper.toLowerCase() || t.id === foreign)).toBe(false);
    // The other project's task is untouched.
    const still = await h.gql(`query($id: UUID!) { task(id: $id) { name project { id } } }`, { id: foreign }, owner);
    expect(still.data!.task).toMatchObject({ name: 'Not in LIVE', project: { id: otherProject } });
    // Every open outline (the author's and the others') receives the corrections.
    for (const doc of [a.doc, watcher.doc]) {
      await expect.poll(() => [upper, foreign].some((id) => doc.getMap('nodes').has(id)), { timeout: 5000 }).toBe(false);
      await expect.poll(() => [readOutline(doc).byId.get(nul)?.name, readOutline(doc).byId.get(existing)?.name], { timeout: 5000 }).toEqual(['xy', 'ab']);
    }
    // Managers see what was not taken, who sent it and which node.
    const seen = await warnings();
    const codeOf = (node: string) => seen.find((w) => w.entityId === node)?.newValue.code;
    expect([codeOf(upper), codeOf(foreign), codeOf(nul), codeOf(existing)]).toEqual(['INVALID_ID', 'FOREIGN_ID', 'NUL_STRIPPED', 'NUL_STRIPPED']);
    expect(seen.filter((w) => [upper, foreign, nul, existing].includes(w.entityId)).every((w) => w.actor?.name === 'Max Member')).toBe(true);
    expect(seen.find((w) => w.entityId === existing)).toMatchObject({ taskId: existing, field: 'name', oldValue: 'a\uFFFDb' });
    // The project goes on: GraphQL and later live edits reach the rows.
    const created = await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'After the bad edit' } }, member);
    expect(created.errors).toBeUndefined();
    const later = addNode(a.doc, { parentId: null, name: 'Later edit' });
    await expect.poll(async () => (await tasks()).some((t) => t.id === later), { timeout: 5000 }).toBe(true);
    // Reported once: projecting again finds nothing left to correct.
    expect((await warnings()).length).toBe(seen.length);
  });

  it('a name longer than a task name holds, written by a client that does not hold it to the limit, is cut in every open outline and reported', async () => {
    const existing = (await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Named at length' } }, owner)).data!.taskCreate
      .task.id as string;
    const a = await open(owner, 'wbs');
    await expect.poll(() => readOutline(a.doc).byId.has(existing), { timeout: 5000 }).toBe(true);
    // Past the shared mutators, which cut silently: the raw map, as a foreign client could write it.
    a.doc.transact(() => (a.doc.getMap('nodes').get(existing) as Y.Map<unknown>).set('name', 'y'.repeat(10_000)));
    await expect.poll(() => readOutline(a.doc).byId.get(existing)?.name.length, { timeout: 5000 }).toBe(500);
    const w = (await warnings()).find((x) => x.entityId === existing && x.newValue.code === 'NAME_CUT');
    expect(w?.newValue.message).toBe('the name had 10000 characters and a task name holds 500; it was cut to the first 500');
  });

  it('U+0000 typed into the charter document is dropped from the row with a warning, and charterUpdate keeps working', async () => {
    const o = await open(owner, 'charter');
    o.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('Broken\u0000sponsor note')]);
      o.doc.getXmlFragment('assumptions').insert(0, [p]);
    });
    const CHARTER = `query($id: UUID!) { project(id: $id) { charter { assumptions version } } }`;
    await expect.poll(async () => (await h.gql(CHARTER, { id: projectId }, owner)).data!.project.charter.assumptions, { timeout: 5000 }).toBe('Brokensponsor note');
    const { version } = (await h.gql(CHARTER, { id: projectId }, owner)).data!.project.charter;
    const upd = await h.gql(`mutation($i: CharterUpdateInput!) { charterUpdate(input: $i) { charter { outOfScope } } }`, { i: { projectId, version, outOfScope: 'Payroll' } }, owner);
    expect(upd.errors).toBeUndefined();
    expect(upd.data!.charterUpdate.charter.outOfScope).toBe('Payroll');
    const w = (await warnings()).find((x) => x.field === 'assumptions');
    expect(w).toMatchObject({ newValue: { code: 'NUL_STRIPPED' }, actor: { name: 'Olivia Owner' } });
  });
});

describe('what a role may do to the tree is the same in the outline as over GraphQL', () => {
  const create = async (name: string, as: Credentials, parentId?: string) =>
    (await h.gql(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name, parentId } }, as)).data!.taskCreate.task.id as string;

  it('a member archiving or removing another person\'s task in the outline is refused and put back for everyone; their own task goes', async () => {
    const owners = await create("Owner's task", owner);
    const removed = await create("Owner's other task", owner);
    const mine = await create('Member task', member);
    // taskDelete refuses the same person.
    const refused = await h.gql(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: owners }, member);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const m = await open(member, 'wbs');
    const o = await open(owner, 'wbs');
    await expect.poll(() => [owners, removed, mine].every((id) => readOutline(m.doc).byId.has(id)), { timeout: 5000 }).toBe(true);
    archiveNode(m.doc, owners);
    m.doc.getMap('nodes').delete(removed);
    archiveNode(m.doc, mine);
    await expect.poll(async () => (await tasks()).some((t) => t.id === mine), { timeout: 5000 }).toBe(false);
    await expect.poll(async () => (await warnings()).filter((w) => w.newValue.code === 'DELETE_REFUSED').map((w) => w.entityId).sort(), { timeout: 5000 }).toEqual([owners, removed].sort());
    expect((await tasks()).filter((t) => t.id === owners || t.id === removed)).toHaveLength(2);
    for (const doc of [m.doc, o.doc]) {
      await expect.poll(() => [owners, removed].every((id) => readOutline(doc).byId.has(id)), { timeout: 5000 }).toBe(true);
      expect(readOutline(doc).byId.has(mine)).toBe(false);
    }
    expect(readOutline(o.doc).byId.get(removed)!.name).toBe("Owner's other task");
    const w = (await warnings()).find((x) => x.entityId === owners)!;
    expect(w).toMatchObject({ actor: { name: 'Max Member' }, taskId: owners, field: 'archived' });
  });

  it('a member archiving their own task takes its sub-tree along, as taskDelete does; a manager may archive anyone\'s', async () => {
    const parent = await create('Member phase', member);
    const child = await create('Owner step inside', owner, parent);
    const m = await open(member, 'wbs');
    await expect.poll(() => readOutline(m.doc).byId.has(child), { timeout: 5000 }).toBe(true);
    archiveNode(m.doc, parent);
    await expect.poll(async () => (await tasks()).some((t) => t.id === parent || t.id === child), { timeout: 5000 }).toBe(false);
    const ownerTask = await create('Member-made, owner removes', member);
    const o = await open(owner, 'wbs');
    await expect.poll(() => readOutline(o.doc).byId.has(ownerTask), { timeout: 5000 }).toBe(true);
    archiveNode(o.doc, ownerTask);
    await expect.poll(async () => (await tasks()).some((t) => t.id === ownerTask), { timeout: 5000 }).toBe(false);
    expect((await warnings()).some((x) => [parent, child, ownerTask].includes(x.entityId))).toBe(false);
  });
});

describe('a projection that keeps failing', () => {
  it('is retried with backoff, logs its stack once, and catches up once the cause is gone', async () => {
    const lines: string[] = [];
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    const other = await createApp(config, { databaseUrl: h.databaseUrl, logger: createLogger('debug', (l) => lines.push(l)) });
    try {
      const otherUrl = await other.listen(0, '127.0.0.1');
      const p = await h.gql(`mutation { projectCreate(input: { key: "STUCK", name: "No statuses" }) { project { id } } }`, {}, owner);
      const pid = p.data!.projectCreate.project.id as string;
      // A project left without statuses cannot receive tasks: every projection of its outline fails.
      const [statuses]: [{ id: string; category: string; name: string; position: number }[]] = await h.app.dataSource.query(
        'DELETE FROM task_statuses WHERE project_id = $1 RETURNING id, category, name, position',
        [pid],
      );
      const a = await open(owner, 'wbs', pid, otherUrl);
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        ids.push(addNode(a.doc, { parentId: null, name: `Edit ${i}` }));
        await new Promise((r) => setTimeout(r, 100));
      }
      const doc = `project/${pid}/wbs`;
      const failures = () => lines.map((l) => JSON.parse(l) as { msg: string; doc?: string; err?: { stack?: string } }).filter((e) => e.doc === doc && /projection (failed|still failing)/.test(e.msg));
      await expect.poll(() => failures().length, { timeout: 5000 }).toBeGreaterThan(0);
      // Twelve edits over more than a second: the first attempt and the retry a second later, not one per edit.
      expect(failures().length).toBeLessThanOrEqual(3);
      expect(failures().filter((e) => e.err?.stack).length).toBe(1);
      await h.app.dataSource.query(
        'INSERT INTO task_statuses (id, project_id, category, name, position) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[])',
        [statuses.map((s) => s.id), statuses.map(() => pid), statuses.map((s) => s.category), statuses.map((s) => s.name), statuses.map((s) => s.position)],
      );
      const TASKS_OF = `query($id: UUID!) { project(id: $id) { tasks(first: 50) { nodes { id } } } }`;
      await expect.poll(async () => ((await h.gql(TASKS_OF, { id: pid }, owner)).data!.project.tasks.nodes as { id: string }[]).length, { timeout: 15_000, interval: 250 }).toBe(12);
      expect(lines.some((l) => l.includes('projection recovered'))).toBe(true);
    } finally {
      for (const p of providers.splice(0)) p.destroy();
      await other.close();
    }
  }, 30_000);
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendUpdate, loadDocumentState, PgDocStore, type Query } from '@trellis/collab';
import { addNode, archiveNode, indentNode, moveNode, outdentNode, readOutline, renameNode, restoreNode, wbsDocName } from '@trellis/schema/wbs';
import { createApp, type App } from '../src/app.js';
import { createLogger } from '../src/common/logger.js';
import { loadConfig } from '../src/config.js';
import { startHarness, type Harness, type TestUser } from './harness.js';

/**
 * The projector works incrementally: it keeps each WBS document in memory and applies only what
 * was stored since. These tests type long histories into large outlines, store them as a collab
 * instance does (compacting the log on the way), and check that the rows always end up as the
 * document says, also across a restart.
 */

let h: Harness;
let owner: TestUser;
let pool: pg.Pool;
let query: Query;
let store: PgDocStore;

interface Row {
  id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  position: number;
  wbs_code: string;
  wbs_sort: string;
  archived: boolean;
  version: number;
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Olivia Owner');
  pool = new pg.Pool({ connectionString: h.databaseUrl, max: 2 });
  query = (sql, params) => pool.query(sql, params);
  store = new PgDocStore(pool);
});

afterAll(async () => {
  await pool?.end();
  await h?.close();
});

async function newProject(key: string): Promise<string> {
  const p = await h.gql(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Projection" }) { project { id } } }`, { k: key }, owner);
  expect(p.errors).toBeUndefined();
  const id = p.data!.projectCreate.project.id as string;
  // The document, as the first ticket creates it.
  await h.gql(`mutation($d: String!) { collabTicket(document: $d) { token } }`, { d: wbsDocName(id) }, owner);
  return id;
}

/** An editor's copy of a project's document that stores each change as a collab instance does, compacting every 500 rows. */
async function typist(projectId: string) {
  const name = wbsDocName(projectId);
  const doc = new Y.Doc();
  const state = await loadDocumentState(query, name);
  if (state) Y.applyUpdate(doc, state.update);
  let stored = 0;
  return {
    doc,
    name,
    async edit<T>(fn: (d: Y.Doc) => T): Promise<T> {
      const updates: Uint8Array[] = [];
      const capture = (u: Uint8Array) => updates.push(u);
      doc.on('update', capture);
      let result: T;
      try {
        result = fn(doc);
      } finally {
        doc.off('update', capture);
      }
      if (updates.length) {
        await appendUpdate(query, name, Y.mergeUpdates(updates), owner.id, 'test');
        if (++stored % 500 === 0) await store.compact(name);
      }
      return result;
    },
    /** Takes in what the server appended (its corrections). */
    async sync(): Promise<void> {
      Y.applyUpdate(doc, (await loadDocumentState(query, name))!.update);
    },
  };
}

const rowsOf = async (app: App, projectId: string): Promise<Row[]> =>
  app.dataSource.query(
    `SELECT id, name, kind, parent_id, position, wbs_code, wbs_sort, archived_at IS NOT NULL AS archived, version FROM tasks WHERE project_id = $1 ORDER BY wbs_sort`,
    [projectId],
  );

/** What the rows must say for a document: every live node in outline order with its place, code and name, and the archived ones. */
function expected(doc: Y.Doc) {
  const outline = readOutline(doc);
  return {
    live: outline.nodes.map((n) => ({ id: n.id, name: n.name.trim(), parent_id: n.parentId, position: n.index, wbs_code: n.code, wbs_sort: n.sort, kind: n.hasChildren ? 'SUMMARY' : n.kind })),
    archived: [...outline.raw.values()].filter((n) => n.archived).map((n) => n.id).sort(),
  };
}

function actual(rows: Row[]) {
  return {
    live: rows.filter((r) => !r.archived).map((r) => ({ id: r.id, name: r.name, parent_id: r.parent_id, position: r.position, wbs_code: r.wbs_code, wbs_sort: r.wbs_sort, kind: r.kind })),
    archived: rows.filter((r) => r.archived).map((r) => r.id).sort(),
  };
}

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('the projector follows a long history incrementally', () => {
  it('thousands of keystrokes with moves, deletes and undos between them, compacted on the way, leave every row as the document says', async () => {
    const projectId = await newProject('LONG');
    const t = await typist(projectId);
    const rnd = random(7);
    const ids: string[] = [];
    await t.edit((d) => {
      for (let i = 0; i < 40; i++) ids.push(addNode(d, { parentId: i < 8 ? null : ids[Math.floor(rnd() * 8)]!, name: `Task ${i}` }));
    });
    await h.app.services.projector.runNow(t.name);
    expect(actual(await rowsOf(h.app, projectId))).toEqual(expected(t.doc));

    for (let i = 0; i < 1500; i++) {
      const id = ids[Math.floor(i / 15) % ids.length]!;
      const live = readOutline(t.doc).byId.has(id);
      const roll = rnd();
      if (live && roll < 0.02) await t.edit((d) => moveNode(d, id, null, Math.floor(rnd() * 5)));
      else if (live && roll < 0.03) await t.edit((d) => indentNode(d, id));
      else if (live && roll < 0.04) await t.edit((d) => outdentNode(d, id));
      else if (live && roll < 0.05) await t.edit((d) => archiveNode(d, id));
      else if (!live && roll < 0.5) await t.edit((d) => restoreNode(d, id));
      else if (live) await t.edit((d) => renameNode(d, id, `${d.getMap('nodes').get(id) instanceof Y.Map ? ((d.getMap('nodes').get(id) as Y.Map<string>).get('name') ?? '') : ''}${String.fromCharCode(97 + (i % 26))}`.slice(-60)));
      // Projections come every few keystrokes, as the debounce gathers them.
      if (i % 7 === 0) await h.app.services.projector.runNow(t.name);
    }
    await h.app.services.projector.runNow(t.name);
    await t.sync();
    expect(actual(await rowsOf(h.app, projectId))).toEqual(expected(t.doc));

    // A server starting afresh (no copy in memory) projects the same document to the same rows: nothing left to write.
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    const other = await createApp(config, { databaseUrl: h.databaseUrl, logger: createLogger('silent') });
    try {
      const before = await rowsOf(h.app, projectId);
      await other.services.projector.runNow(t.name);
      expect(await rowsOf(h.app, projectId)).toEqual(before);
    } finally {
      await other.close();
    }
  }, 120_000);

  it('in a large outline a rename writes one row, and a move writes only the rows whose place or code it changes', async () => {
    const projectId = await newProject('WIDE');
    const t = await typist(projectId);
    const phases: string[] = [];
    const leaves: string[][] = [];
    await t.edit((d) => {
      for (let p = 0; p < 20; p++) {
        const phase = addNode(d, { parentId: null, name: `Phase ${p + 1}` });
        phases.push(phase);
        leaves.push([]);
        for (let k = 0; k < 100; k++) leaves[p]!.push(addNode(d, { parentId: phase, name: `Step ${p + 1}.${k + 1}` }));
      }
    });
    await h.app.services.projector.runNow(t.name);
    const before = await rowsOf(h.app, projectId);
    expect(before.filter((r) => !r.archived)).toHaveLength(2020);
    expect(actual(before)).toEqual(expected(t.doc));
    const versions = new Map(before.map((r) => [r.id, r.version]));
    const changed = (rows: Row[], was: Map<string, Row>) => rows.filter((r) => JSON.stringify(r) !== JSON.stringify(was.get(r.id))).map((r) => r.id);

    const renamed = leaves[12]![40]!;
    for (const ch of ' (revised)') {
      await t.edit((d) => renameNode(d, renamed, `${(d.getMap('nodes').get(renamed) as Y.Map<string>).get('name')}${ch}`));
      await h.app.services.projector.runNow(t.name);
    }
    const afterRename = await rowsOf(h.app, projectId);
    expect(changed(afterRename, new Map(before.map((r) => [r.id, r])))).toEqual([renamed]);
    // Ten keystrokes, nine new names: a trailing space is trimmed away, so the first changes nothing.
    expect(afterRename.find((r) => r.id === renamed)).toMatchObject({ name: 'Step 13.41 (revised)', version: versions.get(renamed)! + 9 });

    // Step 3.2 moves to the front of phase 20: phase 3's later steps and phase 20's steps shift, nothing else.
    const moved = leaves[2]![1]!;
    await t.edit((d) => moveNode(d, moved, phases[19]!, 0));
    await h.app.services.projector.runNow(t.name);
    const afterMove = await rowsOf(h.app, projectId);
    const shifted = new Set(changed(afterMove, new Map(afterRename.map((r) => [r.id, r]))));
    expect(shifted).toEqual(new Set([moved, ...leaves[2]!.slice(2), ...leaves[19]!]));
    expect(afterMove.find((r) => r.id === moved)).toMatchObject({ parent_id: phases[19], wbs_code: '20.1', position: 0 });
    expect(afterMove.find((r) => r.id === leaves[19]![99])).toMatchObject({ wbs_code: '20.101', wbs_sort: '00020.00101' });
    expect(actual(afterMove)).toEqual(expected(t.doc));
  }, 60_000);
});

describe('a server restarted in the middle of a history', () => {
  it('catches up at start with what was stored while it was down, and carries on from there', async () => {
    const projectId = await newProject('RESTART');
    const t = await typist(projectId);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    let app = await createApp(config, { databaseUrl: h.databaseUrl, logger: createLogger('silent') });
    try {
      const ids: string[] = [];
      await t.edit((d) => {
        for (let i = 0; i < 30; i++) ids.push(addNode(d, { parentId: i < 5 ? null : ids[i % 5]!, name: `Task ${i}` }));
      });
      for (let i = 0; i < 200; i++) {
        await t.edit((d) => renameNode(d, ids[i % 30]!, `Task ${i % 30} v${i}`));
        if (i % 10 === 0) await app.services.projector.runNow(t.name);
      }
      await app.services.projector.runNow(t.name);
      expect(actual(await rowsOf(app, projectId))).toEqual(expected(t.doc));
      await app.close();

      // While no server runs: renames, a move, a delete and a new task.
      for (let i = 0; i < 300; i++) await t.edit((d) => renameNode(d, ids[(i * 7) % 30]!, `Down ${i}`));
      await t.edit((d) => moveNode(d, ids[12]!, null, 0));
      await t.edit((d) => archiveNode(d, ids[3]!));
      const added = await t.edit((d) => addNode(d, { parentId: ids[0]!, name: 'Added while down' }));
      expect(actual(await rowsOf(h.app, projectId))).not.toEqual(expected(t.doc));

      app = await createApp(config, { databaseUrl: h.databaseUrl, logger: createLogger('silent') });
      await app.listen(0, '127.0.0.1');
      await expect.poll(async () => actual(await rowsOf(app, projectId)), { timeout: 15_000, interval: 200 }).toEqual(expected(t.doc));
      expect((await rowsOf(app, projectId)).find((r) => r.id === added)).toMatchObject({ name: 'Added while down', archived: false });

      // And it goes on incrementally from there.
      await t.edit((d) => renameNode(d, added, 'Added while down, then renamed'));
      await app.services.projector.runNow(t.name);
      expect(actual(await rowsOf(app, projectId))).toEqual(expected(t.doc));
    } finally {
      await app.close();
    }
  }, 120_000);
});

describe('the copy in memory never runs ahead of the database', () => {
  it('a change whose transaction rolls back is forgotten: making it again is stored and projected', async () => {
    const projectId = await newProject('UNDONE');
    const t = await typist(projectId);
    const id = await t.edit((d) => addNode(d, { parentId: null, name: 'Original' }));
    await h.app.services.projector.runNow(t.name);
    const rollback = new Error('the rest of the mutation failed');
    await expect(
      h.app.dataSource.transaction(async (m) => {
        await h.app.services.wbs.applyStructure(m, projectId, owner.id, (d) => renameNode(d, id, 'Renamed'));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect((await rowsOf(h.app, projectId)).find((r) => r.id === id)?.name).toBe('Original');
    await t.sync();
    expect(readOutline(t.doc).byId.get(id)?.name).toBe('Original');

    await h.app.dataSource.transaction((m) => h.app.services.wbs.applyStructure(m, projectId, owner.id, (d) => renameNode(d, id, 'Renamed')));
    expect((await rowsOf(h.app, projectId)).find((r) => r.id === id)?.name).toBe('Renamed');
    await t.sync();
    expect(readOutline(t.doc).byId.get(id)?.name).toBe('Renamed');
  });

  it('rows another instance projected meanwhile are read again, not projected twice', async () => {
    const projectId = await newProject('TWICE');
    const t = await typist(projectId);
    const [a, b, c] = await t.edit((d) => [addNode(d, { parentId: null, name: 'A' }), addNode(d, { parentId: null, name: 'B' }), addNode(d, { parentId: null, name: 'C' })]);
    await h.app.services.projector.runNow(t.name);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    const other = await createApp(config, { databaseUrl: h.databaseUrl, logger: createLogger('silent') });
    try {
      await t.edit((d) => renameNode(d, a, 'A on the other instance'));
      await t.edit((d) => moveNode(d, c, null, 1));
      await other.services.projector.runNow(t.name);
      await t.edit((d) => renameNode(d, b, 'B back here'));
      await h.app.services.projector.runNow(t.name);
      expect(actual(await rowsOf(h.app, projectId))).toEqual(expected(t.doc));
      const activity: { field: string; n: number }[] = await h.app.dataSource.query(
        `SELECT field, count(*)::int AS n FROM activities WHERE project_id = $1 AND action <> 'CREATED' GROUP BY field ORDER BY field`,
        [projectId],
      );
      expect(activity).toEqual([
        { field: 'name', n: 2 },
        { field: 'wbsCode', n: 1 },
      ]);
    } finally {
      await other.close();
    }
  });
});

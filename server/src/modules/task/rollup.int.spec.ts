import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { appendUpdate, loadDocumentState } from '@trellis/collab';
import { indentNode, restoreNode, wbsDocName } from '@trellis/schema/wbs';
import { projectPercent, rollUpTree, sameAggregate, type RollupAggregate, type RollupCategory, type RollupKind } from '@trellis/schema/rollup';
import { collect, startHarness, type Harness, type TestUser } from '../../../test/harness.js';
import { storeRollups } from './rollup.js';

/**
 * Summaries carry their roll-up (percent complete and state from the work under them), written in
 * the transaction of every change of that work.
 */

let h: Harness;
let owner: TestUser;
let pool: pg.Pool;

const CREATE = `mutation($input: TaskCreateInput!) { taskCreate(input: $input) { task { id version } } }`;
const UPDATE = `mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id percentComplete version parent { id percentComplete rollupState version parent { id percentComplete rollupState } } } } }`;
const TASK = `query($id: UUID!) { task(id: $id) { percentComplete rollupState version kind } }`;

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Olivia Owner');
  pool = new pg.Pool({ connectionString: h.databaseUrl, max: 2 });
});
afterAll(async () => {
  await pool?.end();
  await h?.close();
});

async function newProject(key: string): Promise<string> {
  const r = await h.gql(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Roll-ups" }) { project { id } } }`, { k: key }, owner);
  expect(r.errors).toBeUndefined();
  return r.data!.projectCreate.project.id;
}

async function task(projectId: string, name: string, parentId: string | null, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await h.gql(CREATE, { input: { projectId, name, parentId, ...extra } }, owner);
  expect(r.errors).toBeUndefined();
  return r.data!.taskCreate.task.id;
}

const read = async (id: string) => (await h.gql(TASK, { id }, owner)).data!.task as { percentComplete: number; rollupState: string | null; version: number; kind: string };
const version = async (id: string) => (await read(id)).version;
const setPercent = (id: string, v: number, percentComplete: number) => h.gql(UPDATE, { i: { id, version: v, percentComplete } }, owner);

/** The shared rule applied to the project's rows as they are now. */
async function ruleOf(projectId: string) {
  const rows: { id: string; parent_id: string | null; kind: RollupKind; d: number; pct: number; category: RollupCategory }[] = (
    await pool.query(
      `SELECT t.id, t.parent_id, t.kind, t.duration_days::float8 AS d, t.percent_complete AS pct, s.category
         FROM tasks t JOIN task_statuses s ON s.id = t.status_id WHERE t.project_id = $1 AND t.archived_at IS NULL`,
      [projectId],
    )
  ).rows;
  return rollUpTree(rows.map((r) => ({ id: r.id, parentId: r.parent_id, kind: r.kind, durationDays: r.d, percentComplete: r.pct, category: r.category })));
}

/** Every stored roll-up of the project, and the aggregate it is read from, equals the shared rule's over the whole project. */
async function expectConsistent(projectId: string) {
  const rule = await ruleOf(projectId);
  const stored: { id: string; rollup_percent: number | null; rollup_state: string | null; rollup_sums: RollupAggregate | null }[] = (
    await pool.query(`SELECT id, rollup_percent, rollup_state, rollup_sums FROM tasks WHERE project_id = $1 AND archived_at IS NULL`, [projectId])
  ).rows;
  for (const s of stored) {
    const r = rule.summaries.get(s.id);
    expect({ id: s.id, percent: s.rollup_percent, state: s.rollup_state }).toEqual({ id: s.id, percent: r ? Math.round(r.percent) : null, state: r?.state ?? null });
    const agg = rule.aggregates.get(s.id) ?? null;
    expect(sameAggregate(s.rollup_sums, agg), `aggregate of ${s.id}: ${JSON.stringify(s.rollup_sums)} vs ${JSON.stringify(agg)}`).toBe(true);
  }
}

/** A plan of `shape[0]` top summaries, each with `shape[1]` summaries of `shape[2]` leaves (and so on), imported into a new project. */
async function importedOutline(key: string, shape: number[], leaf: (i: number) => Record<string, unknown>): Promise<string> {
  const p = await newProject(key);
  const tasks: Record<string, unknown>[] = [];
  let n = 0;
  const add = (parentId: string | null, level: number) => {
    for (let i = 0; i < shape[level]!; i++) {
      const id = `t${n++}`;
      const summary = level < shape.length - 1;
      tasks.push({ id, name: id, ...(parentId ? { parentId } : {}), order: i, kind: summary ? 'SUMMARY' : 'TASK', durationDays: 0, ...(summary ? {} : leaf(n)) });
      if (summary) add(id, level + 1);
    }
  };
  add(null, 0);
  const plan = { format: 'trellis-plan', version: 1, project: { name: key, start: '2026-03-02T08:00' }, calendars: [], tasks, links: [], resources: [], assignments: [], baselines: [], costEntries: [] };
  const r = await h.gql(`mutation($i: ProjectImportInput!) { projectImport(input: $i) { created } }`, { i: { projectId: p, format: 'TRELLIS_JSON', content: JSON.stringify(plan) } }, owner);
  expect(r.errors).toBeUndefined();
  return p;
}

describe('summary roll-ups', () => {
  let pid: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    pid = await newProject('ROLL');
    ids.root = await task(pid, 'Rollout', null);
    ids.phase = await task(pid, 'Phase 1', ids.root);
    ids.a = await task(pid, 'Survey', ids.phase, { durationDays: 2 });
    ids.b = await task(pid, 'Order', ids.phase, { durationDays: 6 });
    ids.c = await task(pid, 'Install', ids.root, { durationDays: 8 });
    ids.m = await task(pid, 'Go live', ids.root, { kind: 'MILESTONE' });
  });

  it('a leaf percent change rolls up to every ancestor in the same transaction, seen in the answer and by subscribers', async () => {
    const client = h.ws(owner);
    const sub = collect(client, `subscription($p: UUID!) { taskUpdated(projectId: $p) { action task { id percentComplete rollupState } } }`, { p: pid });
    await vi.waitFor(() => expect(h.app.hub.watching('TASK_UPDATED', pid)).toBe(1));
    const phaseVersion = await version(ids.phase!);
    const r = await setPercent(ids.a!, await version(ids.a!), 50);
    expect(r.errors).toBeUndefined();
    // Phase 1: (2 * 50 + 6 * 0) / 8 = 12.5 -> 13; Rollout: (2 * 50) / 16 = 6.25 -> 6 (the milestone weighs nothing).
    expect(r.data!.taskUpdate.task.parent).toMatchObject({ id: ids.phase, percentComplete: 13, rollupState: 'STARTED', version: phaseVersion, parent: { id: ids.root, percentComplete: 6, rollupState: 'STARTED' } });
    const events = await sub.until((e) => e.some((x) => x.data?.taskUpdated.task.id === ids.root && x.data.taskUpdated.task.percentComplete === 6));
    expect(events.find((x) => x.data?.taskUpdated.task.id === ids.phase)!.data!.taskUpdated).toEqual({ action: 'UPDATED', task: { id: ids.phase, percentComplete: 13, rollupState: 'STARTED' } });
    sub.unsubscribe();
    await expectConsistent(pid);
  });

  it("does not change the summary's version: its next update with the version read before is no CONFLICT", async () => {
    const before = await version(ids.phase!);
    await setPercent(ids.b!, await version(ids.b!), 20);
    expect(await version(ids.phase!)).toBe(before);
    const r = await h.gql(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { description } } }`, { i: { id: ids.phase, version: before, description: 'First phase' } }, owner);
    expect(r.errors).toBeUndefined();
  });

  it("refuses a direct percent write on a summary, naming the field", async () => {
    const r = await setPercent(ids.phase!, await version(ids.phase!), 90);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.percentComplete' });
    expect((await read(ids.phase!)).percentComplete).not.toBe(90);
  });

  it('follows status, duration and cancellation of leaves, and is DONE when all work is done', async () => {
    const statuses: { id: string; category: string }[] = (await h.gql(`query($id: UUID!) { project(id: $id) { statuses { id category } } }`, { id: pid }, owner)).data!.project.statuses;
    const done = statuses.find((s) => s.category === 'COMPLETED')!.id;
    const cancelled = statuses.find((s) => s.category === 'CANCELLED')!.id;
    await h.gql(UPDATE, { i: { id: ids.a, version: await version(ids.a!), statusId: done } }, owner);
    await h.gql(UPDATE, { i: { id: ids.b, version: await version(ids.b!), durationDays: 2 } }, owner);
    // a: 2 days at 100 %, b: 2 days at 20 % -> 60.
    expect(await read(ids.phase!)).toMatchObject({ percentComplete: 60, rollupState: 'STARTED' });
    await h.gql(UPDATE, { i: { id: ids.b, version: await version(ids.b!), statusId: cancelled } }, owner);
    expect(await read(ids.phase!)).toMatchObject({ percentComplete: 100, rollupState: 'DONE' });
    await expectConsistent(pid);
  });

  it('keeps roll-ups right through a move, an archive, a restore and an outline edit', async () => {
    const p = await newProject('MOVE');
    const x = await task(p, 'X', null);
    const y = await task(p, 'Y', null);
    const x1 = await task(p, 'X1', x, { durationDays: 1, percentComplete: 100 });
    const x2 = await task(p, 'X2', x, { durationDays: 3 });
    const y1 = await task(p, 'Y1', y, { durationDays: 1 });
    expect((await read(x)).percentComplete).toBe(25);
    expect((await read(y)).percentComplete).toBe(0);

    const moved = await h.gql(`mutation($i: TaskMoveInput!) { taskMove(input: $i) { task { parent { percentComplete } } } }`, { i: { id: x1, parentId: y } }, owner);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.taskMove.task.parent.percentComplete).toBe(50);
    expect((await read(x)).percentComplete).toBe(0);
    await expectConsistent(p);

    const del = await h.gql(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: y1 }, owner);
    expect(del.errors).toBeUndefined();
    expect((await read(y)).percentComplete).toBe(100);
    await expectConsistent(p);

    // Undo in the outline (the shared document) restores it; another edit there moves X2 under Y1's sibling X1.
    const name = wbsDocName(p);
    const q = (sql: string, params?: unknown[]) => pool.query(sql, params);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await loadDocumentState(q, name))!.update);
    const edit = async (fn: (d: Y.Doc) => void) => {
      const updates: Uint8Array[] = [];
      const capture = (u: Uint8Array) => updates.push(u);
      doc.on('update', capture);
      fn(doc);
      doc.off('update', capture);
      await appendUpdate(q, name, Y.mergeUpdates(updates), owner.id, 'test');
      await h.app.services.projector.runNow(name);
    };
    await edit((d) => restoreNode(d, y1));
    expect((await read(y)).percentComplete).toBe(50);
    await expectConsistent(p);
    // Indenting Y in the outline moves it (with X1 and Y1) under X.
    await edit((d) => indentNode(d, y));
    const xNow = await read(x);
    // X now holds X2 (3 d, 0 %) and Y's leaves X1 (1 d, 100 %) and Y1 (1 d, 0 %): 1 / 5 = 20 %.
    expect(xNow).toMatchObject({ percentComplete: 20, rollupState: 'STARTED' });
    await expectConsistent(p);
    expect(x2).toBeTruthy();
  });

  it('rolls up an imported outline', async () => {
    const p = await newProject('IMPO');
    const plan = {
      format: 'trellis-plan', version: 1, project: { name: 'Imported', start: '2026-03-02T08:00' }, calendars: [],
      tasks: [
        { id: 'p', name: 'Migration', order: 0, kind: 'SUMMARY', durationDays: 0, percentComplete: 5 },
        { id: 'p1', name: 'Copy data', parentId: 'p', order: 0, kind: 'TASK', durationDays: 2, percentComplete: 100 },
        { id: 'p2', name: 'Cut over', parentId: 'p', order: 1, kind: 'TASK', durationDays: 1 },
      ],
      links: [], resources: [], assignments: [], baselines: [], costEntries: [],
    };
    const r = await h.gql(`mutation($i: ProjectImportInput!) { projectImport(input: $i) { created } }`, { i: { projectId: p, format: 'TRELLIS_JSON', content: JSON.stringify(plan) } }, owner);
    expect(r.errors).toBeUndefined();
    const nodes = (await h.gql(`query($id: UUID!) { project(id: $id) { tasks(first: 10) { nodes { name percentComplete rollupState } } } }`, { id: p }, owner)).data!.project.tasks.nodes;
    expect(nodes[0]).toEqual({ name: 'Migration', percentComplete: 67, rollupState: 'STARTED' });
    await expectConsistent(p);
    // An export says what the outline says.
    const exported = JSON.parse((await h.gql(`query($id: UUID!) { project(id: $id) { export(format: TRELLIS_JSON) } }`, { id: p }, owner)).data!.project.export);
    expect(exported.tasks.find((t: { name: string }) => t.name === 'Migration').percentComplete).toBe(67);
  });

  it('follows a status deletion that moves work into another category', async () => {
    const p = await newProject('STAT');
    const s = await task(p, 'S', null);
    const a = await task(p, 'A', s, { durationDays: 1, percentComplete: 100 });
    await task(p, 'B', s, { durationDays: 1 });
    expect((await read(s)).percentComplete).toBe(50);
    const statuses: { id: string; category: string }[] = (await h.gql(`query($id: UUID!) { project(id: $id) { statuses { id category } } }`, { id: p }, owner)).data!.project.statuses;
    const cancelled = statuses.find((x) => x.category === 'CANCELLED')!.id;
    const doneStatus = (await h.gql(`query($id: UUID!) { task(id: $id) { status { id } } }`, { id: a }, owner)).data!.task.status.id;
    const r = await h.gql(`mutation($id: UUID!, $to: UUID) { statusDelete(id: $id, moveToId: $to) { status { id } } }`, { id: doneStatus, to: cancelled }, owner);
    expect(r.errors).toBeUndefined();
    // The cancelled work leaves the percent; having been done, it still counts as started.
    expect(await read(s)).toMatchObject({ percentComplete: 0, rollupState: 'STARTED' });
    await expectConsistent(p);
  });

  it('ends with the right roll-up when two leaves of one summary change at the same time', async () => {
    const p = await newProject('RACE');
    const s = await task(p, 'S', null);
    const leaves = [await task(p, 'L1', s, { durationDays: 1 }), await task(p, 'L2', s, { durationDays: 1 })];
    for (const [round, [u, v]] of [[40, 80], [10, 30], [100, 0], [55, 66]].entries()) {
      const results = await Promise.all([setPercent(leaves[0]!, await version(leaves[0]!), u!), setPercent(leaves[1]!, await version(leaves[1]!), v!)]);
      for (const r of results) expect(r.errors, `round ${round}`).toBeUndefined();
      expect((await read(s)).percentComplete, `round ${round}`).toBe(Math.round((u! + v!) / 2));
    }
    // Held at the summary's row, both edits are under way before either writes the roll-up: the
    // second must compute from what the first committed, or it would write a stale figure.
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE', [s]);
      const both = Promise.all([setPercent(leaves[0]!, await version(leaves[0]!), 20), setPercent(leaves[1]!, await version(leaves[1]!), 60)]);
      const waiting = async () =>
        Number((await pool.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n);
      await vi.waitFor(async () => expect(await waiting()).toBe(2), { timeout: 10_000 });
      await holder.query('COMMIT');
      for (const r of await both) expect(r.errors).toBeUndefined();
    } finally {
      holder.release();
    }
    expect((await read(s)).percentComplete).toBe(40);
    await expectConsistent(p);
  });

  it('keeps every stored aggregate equal to a whole-project recompute through a random sequence of edits', async () => {
    // 4 phases x 5 work packages x 9 leaves: 204 tasks.
    const p = await importedOutline('RAND', [4, 5, 9], (i) => ({ durationDays: i % 7 === 0 ? 0 : (i % 5) + 0.5, percentComplete: (i * 13) % 101 }));
    await expectConsistent(p);
    const statuses: { id: string; category: string }[] = (await h.gql(`query($id: UUID!) { project(id: $id) { statuses { id category } } }`, { id: p }, owner)).data!.project.statuses;
    const all = async () => (await pool.query(`SELECT id, parent_id, kind, archived_at IS NOT NULL AS archived FROM tasks WHERE project_id = $1 ORDER BY number`, [p])).rows as { id: string; parent_id: string | null; kind: string; archived: boolean }[];
    const name = wbsDocName(p);
    const q = (sql: string, params?: unknown[]) => pool.query(sql, params);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await loadDocumentState(q, name))!.update);
    const restore = async (id: string) => {
      Y.applyUpdate(doc, (await loadDocumentState(q, name))!.update);
      const updates: Uint8Array[] = [];
      const capture = (u: Uint8Array) => updates.push(u);
      doc.on('update', capture);
      restoreNode(doc, id);
      doc.off('update', capture);
      if (updates.length) await appendUpdate(q, name, Y.mergeUpdates(updates), owner.id, 'test');
      await h.app.services.projector.runNow(name);
    };
    // A small deterministic generator, so a failure can be replayed.
    let seed = 20261206;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    const pick = <T>(xs: T[]): T => xs[rnd(xs.length)]!;
    const done: Record<string, number> = {};
    for (let step = 0; step < 120; step++) {
      const rows = await all();
      const live = rows.filter((r) => !r.archived);
      const parents = new Set(live.map((r) => r.parent_id));
      const leaves = live.filter((r) => !parents.has(r.id) && r.kind !== 'SUMMARY');
      const summaries = live.filter((r) => parents.has(r.id) || r.kind === 'SUMMARY');
      const op = pick(['percent', 'duration', 'status', 'move', 'archive', 'restore', 'create', 'kind']);
      const t = pick(leaves);
      let r: { errors?: readonly unknown[] } = {};
      if (op === 'percent') r = await setPercent(t.id, await version(t.id), rnd(101));
      else if (op === 'duration') r = await h.gql(UPDATE, { i: { id: t.id, version: await version(t.id), durationDays: pick([0, 0.5, 1, 3, 10]) } }, owner);
      else if (op === 'status') r = await h.gql(UPDATE, { i: { id: t.id, version: await version(t.id), statusId: pick(statuses).id } }, owner);
      else if (op === 'move') {
        const target = pick(live);
        r = await h.gql(`mutation($i: TaskMoveInput!) { taskMove(input: $i) { task { id } } }`, { i: { id: pick([t, t, pick(summaries)]).id, parentId: target.id } }, owner);
      } else if (op === 'archive') r = await h.gql(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: pick([t, t, pick(summaries)]).id }, owner);
      else if (op === 'restore') {
        const gone = rows.filter((x) => x.archived);
        if (gone.length) await restore(pick(gone).id);
      } else if (op === 'create') {
        const r2 = await h.gql(CREATE, { input: { projectId: p, name: `new ${step}`, parentId: pick([t.id, pick(summaries).id]), durationDays: rnd(4), percentComplete: rnd(101) } }, owner);
        r = r2;
      } else {
        const target = pick([t, pick(summaries)]);
        r = await h.gql(UPDATE, { i: { id: target.id, version: await version(target.id), kind: pick(['TASK', 'SUMMARY', 'MILESTONE']) } }, owner);
      }
      // Some random edits are refused (a move under its own subtree, a milestone with sub-tasks): nothing changed then.
      done[op] = (done[op] ?? 0) + (r.errors ? 0 : 1);
      if (step % 30 === 29) await expectConsistent(p);
    }
    await expectConsistent(p);
    for (const op of ['percent', 'duration', 'status', 'move', 'archive', 'create', 'kind']) expect(done[op] ?? 0, `${op} in ${JSON.stringify(done)}`).toBeGreaterThan(0);
    // A whole-project recompute finds nothing stale.
    expect(await storeRollups((sql, params) => h.app.dataSource.query(sql, params), p)).toEqual([]);
  });

  it('reads rows in the depth of the outline and the siblings on the way, not the project, for a leaf edit', async () => {
    // 10 phases x 10 work packages x 20 leaves: 2,110 tasks.
    const p = await importedOutline('SIZE', [10, 10, 20], (i) => ({ durationDays: (i % 4) + 1, percentComplete: i % 3 ? 0 : 50 }));
    await pool.query('ANALYZE tasks');
    const leaf = (await pool.query(`SELECT t.id FROM tasks t JOIN tasks w ON w.id = t.parent_id WHERE t.project_id = $1 AND w.parent_id IS NOT NULL ORDER BY t.number DESC LIMIT 1`, [p])).rows[0].id as string;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const stat = async () =>
        (await client.query(`SELECT coalesce(seq_scan, 0)::int AS seq, coalesce(seq_tup_read, 0)::int AS seq_rows, coalesce(idx_tup_fetch, 0)::int AS idx_rows FROM pg_stat_xact_user_tables WHERE relname = 'tasks'`)).rows[0] ?? { seq: 0, seq_rows: 0, idx_rows: 0 };
      await client.query(`UPDATE tasks SET percent_complete = 77 WHERE id = $1`, [leaf]);
      const before = await stat();
      let statements = 0;
      let rowsReturned = 0;
      const written = await storeRollups(async (sql, params) => {
        statements++;
        const res = await client.query(sql, params);
        rowsReturned += res.rowCount ?? 0;
        return res.rows;
      }, p, [leaf]);
      const after = await stat();
      // The leaf's work package moved (its phase too, if the whole figure did).
      expect(written.length).toBeGreaterThanOrEqual(1);
      // Walk up, direct children of the chain, one write.
      expect(statements).toBe(3);
      // Chain: leaf, work package, phase (3); children: 20 + 10 + 10; rows written: 2 (and their reads).
      expect(rowsReturned).toBeLessThanOrEqual(3 + 40 + 2);
      expect(after.seq - before.seq).toBe(0);
      expect(after.seq_rows - before.seq_rows).toBe(0);
      expect(after.idx_rows - before.idx_rows).toBeLessThan(100);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
    await expectConsistent(p);
  });

  it("gives the board the shared rule's project percent", async () => {
    const board = (await h.gql(`query($id: UUID!) { project(id: $id) { board { percentComplete } } }`, { id: pid }, owner)).data!.project.board;
    expect(board.percentComplete).toBe(projectPercent((await ruleOf(pid)).total));
    expect(board.percentComplete).toBeGreaterThan(0);
  });

  it('recomputes a whole project (as the migration fills existing rows), writing only what is stale', async () => {
    await pool.query(`UPDATE tasks SET rollup_percent = 99, rollup_state = 'DONE' WHERE id = $1`, [ids.root]);
    await pool.query(`UPDATE tasks SET rollup_percent = 42 WHERE id = $1`, [ids.c]);
    const written = await storeRollups((sql, params) => h.app.dataSource.query(sql, params), pid);
    expect(written.sort()).toEqual([ids.root, ids.c].sort());
    await expectConsistent(pid);
  });
});

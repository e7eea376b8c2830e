import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPercent, rollUpTree, type RollupCategory, type RollupKind } from '@trellis/schema/rollup';
import { endOfDay } from '../../common/as-of.js';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';
import { loadPlan, planAsOf, planInput } from '../planning/index.js';
import { computeSchedule } from '../../planning/index.js';
import { dayStates, engineDates, pastBase, pastInput, pastScheduleDates } from '../planning/past-day.js';
import { taskStatesAsOf } from '../task/index.js';

const DAY = 86_400_000;
const dayAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

let h: Harness;
let owner: TestUser;
let projectId: string;

/**
 * A project of 60 days whose history is written straight into task_history: summaries, work,
 * milestones, deadlines and links; tasks started, finished, cancelled and deleted on different days;
 * a task added later; and a task put under a summary made after it (on the days before, it was a
 * top-level task).
 */
async function seed(): Promise<void> {
  const ds = h.app.dataSource;
  const r = await h.gql(`mutation { projectCreate(input: { key: "BAO", name: "Board as of", startDate: "${dayAgo(60)}" }) { project { id } } }`, {}, owner);
  projectId = r.data!.projectCreate.project.id;
  await ds.query(`UPDATE projects SET created_at = $2 WHERE id = $1`, [projectId, new Date(Date.now() - 61 * DAY)]);
  const statuses: { id: string; category: string }[] = await ds.query(`SELECT id, category FROM task_statuses WHERE project_id = $1`, [projectId]);
  const status = (c: string) => statuses.find((s) => s.category === c)?.id ?? statuses[0]!.id;
  if (!statuses.some((s) => s.category === 'CANCELLED')) {
    const [s] = await ds.query(`INSERT INTO task_statuses (project_id, name, category, color, position) VALUES ($1, 'Dropped', 'CANCELLED', '#999999', 9) RETURNING id, category`, [projectId]);
    statuses.push(s);
  }
  // number, parent number, kind, duration, deadline (days ago), and its history: [days ago, category, percent, started, finished, deleted].
  type Step = [ago: number, category: string, percent: number, started?: boolean, finished?: boolean, deleted?: boolean];
  const tasks: [number, number | null, string, number, number | null, Step[]][] = [
    [1, null, 'SUMMARY', 0, null, [[55, 'UNSTARTED', 0]]],
    [2, 1, 'TASK', 5, null, [[55, 'UNSTARTED', 0], [50, 'STARTED', 40, true], [40, 'COMPLETED', 100, true, true]]],
    [3, 1, 'TASK', 10, 30, [[55, 'UNSTARTED', 0], [45, 'STARTED', 20, true], [20, 'STARTED', 70, true]]],
    [4, 1, 'TASK', 4, null, [[55, 'UNSTARTED', 0], [30, 'CANCELLED', 0]]],
    [5, 1, 'MILESTONE', 0, 25, [[55, 'UNSTARTED', 0], [22, 'COMPLETED', 100, true, true]]],
    [6, 1, 'TASK', 3, null, [[55, 'UNSTARTED', 0], [35, 'STARTED', 50, true], [15, 'STARTED', 50, true, false, true]]],
    [7, null, 'SUMMARY', 0, null, [[55, 'UNSTARTED', 0]]],
    [8, 7, 'TASK', 6, null, [[55, 'UNSTARTED', 0], [40, 'STARTED', 10, true]]],
    [9, 7, 'TASK', 2, 5, [[55, 'BACKLOG', 0]]],
    [10, 7, 'MILESTONE', 0, 40, [[55, 'UNSTARTED', 0]]],
    [11, 7, 'TASK', 3, null, [[25, 'UNSTARTED', 0], [10, 'STARTED', 30, true]]],
    [12, null, 'SUMMARY', 0, null, [[12, 'UNSTARTED', 0]]],
    [13, 12, 'TASK', 8, null, [[38, 'STARTED', 25, true], [8, 'STARTED', 60, true]]],
  ];
  const ids = new Map<number, string>();
  for (const [number, parent, kind, duration, deadline] of tasks) {
    const [t] = await ds.query(
      `INSERT INTO tasks (project_id, number, parent_id, position, wbs_code, wbs_sort, name, kind, status_id, duration_days, deadline)
       VALUES ($1, $2, $3, $2, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [projectId, number, parent ? ids.get(parent) : null, String(number), String(number).padStart(5, '0'), `Task ${number}`, kind, status('UNSTARTED'), duration, deadline ? `${dayAgo(deadline)}T17:00` : null],
    );
    ids.set(number, t.id);
  }
  await ds.query(`UPDATE projects SET task_seq = 13 WHERE id = $1`, [projectId]);
  for (const [a, b] of [[2, 3], [3, 5], [8, 10], [9, 10]]) {
    await ds.query(`INSERT INTO task_dependencies (project_id, predecessor_id, successor_id) VALUES ($1, $2, $3)`, [projectId, ids.get(a), ids.get(b)]);
  }
  await ds.query(`DELETE FROM task_history WHERE project_id = $1`, [projectId]);
  for (const [number, , kind, duration, , steps] of tasks) {
    for (const [ago, category, percent, started, finished, deleted] of steps) {
      await ds.query(
        `INSERT INTO task_history (project_id, task_id, at, status_id, percent_complete, percent_delta, rollup_percent, duration_days, actual_start, actual_finish, archived)
         VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8, $9, $10)`,
        [projectId, ids.get(number), new Date(Date.now() - ago * DAY), status(category), percent, kind === 'SUMMARY' ? 0 : null, duration, started ? `${dayAgo(50)}T08:00` : null, finished ? `${dayAgo(ago)}T17:00` : null, !!deleted],
      );
    }
  }
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Bo Board');
  await seed();
});
afterAll(() => h?.close());

const DAYS = [54, 44, 33, 26, 21, 16, 11, 9, 3, 1];

interface Card {
  id: string;
  start: string | null;
  finish: string | null;
  plannedFinish: string | null;
  statusId: string;
  percentComplete: number;
  late: boolean;
}

describe('board as of a past day', () => {
  it('shows the dates and late flags of that day\'s schedule, the counts and the percent of that day\'s tasks', async () => {
    const q = `query($p: UUID!, $d: LocalDate) { project(id: $p) {
      board(asOf: $d) { percentComplete taskCount categories { category count }
        columns { statusId category count cards { id start finish plannedFinish statusId percentComplete late } }
        milestones { id date finish completed late } lateTasks { id finish } }
      schedule(asOf: $d) { tasks { taskId start finish late } }
      tasks(asOf: $d, first: 100) { nodes { id kind durationDays percentComplete parent { id } status { id category } } } } }`;
    let late = 0;
    for (const [j, ago] of DAYS.entries()) {
      // A day's board is made from the engine's dates alone when asked first, else from its schedule's rows: both are checked.
      const first = j % 2 ? `query($p: UUID!, $d: LocalDate) { project(id: $p) { schedule(asOf: $d) { finish } } }` : `query($p: UUID!, $d: LocalDate) { project(id: $p) { board(asOf: $d) { taskCount } } }`;
      expect((await h.gql(first, { p: projectId, d: dayAgo(ago) }, owner)).errors).toBeUndefined();
      const r = await h.gql(q, { p: projectId, d: dayAgo(ago) }, owner);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const { board, schedule, tasks } = r.data!.project;
      const rows = new Map((schedule.tasks as { taskId: string; start: string; finish: string; late: boolean }[]).map((t) => [t.taskId, t]));
      type Node = { id: string; kind: RollupKind; durationDays: number; percentComplete: number; parent: { id: string } | null; status: { id: string; category: RollupCategory } };
      const nodes = new Map((tasks.nodes as Node[]).map((t) => [t.id, t]));
      const done = (c: string) => c === 'COMPLETED' || c === 'CANCELLED';
      const cards = (board.columns as { statusId: string; category: string; count: number; cards: Card[] }[]).flatMap((c) => {
        expect(c.count).toBe(c.cards.length);
        for (const card of c.cards) expect(card.statusId).toBe(c.statusId);
        return c.cards;
      });
      // Every leaf of that day, with its status and percent then, and the schedule's dates and lateness.
      const leaves = [...nodes.values()].filter((t) => t.kind !== 'SUMMARY');
      expect(board.taskCount).toBe(leaves.length);
      expect(cards.map((c) => c.id).sort()).toEqual(leaves.map((t) => t.id).sort());
      for (const card of cards) {
        const row = rows.get(card.id)!;
        const node = nodes.get(card.id)!;
        expect(card).toEqual({
          id: card.id,
          start: row.start,
          finish: row.finish,
          plannedFinish: row.finish.slice(0, 10),
          statusId: node.status.id,
          percentComplete: node.percentComplete,
          late: row.late && !done(node.status.category),
        });
      }
      // Late tasks by finish, in outline order where they finish together.
      const place = new Map([...nodes.keys()].map((id, i) => [id, i]));
      expect(board.lateTasks.map((t: { id: string }) => t.id)).toEqual(
        cards
          .filter((c) => c.late)
          .sort((a, b) => a.finish!.localeCompare(b.finish!) || place.get(a.id)! - place.get(b.id)!)
          .map((c) => c.id),
      );
      late += board.lateTasks.length;
      for (const m of board.milestones as { id: string; date: string; finish: string; completed: boolean; late: boolean }[]) {
        const completed = nodes.get(m.id)!.status.category === 'COMPLETED';
        expect(m).toEqual({ id: m.id, date: rows.get(m.id)!.finish.slice(0, 10), finish: rows.get(m.id)!.finish, completed, late: rows.get(m.id)!.late && !completed });
      }
      for (const c of board.categories as { category: string; count: number }[]) expect(c.count).toBe(leaves.filter((t) => t.status.category === c.category).length);
      const total = rollUpTree(
        [...nodes.values()].map((t) => ({ id: t.id, parentId: t.parent?.id ?? null, kind: t.kind, durationDays: t.durationDays, percentComplete: t.percentComplete, category: t.status.category })),
      ).total;
      expect(board.percentComplete).toBe(projectPercent(total));
    }
    // The history makes some tasks late on some days, and some days' outline differs from today's.
    expect(late).toBeGreaterThan(0);
  });

  it('schedules a past day from the same engine input as the plan of that day', async () => {
    const ds = h.app.dataSource;
    const loaded = await loadPlan(ds, projectId, { withArchived: true });
    const base = pastBase(loaded);
    let scheduled = 0;
    for (const ago of DAYS) {
      const day = dayAgo(ago);
      const past = await taskStatesAsOf(ds, projectId, endOfDay(day));
      const split = await taskStatesAsOf(ds, projectId, endOfDay(day), 3);
      expect(new Map([...split].sort())).toEqual(new Map([...past].sort()));
      const made = pastInput(loaded, base, dayStates(loaded, past), day);
      // Task 13 was a top-level task until its summary was made (12 days ago): then the outline differs.
      if (ago > 12 && ago <= 38) expect(made).toBeNull();
      else {
        const input = planInput(planAsOf(loaded, past, day).doc);
        expect(made?.input).toEqual(input);
        expect([...made!.places].map((at) => loaded.doc.tasks[at]!.id)).toEqual(input.tasks.map((t) => t.id));
        scheduled++;
      }
    }
    expect(scheduled).toBeGreaterThan(3);
  });

  it('gives each past day the dates of its own plan\'s schedule, days with the same tasks on one model, tasks whose parent was not there at the top', async () => {
    const ds = h.app.dataSource;
    const loaded = await loadPlan(ds, projectId, { withArchived: true });
    const base = pastBase(loaded);
    let reused = 0;
    let orphaned = 0;
    // Back and forth, and days with the same tasks in a row (21 and 16 days ago; 33 and 26 have task 13 at the top).
    for (const ago of [...DAYS, ...DAYS.slice().reverse(), 21, 16, 16, 21, 33, 26, 33]) {
      const day = dayAgo(ago);
      const past = await taskStatesAsOf(ds, projectId, endOfDay(day));
      const states = dayStates(loaded, past);
      const made = pastInput(loaded, base, states, day, true)!;
      if (!pastInput(loaded, base, states, day)) orphaned++;
      const kept = base.engine?.model;
      const scheduled = pastScheduleDates(base, states, made);
      if (kept && scheduled.model === kept) reused++;
      const dates = engineDates(scheduled, made, loaded.doc.tasks.length);
      const expected = computeSchedule(planInput(planAsOf(loaded, past, day).doc));
      expect(made.places.length).toBe(expected.tasks.length);
      for (const row of expected.tasks) {
        const at = loaded.doc.tasks.findIndex((t) => t.id === row.id);
        expect({ id: row.id, day, start: dates.start(at), finish: dates.finish(at) }).toEqual({ id: row.id, day, start: row.start, finish: row.finish });
      }
    }
    expect(orphaned).toBeGreaterThan(3);
    expect(reused).toBeGreaterThan(3);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock, systemClock } from '../../common/clock.js';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';
import { RecordedHistory, costEntriesAsOf, progressAsOf } from '../planning/index.js';
import { KeptTaskStates, SETTLED_MS, catchUpCheckpoints, checkpointAt, statesAt, taskStatesAsOf, type PastTaskState } from '../task/index.js';

// Settled days' task states made from the nearest earlier kept day and the rows written since, and
// cost entries made from a ledger kept in memory, must answer exactly what the plain reads answer,
// whatever was asked before: a history of 60 days written straight into task_history and
// cost_history, with tasks added later, archived and restored, rows at equal instants, entries
// booked, edited and removed, then a task deleted and at last the project.
const DAY = 86_400_000;
const HOUR = 3_600_000;
const start = Date.now() - 61 * DAY;

let h: Harness;
let owner: TestUser;
let projectId: string;
let taskIds: string[] = [];
/** Every instant a row was written at: asked exactly, a millisecond after, and at the ends of days. */
let instants: number[] = [];

/** A small deterministic random source (the same history on every run). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}
const rnd = random(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const shuffled = <T>(xs: readonly T[]): T[] =>
  xs
    .map((x) => [rnd(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);

/** A project with such a history: its id, its tasks and the instants rows were written at. */
async function seed(key: string): Promise<{ projectId: string; taskIds: string[]; instants: number[] }> {
  const ds = h.app.dataSource;
  const r = await h.gql(`mutation($key: String!) { projectCreate(input: { key: $key, name: "Kept history" }) { project { id } } }`, { key }, owner);
  const projectId: string = r.data!.projectCreate.project.id;
  const taskIds: string[] = [];
  const instants: number[] = [];
  const statuses = ((await ds.query(`SELECT id FROM task_statuses WHERE project_id = $1`, [projectId])) as { id: string }[]).map((s) => s.id);
  for (let n = 1; n <= 30; n++) {
    const [t] = await ds.query(
      `INSERT INTO tasks (project_id, number, position, wbs_code, wbs_sort, name, kind, status_id, duration_days)
       VALUES ($1, $2, $2, $3, $4, $5, $6, $7, 3) RETURNING id`,
      [projectId, n, String(n), String(n).padStart(5, '0'), `Task ${n}`, n % 7 === 0 ? 'SUMMARY' : 'TASK', statuses[0]],
    );
    taskIds.push(t.id);
  }
  await ds.query(`UPDATE projects SET task_seq = 30 WHERE id = $1`, [projectId]);
  await ds.query(`DELETE FROM task_history WHERE project_id = $1`, [projectId]);
  await ds.query(`DELETE FROM cost_history WHERE project_id = $1`, [projectId]);
  // Each task is created on its own day (a third after day 20) and changes about ten times; a few
  // instants are shared by several rows, of one task or of several.
  const shared = Array.from({ length: 6 }, () => start + Math.floor(rnd() * 58) * DAY + 9 * HOUR);
  for (const [i, taskId] of taskIds.entries()) {
    let at = start + (i % 3 === 0 ? 20 + Math.floor(rnd() * 30) : Math.floor(rnd() * 10)) * DAY + Math.floor(rnd() * 20) * HOUR;
    let archived = false;
    for (let k = 0; k < 10 && at < start + 60 * DAY; k++) {
      const same = rnd() < 0.2 ? pick(shared) : null;
      const when = same !== null && same > at ? same : at;
      if (rnd() < 0.1) archived = !archived;
      const rows = rnd() < 0.15 ? 2 : 1;
      for (let j = 0; j < rows; j++) {
        const percent = Math.floor(rnd() * 101);
        await ds.query(
          `INSERT INTO task_history (project_id, task_id, at, status_id, percent_complete, percent_delta, rollup_percent, duration_days, actual_start, actual_finish, archived)
           VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8, $9, $10)`,
          [projectId, taskId, new Date(when), pick(statuses), percent, i % 7 === 6 ? percent : null, 1 + Math.floor(rnd() * 80) / 8, rnd() < 0.5 ? '2026-01-05T08:00' : null, rnd() < 0.3 ? '2026-02-05T17:00' : null, archived],
        );
      }
      instants.push(when);
      at = when + Math.floor(1 + rnd() * 8) * DAY + Math.floor(rnd() * 20) * HOUR;
    }
  }
  // Cost entries: booked, edited (the old row out and the new one in, at one instant; on another
  // task or day at times) and removed; amounts in cents and hours sometimes absent.
  for (let e = 0; e < 40; e++) {
    const [{ id: entryId }] = await ds.query(`SELECT gen_random_uuid() AS id`);
    let at = start + Math.floor(rnd() * 50) * DAY + Math.floor(rnd() * 24) * HOUR;
    let booked = { taskId: pick(taskIds), date: new Date(at).toISOString().slice(0, 10), amount: Math.round(rnd() * 100_000) / 100, hours: rnd() < 0.3 ? null : Math.round(rnd() * 1600) / 100 };
    const write = (sign: number, b: typeof booked, when: number) =>
      ds.query(`INSERT INTO cost_history (project_id, task_id, entry_id, at, date, amount, hours) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        projectId,
        b.taskId,
        entryId,
        new Date(when),
        b.date,
        sign * b.amount,
        b.hours === null ? null : sign * b.hours,
      ]);
    await write(1, booked, at);
    instants.push(at);
    for (let k = 0; k < 3 && rnd() < 0.6; k++) {
      at += Math.floor(1 + rnd() * 5) * DAY;
      const edited = { ...booked, amount: rnd() < 0.2 ? 0.1 : Math.round(rnd() * 100_000) / 100, ...(rnd() < 0.3 ? { taskId: pick(taskIds), date: new Date(at).toISOString().slice(0, 10) } : {}) };
      await write(-1, booked, at);
      await write(1, edited, at);
      booked = edited;
      instants.push(at);
    }
    if (rnd() < 0.3) {
      at += Math.floor(1 + rnd() * 5) * DAY;
      await write(-1, booked, at);
      instants.push(at);
    }
  }
  for (let d = 1; d <= 61; d++) instants.push(start + d * DAY - (start % DAY));
  return { projectId, taskIds, instants };
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Kai Kept');
  ({ projectId, taskIds, instants } = await seed('KHS'));
});
afterAll(() => h?.close());

/** A map of states as sorted entries (a map's order is not part of the answer). */
const entriesOf = <V>(m: ReadonlyMap<string, V>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

/** Asks for every instant in `ats` (in that order) and checks the kept answers against the plain reads. */
async function compare(kept: KeptTaskStates, recorded: RecordedHistory, ats: readonly number[]): Promise<void> {
  const ds = h.app.dataSource;
  for (const ms of ats) {
    const at = new Date(ms);
    const plain = await taskStatesAsOf(ds, projectId, at);
    expect(entriesOf(await kept.statesAsOf(ds, projectId, at, 2)), at.toISOString()).toEqual(entriesOf(plain));
    expect(entriesOf(await progressAsOf(ds, projectId, at, 1, kept))).toEqual(entriesOf(await progressAsOf(ds, projectId, at)));
    expect(await recorded.costEntriesAsOf(ds, projectId, at), at.toISOString()).toEqual(await costEntriesAsOf(ds, projectId, at));
  }
}

describe('kept task states and cost ledger', () => {
  it('step back day by day from a kept day, probing only the tasks that changed in between', async () => {
    const ds = h.app.dataSource;
    const kept = new KeptTaskStates(systemClock);
    const recorded = new RecordedHistory(systemClock);
    const days = Array.from({ length: 61 }, (_, d) => start + (61 - d) * DAY - (start % DAY));
    // Every statement the kept states run, to tell a probe of every task from a probe of some.
    const spy = vi.spyOn(ds, 'query');
    let whole = 0;
    let some = 0;
    try {
      for (const ms of days) {
        spy.mockClear();
        const states = await kept.statesAsOf(ds, projectId, new Date(ms));
        const sql = spy.mock.calls.map(([text]) => String(text));
        if (sql.some((q) => q.includes('FROM tasks t'))) whole++;
        else if (sql.some((q) => q.includes('unnest('))) some++;
        spy.mockClear();
        expect(entriesOf(states), new Date(ms).toISOString()).toEqual(entriesOf(await taskStatesAsOf(ds, projectId, new Date(ms))));
      }
    } finally {
      spy.mockRestore();
    }
    await compare(kept, recorded, days);
    expect(whole).toBeLessThan(days.length / 4);
    expect(some).toBeGreaterThan(days.length / 2);
  });

  it('answer every settled instant as the plain reads do, asked in any order, after a task and the project are deleted', async () => {
    const ds = h.app.dataSource;
    const kept = new KeptTaskStates(systemClock);
    const recorded = new RecordedHistory(systemClock);
    const asked = shuffled([...new Set(instants.flatMap((at) => [at, at + 1, at - 1]))]);
    expect(asked.length).toBeGreaterThan(400);
    // The plain reads of progress are those the earned value read before (three columns of the newest row).
    const at = new Date(start + 40 * DAY);
    const direct = (await ds.query(
      `SELECT h.task_id AS id, coalesce(h.rollup_percent, h.percent_complete) AS percent, h.archived FROM tasks t
        CROSS JOIN LATERAL (SELECT * FROM task_history h WHERE h.task_id = t.id AND h.at < $2 ORDER BY h.at DESC, h.id DESC LIMIT 1) h
        WHERE t.project_id = $1`,
      [projectId, at],
    )) as { id: string; percent: number; archived: boolean }[];
    expect(entriesOf(await progressAsOf(ds, projectId, at))).toEqual(entriesOf(new Map(direct.map((r) => [r.id, { percent: r.percent, archived: r.archived }]))));

    await compare(kept, recorded, asked.slice(0, 150));
    // A task added (the layout moves on) whose first rows are older than some kept days.
    const [status] = await ds.query(`SELECT id FROM task_statuses WHERE project_id = $1 LIMIT 1`, [projectId]);
    const [added] = await ds.query(
      `INSERT INTO tasks (project_id, number, position, wbs_code, wbs_sort, name, kind, status_id, duration_days) VALUES ($1, 31, 31, '31', '00031', 'Added', 'TASK', $2, 1) RETURNING id`,
      [projectId, status.id],
    );
    await ds.query(`UPDATE task_history SET at = $2 WHERE task_id = $1`, [added.id, new Date(start + 5 * DAY)]);
    await compare(kept, recorded, shuffled(asked).slice(0, 60));
    // A task deleted: its history rows and cost rows go with it, and no kept day brings it back.
    const gone = taskIds[1]!;
    const { count } = (await ds.query(`SELECT count(*)::int AS count FROM cost_history WHERE task_id = $1`, [gone]))[0];
    expect(count).toBeGreaterThan(0);
    await ds.query(`DELETE FROM tasks WHERE id = $1`, [gone]);
    await compare(kept, recorded, shuffled(asked).slice(0, 150));
    expect((await kept.statesAsOf(ds, projectId, new Date(start + 60 * DAY))).has(gone)).toBe(false);
    // The project deleted: nothing is left to answer.
    await ds.query(`DELETE FROM projects WHERE id = $1`, [projectId]);
    for (const ms of shuffled(asked).slice(0, 20)) {
      expect((await kept.statesAsOf(ds, projectId, new Date(ms))).size).toBe(0);
      expect(await recorded.costEntriesAsOf(ds, projectId, new Date(ms))).toEqual([]);
    }
  });
});

describe('task state checkpoints', () => {
  let c: Awaited<ReturnType<typeof seed>>;
  const rule = { rowsPerTask: 0.5, minRows: 12 };
  beforeAll(async () => {
    c = await seed('KCP');
  });
  const checkpoints = async () =>
    (await h.app.dataSource.query(`SELECT at, tasks FROM task_state_checkpoints WHERE project_id = $1 ORDER BY at`, [c.projectId])) as { at: Date; tasks: number }[];
  const rowsBetween = async (from: Date, to: Date) =>
    ((await h.app.dataSource.query(`SELECT count(*)::int AS n FROM task_history WHERE project_id = $1 AND at >= $2 AND at < $3`, [c.projectId, from, to])) as [{ n: number }])[0].n;

  it("are written at the end of settled days, once the rule's rows were written since the last, each holding that instant's states", async () => {
    const ds = h.app.dataSource;
    // Day 40 ended five minutes ago: it is not settled yet, so no checkpoint reaches it.
    const clock = new ManualClock(new Date(start - (start % DAY) + 40 * DAY + 5 * 60_000));
    const written = await catchUpCheckpoints(ds, clock, c.projectId, rule);
    let made = await checkpoints();
    expect(made).toHaveLength(written);
    expect(written).toBeGreaterThan(3);
    expect(await catchUpCheckpoints(ds, clock, c.projectId, rule)).toBe(0);
    clock.addDays(30);
    expect(await catchUpCheckpoints(ds, clock, c.projectId, rule)).toBeGreaterThan(0);
    made = await checkpoints();
    let previous: { at: Date; tasks: number } | null = null;
    for (const checkpoint of made) {
      expect(checkpoint.at.getTime() % DAY, 'a midnight').toBe(0);
      expect(checkpoint.at.getTime()).toBeLessThanOrEqual(clock.now().getTime() - SETTLED_MS);
      const states = (await checkpointAt(ds, c.projectId, checkpoint.at))!;
      expect(states.at).toEqual(checkpoint.at);
      expect(states.states.size).toBe(checkpoint.tasks);
      expect(entriesOf(states.states), checkpoint.at.toISOString()).toEqual(entriesOf(await taskStatesAsOf(ds, c.projectId, checkpoint.at)));
      if (previous) {
        // Due on the day the rule's rows since the last one were reached, not before.
        const due = Math.max(rule.minRows, Math.ceil(rule.rowsPerTask * previous.tasks));
        expect(await rowsBetween(previous.at, checkpoint.at)).toBeGreaterThanOrEqual(due);
        expect(await rowsBetween(previous.at, new Date(checkpoint.at.getTime() - DAY))).toBeLessThan(due);
      }
      previous = checkpoint;
    }
  });

  it('answer every day as the plain reads do, with no probe per task once one is near, after tasks are added and deleted', async () => {
    const ds = h.app.dataSource;
    const [first] = await checkpoints();
    const asked = shuffled([...new Set(c.instants.flatMap((at) => [at, at + 1, at - 1]))]);
    const ask = async (ats: number[]) => {
      const spy = vi.spyOn(ds, 'query');
      let probes = 0;
      try {
        for (const ms of ats) {
          const at = new Date(ms);
          spy.mockClear();
          // A fresh keeper each time: every answer comes from a checkpoint or a probe, never from a kept day.
          const states = await new KeptTaskStates(systemClock).statesAsOf(ds, c.projectId, at, 2);
          const once = await statesAt(ds, c.projectId, at);
          if (ms >= first!.at.getTime() && spy.mock.calls.some(([text]) => String(text).includes('FROM tasks t'))) probes++;
          spy.mockClear();
          const plain = await taskStatesAsOf(ds, c.projectId, at);
          expect(entriesOf(states), at.toISOString()).toEqual(entriesOf(plain));
          expect(entriesOf(once), at.toISOString()).toEqual(entriesOf(plain));
        }
      } finally {
        spy.mockRestore();
      }
      return probes;
    };
    expect(await ask(asked.slice(0, 150))).toBe(0);
    // A task added with rows older than some checkpoints, and one deleted that checkpoints still hold.
    const [status] = await ds.query(`SELECT id FROM task_statuses WHERE project_id = $1 LIMIT 1`, [c.projectId]);
    const [added] = await ds.query(
      `INSERT INTO tasks (project_id, number, position, wbs_code, wbs_sort, name, kind, status_id, duration_days) VALUES ($1, 31, 31, '31', '00031', 'Added', 'TASK', $2, 1) RETURNING id`,
      [c.projectId, status.id],
    );
    await ds.query(`UPDATE task_history SET at = $2 WHERE task_id = $1`, [added.id, new Date(start + 5 * DAY)]);
    await ds.query(`DELETE FROM tasks WHERE id = $1`, [c.taskIds[2]]);
    await ask(shuffled(asked).slice(0, 100));
    expect((await statesAt(ds, c.projectId, new Date(start + 50 * DAY))).has(c.taskIds[2]!)).toBe(false);
    expect((await statesAt(ds, c.projectId, new Date(start + 50 * DAY))).has(added.id)).toBe(true);
  });

  it("are written by the server's history round, and go with their project", async () => {
    const ds = h.app.dataSource;
    const r = await h.gql(`mutation { projectCreate(input: { key: "KCR", name: "Round" }) { project { id } } }`, {}, owner);
    const p: string = r.data!.projectCreate.project.id;
    const [status] = await ds.query(`SELECT id FROM task_statuses WHERE project_id = $1 LIMIT 1`, [p]);
    const [task] = await ds.query(
      `INSERT INTO tasks (project_id, number, position, wbs_code, wbs_sort, name, kind, status_id, duration_days) VALUES ($1, 1, 1, '1', '00001', 'One', 'TASK', $2, 1) RETURNING id`,
      [p, status.id],
    );
    // More rows than a checkpoint needs at least, over the last ten days.
    await ds.query(
      `INSERT INTO task_history (project_id, task_id, at, status_id, percent_complete, percent_delta, rollup_percent, duration_days, actual_start, actual_finish, archived)
       SELECT $1, $2, now() - interval '10 days' + g * interval '5 minutes', $3, g % 101, 0, NULL, 1, NULL, NULL, false FROM generate_series(1, 1500) g`,
      [p, task.id, status.id],
    );
    expect(await h.app.services.history.checkpoints()).toBeGreaterThan(0);
    expect(((await ds.query(`SELECT count(*)::int AS n FROM task_state_checkpoints WHERE project_id = $1`, [p])) as [{ n: number }])[0].n).toBeGreaterThan(0);
    await ds.query(`DELETE FROM projects WHERE id = $1`, [p]);
    expect(((await ds.query(`SELECT count(*)::int AS n FROM task_state_checkpoints WHERE project_id = $1`, [p])) as [{ n: number }])[0].n).toBe(0);
  });
});

describe('kept answers', () => {
  let p: string;
  let taskId: string;
  beforeAll(async () => {
    const ds = h.app.dataSource;
    const r = await h.gql(`mutation { projectCreate(input: { key: "KHT", name: "Kept today" }) { project { id } } }`, {}, owner);
    p = r.data!.projectCreate.project.id;
    const [status] = await ds.query(`SELECT id FROM task_statuses WHERE project_id = $1 LIMIT 1`, [p]);
    [{ id: taskId }] = await ds.query(
      `INSERT INTO tasks (project_id, number, position, wbs_code, wbs_sort, name, kind, status_id, duration_days) VALUES ($1, 1, 1, '1', '00001', 'One', 'TASK', $2, 2) RETURNING id`,
      [p, status.id],
    );
    await ds.query(`UPDATE task_history SET at = $2 WHERE task_id = $1`, [taskId, new Date(Date.now() - 3 * DAY)]);
    await ds.query(`INSERT INTO cost_history (project_id, task_id, entry_id, at, date, amount, hours) VALUES ($1, $2, gen_random_uuid(), $3, '2026-01-01', 12.5, 1)`, [
      p,
      taskId,
      new Date(Date.now() - 3 * DAY),
    ]);
  });

  it('are the caller\'s own: changing one leaves the next as it was', async () => {
    const ds = h.app.dataSource;
    const kept = new KeptTaskStates(systemClock);
    const recorded = new RecordedHistory(systemClock);
    const at = new Date(Date.now() - DAY);
    const states = await kept.statesAsOf(ds, p, at);
    const costs = await recorded.costEntriesAsOf(ds, p, at);
    expect(() => Object.assign(states.get(taskId)! as PastTaskState, { percentComplete: 99 })).toThrow(TypeError);
    states.clear();
    costs[0]!.amount = 99;
    costs.push({ taskId, date: '2026-01-02', amount: 1 });
    expect(entriesOf(await kept.statesAsOf(ds, p, at))).toEqual(entriesOf(await taskStatesAsOf(ds, p, at)));
    expect(await recorded.costEntriesAsOf(ds, p, at)).toEqual([{ taskId, date: '2026-01-01', amount: 12.5, hours: 1 }]);
  });

  it('read instants not settled yet afresh every time', async () => {
    const ds = h.app.dataSource;
    const clock = new ManualClock(new Date());
    const kept = new KeptTaskStates(clock);
    const recorded = new RecordedHistory(clock);
    const at = new Date(clock.now().getTime() - 60_000);
    expect((await kept.statesAsOf(ds, p, at)).get(taskId)!.percentComplete).toBe(0);
    expect(await recorded.costEntriesAsOf(ds, p, at)).toHaveLength(1);
    // Rows written just before `at` by a write that ended after the first answer.
    await ds.query(`UPDATE tasks SET percent_complete = 40 WHERE id = $1`, [taskId]);
    await ds.query(`UPDATE task_history SET at = $2 WHERE task_id = $1 AND percent_complete = 40`, [taskId, new Date(at.getTime() - 1000)]);
    await ds.query(`INSERT INTO cost_history (project_id, task_id, entry_id, at, date, amount) VALUES ($1, $2, gen_random_uuid(), $3, '2026-01-02', 3)`, [p, taskId, new Date(at.getTime() - 1000)]);
    expect((await kept.statesAsOf(ds, p, at)).get(taskId)!.percentComplete).toBe(40);
    expect(await recorded.costEntriesAsOf(ds, p, at)).toEqual(await costEntriesAsOf(ds, p, at));
    expect(await recorded.costEntriesAsOf(ds, p, at)).toHaveLength(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';
import { PlanCalendars } from '../../planning/resources.js';
import { projectFigures } from './health-facts.js';

/**
 * The portfolio's figures come from running sums kept by triggers with every write. After many
 * random writes of every kind (progress, duration, status, archive, new tasks, cost entries booked
 * and removed, baselines taken and deleted, links, a status date moved, and rarer direct changes: a
 * task becoming a summary, a task deleted outright, a status changing category) the figures are the
 * ones computed from scratch from the tasks, baseline rows and cost entries.
 */
let h: Harness;
let pm: TestUser;

const ok = async (q: string, v: Record<string, unknown>) => {
  const r = await h.gql(q, v, pm);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};
/** A write that may be refused (a link making a cycle, progress on a summary...): refused is fine. */
const attempt = (q: string, v: Record<string, unknown>) => h.gql(q, v, pm);

const PORTFOLIO = `query { portfolio { projects { id key statusDate percentComplete hasBaseline bac pv ev ac baselineFinish } } }`;

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]): T | undefined => xs[Math.floor(next() * xs.length)] };
}

/** The figures from scratch: every live leaf task with its newest baseline row, every cost entry. */
async function fromScratch(projectId: string) {
  const [r] = await h.app.dataSource.query(
    `WITH bl AS (SELECT b.id FROM baselines b WHERE b.project_id = $1 ORDER BY b.created_at DESC, b.id DESC LIMIT 1),
          sd AS (SELECT coalesce(pp.status_date, current_date) AS sd FROM projects p LEFT JOIN project_plans pp ON pp.project_id = p.id WHERE p.id = $1),
          leaves AS (
            SELECT t.duration_days::float8 AS dur, t.percent_complete::float8 AS pct, s.category, bt.cost::float8 AS cost, bt.start AS bs, bt.finish AS bf
              FROM tasks t JOIN task_statuses s ON s.id = t.status_id
              LEFT JOIN bl ON true LEFT JOIN baseline_tasks bt ON bt.baseline_id = bl.id AND bt.task_id = t.id
             WHERE t.project_id = $1 AND t.archived_at IS NULL AND t.kind <> 'SUMMARY')
     SELECT (SELECT sd::text FROM sd) AS status_date,
            sum(dur * pct) FILTER (WHERE category <> 'CANCELLED') AS weighted, sum(dur) FILTER (WHERE category <> 'CANCELLED') AS duration,
            avg(pct) FILTER (WHERE category <> 'CANCELLED') AS plain, sum(cost) AS bac, sum(cost * pct / 100) AS ev, min(bs) AS bs, max(bf) AS bf,
            (SELECT coalesce(sum(c.amount), 0)::float8 FROM cost_entries c, sd WHERE c.project_id = $1 AND c.date <= sd.sd) AS ac,
            coalesce(json_agg(json_build_object('cost', cost, 'bs', bs, 'bf', bf)) FILTER (WHERE bs IS NOT NULL), '[]') AS rows
       FROM leaves`,
    [projectId],
  );
  const cut = `${new Date(Date.parse(`${r.status_date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)}T00:00`;
  // The test projects have no calendars of their own: the standard calendar spreads the tasks under way.
  const calendar = new PlanCalendars({ specs: [], calendarId: null }).get(null);
  const rows = r.rows as { cost: number; bs: string; bf: string }[];
  const hasBaseline = rows.length > 0;
  let pv = 0;
  for (const t of rows) {
    if (cut >= t.bf) pv += t.cost;
    else if (cut > t.bs && t.cost !== 0) {
      const total = calendar.workingMinutesBetween(t.bs, t.bf);
      pv += t.cost * (total <= 0 ? 1 : Math.min(1, Math.max(0, calendar.workingMinutesBetween(t.bs, cut) / total)));
    }
  }
  const duration = Number(r.duration ?? 0);
  const percent = duration > 0 ? Number(r.weighted) / duration : Number(r.plain ?? 0);
  return {
    statusDate: r.status_date as string,
    percentComplete: Math.round(percent * 10) / 10,
    hasBaseline,
    bac: hasBaseline ? Number(r.bac) : null,
    ev: hasBaseline ? Number(r.ev) : null,
    pv: hasBaseline ? pv : null,
    ac: Number(r.ac),
    baselineStart: hasBaseline ? (r.bs as string).slice(0, 10) : null,
    baselineFinish: hasBaseline ? (r.bf as string).slice(0, 10) : null,
  };
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));

beforeAll(async () => {
  h = await startHarness();
  pm = await h.user('Petra Portfolio');
});
afterAll(() => h?.close());

describe('portfolio running sums', () => {
  it('give the figures computed from scratch after random writes of every kind', { timeout: 240_000 }, async () => {
    const seed = 20261207;
    const rnd = random(seed);
    const ds = h.app.dataSource;
    const projects: string[] = [];
    for (const key of ['RA', 'RB']) {
      const id = (await ok(`mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id } } }`, { i: { key, name: `Random ${key}`, startDate: '2026-03-02', budget: 50000 } })).projectCreate.project.id;
      projects.push(id);
      await ok(`mutation($i: StatusCreateInput!) { statusCreate(input: $i) { status { id } } }`, { i: { projectId: id, name: 'Dropped', category: 'CANCELLED' } }).catch(() => undefined);
      const res = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId: id, name: 'Engineer', standardRate: 90 } })).resourceCreate.resource.id;
      for (let i = 0; i < 12; i++) {
        const t = await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, {
          i: { projectId: id, name: `Task ${i}`, ...(i % 6 === 5 ? { kind: 'MILESTONE' } : { durationDays: rnd.int(1, 9) }) },
        });
        if (i % 6 !== 5) await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: t.taskCreate.task.id, resourceId: res } });
      }
      await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "First") { baseline { id } } }`, { p: id });
      await ok(`mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { changeNumber } }`, { i: { projectId: id, statusDate: '2026-03-06' } });
    }
    const bump = (projectId: string) =>
      ds.query(`INSERT INTO project_changes (project_id, change) VALUES ($1, 1) ON CONFLICT (project_id) DO UPDATE SET change = project_changes.change + 1`, [projectId]);
    const liveTasks = async (projectId: string) =>
      (await ds.query(`SELECT id, version, kind FROM tasks WHERE project_id = $1 AND archived_at IS NULL ORDER BY number`, [projectId])) as { id: string; version: number; kind: string }[];
    const update = async (projectId: string, fields: Record<string, unknown>) => {
      const t = rnd.pick(await liveTasks(projectId));
      if (t) await attempt(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: t.id, version: t.version, ...fields } });
    };
    const costed = new Set<string>();
    const ops: Record<string, (p: string) => Promise<unknown>> = {
      percent: (p) => update(p, { percentComplete: rnd.int(0, 100) }),
      duration: (p) => update(p, { durationDays: rnd.pick([0, 0.5, 1, 2, 3, 5, 8, 12]) }),
      start: (p) => update(p, { plannedStart: `2026-03-${String(rnd.int(2, 16)).padStart(2, '0')}` }),
      status: async (p) => update(p, { statusId: rnd.pick((await ds.query(`SELECT id FROM task_statuses WHERE project_id = $1`, [p])).map((s: { id: string }) => s.id)) }),
      archive: async (p) => {
        const t = rnd.pick(await liveTasks(p));
        if (t) await attempt(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: t.id });
      },
      create: (p) => attempt(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId: p, name: 'More work', durationDays: rnd.int(0, 6) } }),
      cost: async (p) => {
        const t = rnd.pick(await liveTasks(p));
        if (t) costed.add(t.id);
        if (t) await attempt(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, { i: { taskId: t.id, date: `2026-03-${String(rnd.int(1, 20)).padStart(2, '0')}`, amount: rnd.int(100, 99999) / 100 } });
      },
      uncost: async (p) => {
        const c = rnd.pick(await ds.query(`SELECT id FROM cost_entries WHERE project_id = $1`, [p]));
        if (c) await attempt(`mutation($id: UUID!) { costEntryDelete(id: $id) { costEntry { id } } }`, { id: (c as { id: string }).id });
      },
      baseline: (p) => attempt(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Again") { baseline { id } } }`, { p }),
      unbaseline: async (p) => {
        const b = rnd.pick(await ds.query(`SELECT id FROM baselines WHERE project_id = $1`, [p]));
        if (b) await attempt(`mutation($id: UUID!) { baselineDelete(id: $id) { baseline { id } } }`, { id: (b as { id: string }).id });
      },
      link: async (p) => {
        const ts = (await liveTasks(p)).filter((t) => t.kind !== 'SUMMARY');
        const [a, b] = [rnd.pick(ts), rnd.pick(ts)];
        if (a && b && a.id !== b.id) await attempt(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: a.id, successorId: b.id } });
      },
      statusDate: (p) => attempt(`mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { changeNumber } }`, { i: { projectId: p, statusDate: `2026-03-${String(rnd.int(1, 28)).padStart(2, '0')}` } }),
      summary: async (p) => {
        const t = rnd.pick(await liveTasks(p));
        if (t) await ds.query(`UPDATE tasks SET kind = CASE WHEN kind = 'SUMMARY' THEN 'TASK' ELSE 'SUMMARY' END WHERE id = $1`, [t.id]);
        await bump(p);
      },
      remove: async (p) => {
        // Deleted outright (the product archives instead; a task with cost entries keeps its cost history).
        const t = rnd.pick((await liveTasks(p)).filter((x) => !costed.has(x.id)));
        if (t) await ds.query(`DELETE FROM tasks WHERE id = $1`, [t.id]);
        await bump(p);
      },
      category: async (p) => {
        await ds.query(`UPDATE task_statuses SET category = CASE WHEN category = 'CANCELLED' THEN 'STARTED' ELSE 'CANCELLED' END WHERE project_id = $1 AND name IN ('Dropped', 'In progress')`, [p]);
        await bump(p);
      },
    };
    const weights: [string, number][] = [
      ['percent', 8], ['duration', 5], ['start', 3], ['status', 4], ['archive', 3], ['create', 3], ['cost', 4], ['uncost', 2], ['baseline', 4],
      ['unbaseline', 1], ['link', 2], ['statusDate', 1], ['summary', 3], ['remove', 2], ['category', 1],
    ];
    const bag = weights.flatMap(([name, w]) => Array<string>(w).fill(name));
    const done: string[] = [];
    let compared = 0;
    const seen = { baseline: false, earned: false, spent: false };
    for (let step = 1; step <= 150; step++) {
      const op = rnd.pick(bag)!;
      await ops[op]!(rnd.pick(projects)!);
      done.push(op);
      if (step % 3) continue;
      const rows = (await ok(PORTFOLIO, {})).portfolio.projects as Record<string, unknown>[];
      const figures = await projectFigures(ds, projects, new Date().toISOString().slice(0, 10));
      for (const id of projects) {
        const row = rows.find((r) => r.id === id)!;
        const got = figures.get(id)!;
        const want = await fromScratch(id);
        const context = `seed ${seed}, after ${done.join(', ')}`;
        // The portfolio answers with these figures (it keeps them until the project's next change).
        expect(row, context).toMatchObject({ statusDate: got.statusDate, percentComplete: got.percentComplete, hasBaseline: got.baselineId !== null, bac: got.bac, ev: got.ev, pv: got.pv, ac: got.ac, baselineFinish: got.baselineFinish });
        expect(
          { statusDate: got.statusDate, percentComplete: got.percentComplete, hasBaseline: got.baselineId !== null, baselineStart: got.baselineStart, baselineFinish: got.baselineFinish },
          context,
        ).toEqual({ statusDate: want.statusDate, percentComplete: want.percentComplete, hasBaseline: want.hasBaseline, baselineStart: want.baselineStart, baselineFinish: want.baselineFinish });
        for (const f of ['bac', 'ev', 'pv', 'ac'] as const) expect(close(got[f], want[f]), `${f}: ${String(got[f])} vs ${String(want[f])}, ${context}`).toBe(true);
        compared++;
        seen.baseline ||= got.baselineId !== null;
        seen.earned ||= Number(got.ev) > 0;
        seen.spent ||= Number(got.ac) > 0;
      }
    }
    expect(compared).toBe(100);
    // The figures compared were not empty ones.
    expect(seen).toMatchObject({ baseline: true, earned: true, spent: true });
    // Every kind of write was made at least once.
    expect(new Set(done)).toEqual(new Set(weights.map(([n]) => n)));
  });
});

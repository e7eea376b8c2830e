import type { DataSource } from 'typeorm';
import type { Services } from '../composition.js';
import { StatusCategory } from '../modules/task/index.js';

/** How far back the demo's history reaches: its planning weeks, then the work so far. */
export const HISTORY_DAYS = 70;

const DAY = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const at = (day: Date, hour: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour));
const weekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

interface Row {
  id: string;
  parentId: string | null;
  kind: string;
  statusId: string;
  percentComplete: number;
  rollupPercent: number | null;
  durationDays: number;
  actualStart: string | null;
  actualFinish: string | null;
  archived: boolean;
}

interface HistoryRow {
  taskId: string;
  at: Date;
  statusId: string;
  percentComplete: number;
  percentDelta: number;
  rollupPercent: number | null;
  durationDays: number;
  actualStart: string | null;
  actualFinish: string | null;
  archived: boolean;
}

/**
 * Ten weeks of plausible history for the demo project, ending today, written in bulk: the project
 * was set up ten weeks ago, its tasks planned over the following weeks, the baseline signed off
 * before work began, and since then work went as it went (progress day by day from each task's
 * actual start, the RFP stuck at 70%, the payroll interface grown by three days, costs booked on
 * their days). Risks and issues were raised along the way. Then the server's daily snapshots of
 * every past day are taken from that history, so the S-curve, burndown, burnup and exposure trend
 * are real from the first start.
 */
export async function seedDemoHistory(ds: DataSource, services: Services, projectId: string, today: Date, workStart: Date): Promise<void> {
  const created = new Date(at(today, 9).getTime() - HISTORY_DAYS * DAY);
  const tasks = (await ds.query(
    `SELECT id, parent_id AS "parentId", kind, status_id AS "statusId", percent_complete AS "percentComplete", rollup_percent AS "rollupPercent",
            duration_days::float8 AS "durationDays", actual_start AS "actualStart", actual_finish AS "actualFinish", archived_at IS NOT NULL AS archived
       FROM tasks WHERE project_id = $1 ORDER BY wbs_sort`,
    [projectId],
  )) as Row[];
  const statuses = (await ds.query(`SELECT id, category FROM task_statuses WHERE project_id = $1 ORDER BY position`, [projectId])) as { id: string; category: string }[];
  const statusOf = (c: StatusCategory) => statuses.find((s) => s.category === c)!.id;
  const parents = new Set(tasks.map((t) => t.parentId).filter((p): p is string => !!p));
  const leaves = tasks.filter((t) => !parents.has(t.id));
  const byId = new Map(tasks.map((t) => [t.id, t]));

  // Planning: the charter first, then the tasks written down over three weeks, in outline order.
  const planning = 21 * DAY;
  const createdAt = new Map(tasks.map((t, i) => [t.id, new Date(created.getTime() + 14 * DAY + Math.floor((i / Math.max(1, tasks.length)) * planning))]));
  const baselineAt = new Date(workStart.getTime() - 3 * DAY + 10 * 3_600_000);
  const rows: HistoryRow[] = [];
  /** Each leaf's percent at each moment, for the summaries' roll-ups. */
  const events: { at: Date; taskId: string; pct: number }[] = [];
  const payroll = (await ds.query(`SELECT id FROM tasks WHERE project_id = $1 AND name = 'Payroll interface'`, [projectId])) as { id: string }[];
  const grown = payroll[0]?.id;

  const grownAt = new Date(baselineAt.getTime() + 9 * DAY);
  for (const t of leaves) {
    const born = createdAt.get(t.id)!;
    // What happened to the task, in time order: its creation, its progress day by day, the payroll interface's growth.
    const changes: { at: Date; fields: Partial<HistoryRow> }[] = [{ at: born, fields: {} }];
    if (t.id === grown) changes.push({ at: grownAt, fields: { durationDays: t.durationDays } });
    if (t.actualStart) {
      const start = new Date(`${t.actualStart.slice(0, 10)}T00:00:00Z`);
      const end = t.actualFinish ? new Date(`${t.actualFinish.slice(0, 10)}T00:00:00Z`) : today;
      const days: Date[] = [];
      for (let d = start; d <= end; d = new Date(d.getTime() + DAY)) if (!weekend(d)) days.push(d);
      // The late RFP: most of it done early, then it stalled.
      const stalled = !t.actualFinish && t.percentComplete === 70;
      days.forEach((d, i) => {
        const share = stalled ? Math.min(1, (i + 1) / Math.max(1, Math.ceil(days.length * 0.6))) : (i + 1) / days.length;
        const value = i === days.length - 1 && t.actualFinish ? 100 : Math.min(t.percentComplete, Math.max(5, Math.round(t.percentComplete * share)));
        changes.push({ at: at(d, 17), fields: { statusId: statusOf(StatusCategory.STARTED), percentComplete: value, actualStart: t.actualStart } });
      });
    }
    changes.sort((a, b) => a.at.getTime() - b.at.getTime());
    let state: HistoryRow = {
      taskId: t.id, at: born, statusId: statusOf(StatusCategory.UNSTARTED), percentComplete: 0, percentDelta: 0, rollupPercent: null,
      durationDays: t.id === grown ? t.durationDays - 3 : t.durationDays, actualStart: null, actualFinish: null, archived: false,
    };
    let first = true;
    for (const c of changes) {
      const next: HistoryRow = { ...state, ...c.fields, at: c.at };
      if (!first && next.percentComplete === state.percentComplete && next.durationDays === state.durationDays && next.statusId === state.statusId) continue;
      next.percentDelta = first ? next.percentComplete : next.percentComplete - state.percentComplete;
      first = false;
      state = next;
      rows.push(next);
      events.push({ at: c.at, taskId: t.id, pct: next.percentComplete });
    }
    // The newest row is the task as it is now.
    const finishedAt = t.actualFinish ? at(new Date(`${t.actualFinish.slice(0, 10)}T00:00:00Z`), 17).getTime() + 60_000 : 0;
    const final: HistoryRow = {
      taskId: t.id, at: new Date(Math.max(state.at.getTime() + 60_000, finishedAt)), statusId: t.statusId, percentComplete: t.percentComplete,
      percentDelta: t.percentComplete - state.percentComplete, rollupPercent: t.rollupPercent, durationDays: t.durationDays,
      actualStart: t.actualStart, actualFinish: t.actualFinish, archived: t.archived,
    };
    rows.push(final);
    events.push({ at: final.at, taskId: t.id, pct: final.percentComplete });
  }
  // A future-dated final row would be read as not yet happened: keep every row in the past.
  const now = new Date();
  for (const r of rows) if (r.at > now) r.at = new Date(now.getTime() - 60_000);

  // Summaries: created with the plan, their roll-up following their leaves (duration-weighted) day by day.
  const leavesUnder = new Map<string, Row[]>();
  for (const leaf of leaves) {
    for (let p = leaf.parentId; p; p = byId.get(p)?.parentId ?? null) {
      const list = leavesUnder.get(p) ?? [];
      list.push(leaf);
      leavesUnder.set(p, list);
    }
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const s of tasks.filter((t) => parents.has(t.id))) {
    const under = leavesUnder.get(s.id) ?? [];
    const mine = new Set(under.map((l) => l.id));
    const current = new Map<string, number>();
    const weight = (l: Row) => l.durationDays;
    let last: number | null = null;
    const base = { taskId: s.id, statusId: s.statusId, percentComplete: s.percentComplete, percentDelta: 0, durationDays: s.durationDays, actualStart: null, actualFinish: null, archived: s.archived };
    rows.push({ ...base, at: createdAt.get(s.id)!, percentDelta: s.percentComplete, rollupPercent: 0 });
    last = 0;
    for (const e of events) {
      if (!mine.has(e.taskId)) continue;
      current.set(e.taskId, e.pct);
      const total = under.reduce((n, l) => n + weight(l), 0);
      const done = under.reduce((n, l) => n + weight(l) * (current.get(l.id) ?? 0), 0);
      const value = total > 0 ? Math.round(done / total) : 0;
      if (value !== last && e.at > createdAt.get(s.id)!) {
        rows.push({ ...base, at: new Date(e.at.getTime() + 1000), rollupPercent: value });
        last = value;
      }
    }
    rows.push({ ...base, at: new Date(now.getTime() - 30_000), rollupPercent: s.rollupPercent, actualStart: s.actualStart, actualFinish: s.actualFinish });
  }

  await ds.transaction(async (m) => {
    await m.query(`UPDATE projects SET created_at = $2 WHERE id = $1`, [projectId, created]);
    await m.query(`UPDATE tasks SET created_at = c.at FROM unnest($2::uuid[], $3::timestamptz[]) AS c(id, at) WHERE tasks.project_id = $1 AND tasks.id = c.id`, [
      projectId,
      [...createdAt.keys()],
      [...createdAt.values()],
    ]);
    await m.query(`UPDATE baselines SET created_at = $2 WHERE project_id = $1`, [projectId, baselineAt]);
    // Risks and issues were raised along the way (older first).
    for (const table of ['risks', 'issues']) {
      await m.query(
        `UPDATE ${table} r SET created_at = $2::timestamptz + (o.n * ($3::float8 / o.total)) * interval '1 day'
           FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS n, count(*) OVER () AS total FROM ${table} WHERE project_id = $1) o
          WHERE r.id = o.id`,
        [projectId, new Date(created.getTime() + 14 * DAY), HISTORY_DAYS - 20],
      );
    }
    await m.query(`DELETE FROM task_history WHERE project_id = $1`, [projectId]);
    await m.query(
      `INSERT INTO task_history (project_id, task_id, at, status_id, percent_complete, percent_delta, rollup_percent, duration_days, actual_start, actual_finish, archived)
       SELECT $1, * FROM unnest($2::uuid[], $3::timestamptz[], $4::uuid[], $5::smallint[], $6::smallint[], $7::smallint[], $8::numeric[], $9::text[], $10::text[], $11::boolean[])`,
      [
        projectId,
        rows.map((r) => r.taskId),
        rows.map((r) => r.at),
        rows.map((r) => r.statusId),
        rows.map((r) => r.percentComplete),
        rows.map((r) => r.percentDelta),
        rows.map((r) => r.rollupPercent),
        rows.map((r) => r.durationDays),
        rows.map((r) => r.actualStart),
        rows.map((r) => r.actualFinish),
        rows.map((r) => r.archived),
      ],
    );
    // Costs were booked at the end of the day they are for.
    await m.query(`UPDATE cost_history SET at = (date::timestamp AT TIME ZONE 'UTC') + interval '18 hours' WHERE project_id = $1 AND amount > 0`, [projectId]);
    await m.query(`UPDATE cost_entries SET created_at = (date::timestamp AT TIME ZONE 'UTC') + interval '18 hours' WHERE project_id = $1`, [projectId]);
    // Snapshots and task state checkpoints the server's round may have taken from the history before it was rewritten.
    await m.query(`DELETE FROM project_snapshots WHERE project_id = $1`, [projectId]);
    await m.query(`DELETE FROM task_state_checkpoints WHERE project_id = $1`, [projectId]);
  });
  for (let d = new Date(created); dayOf(d) < dayOf(today); d = new Date(d.getTime() + DAY)) {
    await services.history.take(projectId, dayOf(d));
  }
}

/**
 * Everything a status report reads of one project, gathered in one place: the health facts for
 * `assessHealth`, and the sections around them (accomplishments, planned work, milestones, earned
 * value, curve, burndown, risks, issues, change requests). Figures come from the live plan; this is
 * the one file to swap when a batched gathering for many projects serves reports too.
 */
import type { DataSource } from 'typeorm';
import type { HealthFacts, IssueSeverity } from '@trellis/schema/health';
import type { Actor } from '../../common/actor.js';
import { BadUserInputError } from '../../common/errors.js';
import { UsagePeriod, type PlanningServices } from '../planning/index.js';
import type { ReportBurndownPoint, ReportChange, ReportCurvePoint, ReportEarnedValue, ReportIssue, ReportMilestone, ReportRisk, ReportTask } from './report.types.js';

const DAY_MS = 86_400_000;
export const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

export interface ReportPeriod {
  start: string;
  end: string;
}

export interface ReportSections {
  facts: HealthFacts;
  currency: string;
  accomplishments: ReportTask[];
  planned: ReportTask[];
  milestones: ReportMilestone[];
  earnedValue: ReportEarnedValue | null;
  curve: ReportCurvePoint[];
  burndown: ReportBurndownPoint[];
  risks: ReportRisk[];
  issues: ReportIssue[];
  changes: ReportChange[];
}

/**
 * Tasks completed within the period (inclusive days, UTC), from the progress history (ADR 0007):
 * done at the period's end, not done before it began, listed on the first day of the period they
 * were recorded done. A task reopened before the period ended is not an accomplishment.
 */
export async function completedInPeriod(ds: DataSource, projectId: string, period: ReportPeriod): Promise<ReportTask[]> {
  const rows: { key: string; name: string; day: string }[] = await ds.query(
    `WITH at_end AS (
       SELECT DISTINCT ON (h.task_id) h.task_id, h.status_id, h.archived
         FROM task_history h WHERE h.project_id = $1 AND h.at < ($3::date + 1)
        ORDER BY h.task_id, h.at DESC, h.id DESC
     ), at_start AS (
       SELECT DISTINCT ON (h.task_id) h.task_id, h.status_id
         FROM task_history h WHERE h.project_id = $1 AND h.at < $2::date
        ORDER BY h.task_id, h.at DESC, h.id DESC
     ), done_on AS (
       SELECT h.task_id, min(h.at AT TIME ZONE 'UTC')::date AS day
         FROM task_history h JOIN task_statuses s ON s.id = h.status_id
        WHERE h.project_id = $1 AND s.category = 'COMPLETED' AND h.at >= $2::date AND h.at < ($3::date + 1)
        GROUP BY h.task_id
     )
     SELECT p.key || '-' || t.number AS key, t.name, d.day::text AS day
       FROM at_end e
       JOIN task_statuses se ON se.id = e.status_id AND se.category = 'COMPLETED'
       LEFT JOIN at_start b ON b.task_id = e.task_id
       LEFT JOIN task_statuses sb ON sb.id = b.status_id
       JOIN done_on d ON d.task_id = e.task_id
       JOIN tasks t ON t.id = e.task_id JOIN projects p ON p.id = t.project_id
      WHERE NOT e.archived AND t.archived_at IS NULL AND sb.category IS DISTINCT FROM 'COMPLETED'
      ORDER BY d.day, t.wbs_sort`,
    [projectId, period.start, period.end],
  );
  return rows.map((r) => ({ key: r.key, name: r.name, start: r.day, finish: r.day }));
}

/** Gathers a project's report sections as of now, for the period. `actor` has been allowed to read the project. */
export async function gatherReport(ds: DataSource, planning: PlanningServices, actor: Actor, projectId: string, period: ReportPeriod, now: Date = new Date()): Promise<ReportSections> {
  const today = todayIso(now);
  const [project] = (await ds.query(`SELECT key, currency, budget FROM projects WHERE id = $1`, [projectId])) as { key: string; currency: string; budget: string | null }[];
  const plan = await planning.schedules.current(projectId);
  const scheduled = plan.schedule.tasks;
  const tasks: { id: string; number: number; name: string; actual_finish: string | null; leaf: boolean; completed: boolean }[] = await ds.query(
    `SELECT t.id, t.number, t.name, t.actual_finish,
            NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.archived_at IS NULL) AS leaf,
            s.category = 'COMPLETED' AS completed
       FROM tasks t JOIN task_statuses s ON s.id = t.status_id
      WHERE t.project_id = $1 AND t.archived_at IS NULL ORDER BY t.wbs_sort`,
    [projectId],
  );
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const keyOf = (id: string) => `${project!.key}-${byId.get(id)?.number ?? '?'}`;

  // Baseline: the newest one.
  const [baseline] = (await ds.query(`SELECT id FROM baselines WHERE project_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`, [projectId])) as { id: string }[];
  const baselineFinish = new Map<string, string>();
  if (baseline) {
    const rows: { task_id: string; finish: string }[] = await ds.query(`SELECT task_id, finish FROM baseline_tasks WHERE baseline_id = $1`, [baseline.id]);
    for (const r of rows) baselineFinish.set(r.task_id, r.finish.slice(0, 10));
  }

  const milestones: ReportMilestone[] = scheduled
    .filter((s) => s.milestone && byId.has(s.taskId))
    .map((s) => {
      const t = byId.get(s.taskId)!;
      const actual = t.actual_finish ? t.actual_finish.slice(0, 10) : null;
      const forecast = actual ? null : s.finish.slice(0, 10);
      const base = baselineFinish.get(s.taskId) ?? null;
      return { key: keyOf(s.taskId), name: t.name, baselineFinish: base, forecastFinish: forecast, actualFinish: actual, slipDays: base ? daysBetween(base, actual ?? forecast!) : null };
    })
    .sort((a, b) => (a.actualFinish ?? a.forecastFinish ?? '').localeCompare(b.actualFinish ?? b.forecastFinish ?? ''));

  // Next period of the same length: tasks scheduled to start or finish in it.
  const length = daysBetween(period.start, period.end) + 1;
  const nextStart = addDays(period.end, 1);
  const nextEnd = addDays(period.end, length);
  const planned: ReportTask[] = scheduled
    .filter((s) => !s.summary && !s.complete && byId.has(s.taskId))
    .filter((s) => {
      const a = s.start.slice(0, 10);
      const b = s.finish.slice(0, 10);
      return (a >= nextStart && a <= nextEnd) || (b >= nextStart && b <= nextEnd) || (a < nextStart && b > nextEnd);
    })
    .map((s) => ({ key: keyOf(s.taskId), name: byId.get(s.taskId)!.name, start: s.start.slice(0, 10), finish: s.finish.slice(0, 10) }));

  // Earned value at the status date (the plan's, else the period's end), against the newest baseline.
  const statusDate = plan.settings.statusDate ?? (period.end < today ? period.end : today);
  let earnedValue: ReportEarnedValue | null = null;
  let curve: ReportCurvePoint[] = [];
  if (baseline) {
    try {
      // A period that has ended is measured as it stood then, from the progress history (ADR 0007).
      const past = !plan.settings.statusDate && statusDate < today;
      const ev = await planning.costs.earnedValue(actor, projectId, past ? null : statusDate, baseline.id, UsagePeriod.WEEK, past ? statusDate : null);
      const p = ev.project;
      earnedValue = { statusDate: ev.statusDate, pv: p.pv, ev: p.ev, ac: p.ac, sv: p.sv, cv: p.cv, spi: p.spi, cpi: p.cpi, bac: p.bac };
      curve = ev.series.map((s) => ({ date: s.date, pv: s.pv, ev: s.ev, ac: s.ac }));
    } catch (e) {
      if (!(e instanceof BadUserInputError)) throw e;
    }
  }

  // Burndown: leaf tasks not completed at the end of each week, from the progress history (a task
  // reopened later counts as open again from that day).
  const timeline: { task_id: string; day: string; done: boolean }[] = await ds.query(
    `SELECT h.task_id, (h.at AT TIME ZONE 'UTC')::date::text AS day, s.category = 'COMPLETED' AS done
       FROM task_history h JOIN task_statuses s ON s.id = h.status_id
      WHERE h.project_id = $1 ORDER BY h.task_id, h.at, h.id`,
    [projectId],
  );
  const states = new Map<string, { day: string; done: boolean }[]>();
  for (const r of timeline) {
    const list = states.get(r.task_id) ?? [];
    list.push({ day: r.day, done: r.done });
    states.set(r.task_id, list);
  }
  const doneAt = (taskId: string, day: string): boolean => {
    let done = false;
    for (const st of states.get(taskId) ?? []) {
      if (st.day > day) break;
      done = st.done;
    }
    return done;
  };
  const leaves = tasks.filter((t) => t.leaf);
  const starts = scheduled.filter((s) => byId.get(s.taskId)?.leaf).map((s) => s.start.slice(0, 10)).sort();
  const burndown: ReportBurndownPoint[] = [];
  const from = starts[0] && starts[0] < period.end ? starts[0] : period.start;
  for (let d = addDays(from, 6), i = 0; i < 104; d = addDays(d, 7), i++) {
    const day = d > period.end ? period.end : d;
    burndown.push({ date: day, remaining: leaves.filter((t) => !doneAt(t.id, day)).length });
    if (day === period.end) break;
  }

  const risks: ReportRisk[] = ((await ds.query(
    `SELECT number, title, score, status FROM risks
      WHERE project_id = $1 AND archived_at IS NULL AND status IN ('IDENTIFIED', 'ACTIVE') ORDER BY score DESC, number LIMIT 10`,
    [projectId],
  )) as { number: number; title: string; score: number; status: string }[]).map((r) => ({ key: `R-${r.number}`, title: r.title, score: Number(r.score), status: r.status }));
  const openRisks: { title: string; score: number }[] = await ds.query(
    `SELECT title, score FROM risks WHERE project_id = $1 AND archived_at IS NULL AND status IN ('IDENTIFIED', 'ACTIVE')`,
    [projectId],
  );

  const issues: ReportIssue[] = ((await ds.query(
    `SELECT number, title, severity, type = 'BLOCKER' AS blocking, due_date::text AS due_date, (due_date IS NOT NULL AND due_date < $2::date) AS overdue
       FROM issues WHERE project_id = $1 AND archived_at IS NULL AND status IN ('OPEN', 'IN_PROGRESS', 'ESCALATED')
      ORDER BY array_position(ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], severity), number`,
    [projectId, today],
  )) as { number: number; title: string; severity: string; blocking: boolean; due_date: string | null; overdue: boolean }[]).map((i) => ({
    key: `I-${i.number}`,
    title: i.title,
    severity: i.severity,
    blocking: i.blocking,
    overdue: i.overdue,
    dueDate: i.due_date,
  }));

  const changeRows: { number: number; title: string; status: string; decided_on: string | null; budget_delta: string | null; submitted: string | null }[] = await ds.query(
    `SELECT c.number, c.title, c.status, c.change_set ->> 'budgetDelta' AS budget_delta,
            (SELECT (max(s.created_at) AT TIME ZONE 'UTC')::date::text FROM change_request_steps s
              WHERE s.change_request_id = c.id AND s.to_status IN ('APPROVED', 'REJECTED', 'DEFERRED')) AS decided_on,
            (SELECT (max(s.created_at) AT TIME ZONE 'UTC')::date::text FROM change_request_steps s
              WHERE s.change_request_id = c.id AND s.to_status = 'SUBMITTED') AS submitted
       FROM change_requests c WHERE c.project_id = $1 AND c.status <> 'DRAFT' ORDER BY c.number`,
    [projectId],
  );
  const decided = changeRows.filter((c) => ['APPROVED', 'REJECTED', 'DEFERRED'].includes(c.status) && c.decided_on && c.decided_on >= period.start && c.decided_on <= period.end);
  const pending = changeRows.filter((c) => c.status === 'SUBMITTED' || c.status === 'UNDER_REVIEW');
  const changes: ReportChange[] = [...decided, ...pending].map((c) => ({
    key: `CR-${c.number}`,
    title: c.title,
    status: c.status,
    decidedOn: decided.includes(c) ? c.decided_on : null,
    budgetDelta: c.budget_delta === null ? null : Number(c.budget_delta),
  }));

  const approvedChangeCost = decided.filter((c) => c.status === 'APPROVED').reduce((sum, c) => sum + (c.budget_delta === null ? 0 : Number(c.budget_delta)), 0);
  const facts: HealthFacts = {
    spi: earnedValue?.spi ?? null,
    cpi: earnedValue && earnedValue.ac > 0 ? earnedValue.cpi : null,
    milestones: milestones.map((m) => ({ name: `${m.key} ${m.name}`, baselineFinish: m.baselineFinish, forecastFinish: m.forecastFinish, actualFinish: m.actualFinish })),
    risks: openRisks.map((r) => ({ title: r.title, score: Number(r.score) })),
    issues: issues.map((i) => ({ title: i.title, severity: i.severity as IssueSeverity, blocking: i.blocking, overdue: i.overdue })),
    // The budget before this period's approved changes (approval has added them to it).
    budget: project!.budget === null ? null : Number(project!.budget) - approvedChangeCost,
    approvedChangeCost,
    pendingChanges: pending.map((c) => ({ title: `CR-${c.number} ${c.title}`, waitingDays: c.submitted ? Math.max(0, daysBetween(c.submitted, today)) : 0 })),
  };

  return {
    facts,
    currency: project!.currency,
    accomplishments: await completedInPeriod(ds, projectId, period),
    planned,
    milestones,
    earnedValue,
    curve,
    burndown,
    risks,
    issues,
    changes,
  };
}

import type { EntityManager, DataSource } from 'typeorm';
import type { HealthFacts, IssueSeverity } from '@trellis/schema/health';
import type { CalendarSpec } from '../../planning/model.js';
import { PlanCalendars } from '../../planning/resources.js';
import type { ScheduleForecast } from '../planning/index.js';

/**
 * What the portfolio and the health rules read of many projects at once, in eight set-based
 * statements whatever the number of projects (never one query per project), reading a few rows per
 * project, not its tasks: the sums over tasks, baseline rows and cost entries are kept by triggers
 * with every write (migration 1766300000000-PortfolioSums); of the tasks only the live milestones and
 * the leaves under way at the status moment are read.
 *
 * Figures are computed from stored rows, not from the planning engine's computed schedule:
 * the schedule is computed and cached per project (a fingerprint query each, a full load on a
 * miss), so asking it for 200 projects would cost 200+ statements. The set-based figures are:
 * - percent complete: leaf tasks' percent weighted by duration, cancelled ones left out;
 * - against the newest baseline: BAC (baseline cost of the leaves), EV (percent x baseline cost),
 *   PV (baseline cost spread over the working time of the task's baseline span, up to the end of
 *   the status day, on the task's calendar as the earned-value engine spreads it: the few tasks
 *   under way at that moment are read with their projects' calendars and measured in working
 *   minutes), AC (cost entries dated on or before the status day); SPI = EV / PV, CPI = EV / AC;
 * - forecast finish: the project's computed schedule's finish, the date the Gantt shows (given by
 *   the caller: ScheduleService.forecasts reads them for many projects at once);
 * - a milestone's forecast: its actual finish once done; otherwise its finish in the computed
 *   schedule (the status report's milestones and the wall read the same); none when the project
 *   has no schedule (the engine refuses its plan) or it was not asked for.
 */

export interface ProjectFigures {
  projectId: string;
  statusDate: string;
  baselineId: string | null;
  percentComplete: number;
  bac: number | null;
  pv: number | null;
  ev: number | null;
  ac: number;
  spi: number | null;
  cpi: number | null;
  baselineStart: string | null;
  baselineFinish: string | null;
  forecastFinish: string | null;
  budget: number | null;
  milestones: MilestoneFact[];
  risks: { id: string; number: number; title: string; score: number }[];
  issues: { id: string; number: number; title: string; severity: IssueSeverity; blocking: boolean; overdue: boolean; dueDate: string | null }[];
  /** Budget added by change requests approved since the last published status report's period (its start without one). */
  approvedChangeCost: number;
  pendingChanges: { title: string; waitingDays: number }[];
}

export interface MilestoneFact {
  id: string;
  number: number;
  name: string;
  completed: boolean;
  baselineFinish: string | null;
  forecastFinish: string | null;
  actualFinish: string | null;
}

type Db = EntityManager | DataSource;
const DAY = 86_400_000;
const day = (v: string | Date | null | undefined): string | null => (v == null ? null : typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10));
const num = (v: unknown): number | null => (v == null ? null : Number(v));
const ratio = (a: number | null, b: number | null) => (a == null || b == null || b === 0 ? null : a / b);

/**
 * The figures of every project in `projectIds` (missing ids are left out), as of `today`
 * ('YYYY-MM-DD') unless a project sets a status date, with the forecasts of their computed
 * schedules (`forecasts`, awaited after the figures' own statements so both run at once).
 */
export async function projectFigures(
  db: Db,
  projectIds: readonly string[],
  today: string,
  forecasts: ReadonlyMap<string, ScheduleForecast> | Promise<ReadonlyMap<string, ScheduleForecast>> = new Map(),
): Promise<Map<string, ProjectFigures>> {
  const ids = [...projectIds];
  const out = new Map<string, ProjectFigures>();
  if (!ids.length) return out;
  const [projects, milestones, risks, issues, changes, underWay, calendarRows, exceptionRows] = await Promise.all([
    // Each project with its running sums (kept by triggers with every write, migration
    // 1766300000000-PortfolioSums) and its newest baseline's: a few rows per project, whatever the
    // number of tasks. Actual cost leaves out the entries dated after the status date; planned value
    // of the tasks finished by the status moment (the end of the status day) is BAC less the cost
    // of the baseline finishes after it (baseline dates are 'YYYY-MM-DDTHH:MM' text, which sorts as time).
    db.query(
      `WITH p AS (
         SELECT p.id, p.budget, coalesce(pp.status_date, $2::date) AS sd,
                (SELECT b.id FROM baselines b WHERE b.project_id = p.id ORDER BY b.created_at DESC, b.id DESC LIMIT 1) AS baseline_id
           FROM projects p LEFT JOIN project_plans pp ON pp.project_id = p.id
          WHERE p.id = ANY($1::uuid[])
       )
       SELECT p.id, p.budget, p.sd::text AS status_date, p.baseline_id,
              ts.leaves, ts.duration, ts.weighted, ts.percent,
              coalesce(ts.cost, 0) - coalesce((SELECT sum(c.amount) FROM cost_entries c WHERE c.project_id = p.id AND c.date > p.sd), 0) AS ac,
              bs.leaves AS baseline_leaves, bs.cost AS bac, bs.earned / 100 AS ev, bs.start_min AS baseline_start,
              bs.cost - coalesce((SELECT sum(f.cost) FROM portfolio_baseline_finishes f
                                   WHERE f.baseline_id = p.baseline_id AND f.finish > to_char(p.sd + 1, 'YYYY-MM-DD"T"00:00')), 0) AS pv_finished,
              (SELECT max(f.finish) FROM portfolio_baseline_finishes f WHERE f.baseline_id = p.baseline_id) AS baseline_finish
         FROM p
         LEFT JOIN portfolio_task_sums ts ON ts.project_id = p.id
         LEFT JOIN portfolio_baseline_sums bs ON bs.baseline_id = p.baseline_id`,
      [ids, today],
    ) as Promise<
      {
        id: string;
        budget: string | null;
        status_date: string;
        baseline_id: string | null;
        leaves: number | null;
        duration: string | null;
        weighted: string | null;
        percent: string | null;
        ac: string;
        baseline_leaves: number | null;
        bac: string | null;
        ev: string | null;
        baseline_start: string | null;
        pv_finished: string | null;
        baseline_finish: string | null;
      }[]
    >,
    // The projects' live milestones (a partial index holds them), with their newest baseline's finish.
    db.query(
      `WITH bl AS (
         SELECT DISTINCT ON (b.project_id) b.id, b.project_id FROM baselines b WHERE b.project_id = ANY($1::uuid[]) ORDER BY b.project_id, b.created_at DESC, b.id DESC
       )
       SELECT t.project_id, t.id, t.number, t.name, s.category, t.actual_finish, t.constraint_date,
              (SELECT bt.finish FROM baseline_tasks bt WHERE bt.baseline_id = bl.id AND bt.task_id = t.id) AS baseline_finish
         FROM tasks t
         JOIN task_statuses s ON s.id = t.status_id
         LEFT JOIN bl ON bl.project_id = t.project_id
        WHERE t.project_id = ANY($1::uuid[]) AND t.archived_at IS NULL AND t.kind = 'MILESTONE'
        ORDER BY t.project_id, t.wbs_sort`,
      [ids],
    ) as Promise<{ project_id: string; id: string; number: number; name: string; category: string; actual_finish: string | null; constraint_date: string | null; baseline_finish: string | null }[]>,
    db.query(
      `SELECT id, project_id, number, title, score FROM risks
        WHERE project_id = ANY($1::uuid[]) AND archived_at IS NULL AND status IN ('IDENTIFIED', 'ACTIVE')
        ORDER BY project_id, score DESC, number`,
      [ids],
    ) as Promise<{ id: string; project_id: string; number: number; title: string; score: number }[]>,
    db.query(
      `SELECT id, project_id, number, title, severity, type, due_date::text AS due_date FROM issues
        WHERE project_id = ANY($1::uuid[]) AND archived_at IS NULL AND status IN ('OPEN', 'IN_PROGRESS', 'ESCALATED')
        ORDER BY project_id, (type = 'BLOCKER') DESC, CASE severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END, number`,
      [ids],
    ) as Promise<{ id: string; project_id: string; number: number; title: string; severity: IssueSeverity; type: string; due_date: string | null }[]>,
    db.query(
      // Waiting for a decision; or approved with a budget change since the period of the project's
      // last published status report ended (the period its next report covers), since its start without one.
      `SELECT c.project_id, c.number, c.title, c.status, (c.change_set ->> 'budgetDelta')::float8 AS budget_delta,
              coalesce((SELECT max(st.created_at) FROM change_request_steps st WHERE st.change_request_id = c.id AND st.to_status = 'SUBMITTED'), c.created_at) AS submitted_at
         FROM change_requests c
        WHERE c.project_id = ANY($1::uuid[])
          AND (c.status IN ('SUBMITTED', 'UNDER_REVIEW')
               OR (c.status = 'APPROVED' AND c.change_set ->> 'budgetDelta' IS NOT NULL
                   AND (SELECT max(st.created_at) FROM change_request_steps st WHERE st.change_request_id = c.id AND st.to_status = 'APPROVED')
                       >= coalesce((SELECT (max(r.period_end) + 1)::timestamptz FROM status_reports r WHERE r.project_id = c.project_id AND r.status = 'PUBLISHED'), '-infinity')))`,
      [ids],
    ) as Promise<{ project_id: string; number: number; title: string; status: string; budget_delta: number | null; submitted_at: Date }[]>,
    // Leaf tasks under way at the status moment: their planned value is their baseline cost times
    // the share of their baseline span's working time that has passed (computed below).
    db.query(
      `WITH bl AS (
         SELECT DISTINCT ON (b.project_id) b.id, b.project_id FROM baselines b WHERE b.project_id = ANY($1::uuid[]) ORDER BY b.project_id, b.created_at DESC, b.id DESC
       ), cut AS (
         SELECT bl.id AS baseline_id, bl.project_id, to_char(coalesce(pp.status_date, $2::date) + 1, 'YYYY-MM-DD"T"00:00') AS cut
           FROM bl LEFT JOIN project_plans pp ON pp.project_id = bl.project_id
       )
       SELECT cut.project_id, x.calendar_id, x.cost, x.bs, x.bf, cut.cut
         FROM cut
         CROSS JOIN LATERAL (
           -- Per baseline, from the index on (baseline, finish): the rows finishing after the cut.
           -- OFFSET 0 keeps the planner from turning this into one join over every baseline row.
           SELECT t.calendar_id, bt.cost::float8 AS cost, bt.start AS bs, bt.finish AS bf
             FROM baseline_tasks bt JOIN tasks t ON t.id = bt.task_id
            WHERE bt.baseline_id = cut.baseline_id AND bt.finish > cut.cut AND bt.start < cut.cut AND bt.cost <> 0
              AND t.project_id = cut.project_id AND t.archived_at IS NULL AND t.kind <> 'SUMMARY'
           OFFSET 0
         ) x`,
      [ids, today],
    ) as Promise<{ project_id: string; calendar_id: string | null; cost: number; bs: string; bf: string; cut: string }[]>,
    db.query(
      `SELECT c.id, c.project_id, c.name, c.base_calendar_id, c.work_week, c.hours_per_day::float8 AS hours_per_day, pp.calendar_id AS project_calendar_id
         FROM work_calendars c LEFT JOIN project_plans pp ON pp.project_id = c.project_id
        WHERE c.project_id = ANY($1::uuid[])
        ORDER BY c.created_at, c.id`,
      [ids],
    ) as Promise<{ id: string; project_id: string; name: string; base_calendar_id: string | null; work_week: CalendarSpec['workWeek']; hours_per_day: number; project_calendar_id: string | null }[]>,
    db.query(
      `SELECT e.calendar_id, e.from_date::text AS from_date, e.to_date::text AS to_date, e.working, e.times, e.name
         FROM calendar_exceptions e JOIN work_calendars c ON c.id = e.calendar_id
        WHERE c.project_id = ANY($1::uuid[])
        ORDER BY e.from_date`,
      [ids],
    ) as Promise<{ calendar_id: string; from_date: string; to_date: string; working: boolean; times: NonNullable<CalendarSpec['exceptions']>[number]['times'] | null; name: string }[]>,
  ]);

  const byProject = <T extends { project_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) (m.get(r.project_id) ?? m.set(r.project_id, []).get(r.project_id)!).push(r);
    return m;
  };
  const ms = byProject(milestones);
  const rs = byProject(risks);
  const is = byProject(issues);
  const cs = byProject(changes);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const underWayPv = plannedValueUnderWay(underWay, calendarRows, exceptionRows);
  const scheduled = await forecasts;

  for (const p of projects) {
    const statusDate = p.status_date.slice(0, 10);
    const duration = num(p.duration) ?? 0;
    const leaves = p.leaves ?? 0;
    const percent = duration > 0 ? (num(p.weighted) ?? 0) / duration : leaves > 0 ? (num(p.percent) ?? 0) / leaves : 0;
    const hasBaseline = !!p.baseline_id && (p.baseline_leaves ?? 0) > 0;
    const bac = hasBaseline ? (num(p.bac) ?? 0) : null;
    const ev = hasBaseline ? (num(p.ev) ?? 0) : null;
    const pv = hasBaseline ? (num(p.pv_finished) ?? 0) + (underWayPv.get(p.id) ?? 0) : null;
    const ac = num(p.ac) ?? 0;
    const spi = ratio(ev, pv);
    const cpi = ratio(ev, hasBaseline ? ac : null);
    const baselineStart = hasBaseline ? day(p.baseline_start) : null;
    const baselineFinish = hasBaseline ? day(p.baseline_finish) : null;
    const forecast = scheduled.get(p.id);
    const forecastFinish = day(forecast?.finish);
    const milestoneFacts: MilestoneFact[] = (ms.get(p.id) ?? []).map((m) => {
      const completed = m.category === 'COMPLETED';
      const baselineFinishM = day(m.baseline_finish);
      const actualFinish = completed ? day(m.actual_finish) ?? null : null;
      const forecastM = (completed ? actualFinish : null) ?? day(forecast?.milestones[m.id]);
      return { id: m.id, number: m.number, name: m.name, completed, baselineFinish: baselineFinishM, forecastFinish: forecastM, actualFinish };
    });
    out.set(p.id, {
      projectId: p.id,
      statusDate,
      baselineId: hasBaseline ? p.baseline_id : null,
      percentComplete: Math.round(percent * 10) / 10,
      bac,
      pv,
      ev,
      ac,
      spi,
      cpi,
      baselineStart,
      baselineFinish,
      forecastFinish,
      budget: num(p.budget),
      milestones: milestoneFacts,
      risks: (rs.get(p.id) ?? []).map((r) => ({ id: r.id, number: r.number, title: r.title, score: r.score })),
      issues: (is.get(p.id) ?? []).map((i) => ({
        id: i.id,
        number: i.number,
        title: i.title,
        severity: i.severity,
        blocking: i.type === 'BLOCKER',
        dueDate: i.due_date,
        overdue: !!i.due_date && i.due_date < today,
      })),
      approvedChangeCost: (cs.get(p.id) ?? []).filter((c) => c.status === 'APPROVED').reduce((sum, c) => sum + (c.budget_delta ?? 0), 0),
      pendingChanges: (cs.get(p.id) ?? []).filter((c) => c.status !== 'APPROVED').map((c) => ({ title: `CR-${c.number} ${c.title}`, waitingDays: Math.max(0, Math.round((todayMs - Date.parse(`${day(c.submitted_at)}T00:00:00Z`)) / DAY)) })),
    });
  }
  return out;
}

/** Planned value of the tasks under way at the status moment, by project, in working time on each task's calendar. */
function plannedValueUnderWay(
  tasks: { project_id: string; calendar_id: string | null; cost: number; bs: string; bf: string; cut: string }[],
  calendarRows: { id: string; project_id: string; name: string; base_calendar_id: string | null; work_week: CalendarSpec['workWeek']; hours_per_day: number; project_calendar_id: string | null }[],
  exceptionRows: { calendar_id: string; from_date: string; to_date: string; working: boolean; times: NonNullable<CalendarSpec['exceptions']>[number]['times'] | null; name: string }[],
): Map<string, number> {
  const out = new Map<string, number>();
  if (!tasks.length) return out;
  const exceptions = new Map<string, NonNullable<CalendarSpec['exceptions']>>();
  for (const e of exceptionRows) {
    const list = exceptions.get(e.calendar_id) ?? [];
    list.push({ from: e.from_date, to: e.to_date, working: e.working, ...(e.times ? { times: e.times } : {}), ...(e.name ? { name: e.name } : {}) });
    exceptions.set(e.calendar_id, list);
  }
  const perProject = new Map<string, { specs: CalendarSpec[]; calendarId: string | null }>();
  for (const c of calendarRows) {
    const entry = perProject.get(c.project_id) ?? { specs: [], calendarId: c.project_calendar_id };
    entry.specs.push({ id: c.id, name: c.name, ...(c.base_calendar_id ? { baseId: c.base_calendar_id } : {}), workWeek: c.work_week, hoursPerDay: c.hours_per_day, exceptions: exceptions.get(c.id) ?? [] });
    perProject.set(c.project_id, entry);
  }
  const calendars = new Map<string, PlanCalendars>();
  for (const t of tasks) {
    let cals = calendars.get(t.project_id);
    if (!cals) {
      cals = new PlanCalendars(perProject.get(t.project_id) ?? { specs: [], calendarId: null });
      calendars.set(t.project_id, cals);
    }
    const calendar = cals.get(t.calendar_id);
    const total = calendar.workingMinutesBetween(t.bs, t.bf);
    const share = total <= 0 ? 1 : Math.min(1, Math.max(0, calendar.workingMinutesBetween(t.bs, t.cut) / total));
    out.set(t.project_id, (out.get(t.project_id) ?? 0) + t.cost * share);
  }
  return out;
}

/** The health rules' facts from a project's figures. */
export function factsOf(f: ProjectFigures): HealthFacts {
  return {
    spi: f.spi,
    cpi: f.cpi,
    milestones: f.milestones.map((m) => ({ name: m.name, baselineFinish: m.baselineFinish, forecastFinish: m.forecastFinish, actualFinish: m.actualFinish })),
    risks: f.risks.map((r) => ({ title: r.title, score: r.score })),
    issues: f.issues.map((i) => ({ title: i.title, severity: i.severity, blocking: i.blocking, overdue: i.overdue })),
    // The budget before the approved changes counted (approval has added them to it).
    budget: f.budget === null ? null : f.budget - f.approvedChangeCost,
    approvedChangeCost: f.approvedChangeCost,
    pendingChanges: f.pendingChanges,
  };
}

/**
 * The health rules' facts of many projects in a constant number of statements (no access check:
 * the caller has checked the ids), keyed by project id.
 */
export async function healthFactsFor(
  db: Db,
  schedules: { forecasts(ids: readonly string[]): Promise<Map<string, ScheduleForecast>> },
  projectIds: readonly string[],
  today: string,
): Promise<Map<string, HealthFacts>> {
  const figures = await projectFigures(db, projectIds, today, schedules.forecasts(projectIds));
  return new Map([...figures].map(([id, f]) => [id, factsOf(f)]));
}

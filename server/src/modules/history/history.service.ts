import type { DataSource } from 'typeorm';
import { projectPercent, rollUpTree, type RollupNode } from '@trellis/schema/rollup';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { checkAsOf, endOfDay } from '../../common/as-of.js';
import { dayOf, type Clock } from '../../common/clock.js';
import { checkOptionalDay } from '../../common/date-range.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { can } from '../../common/guard.js';
import type { Logger } from '../../common/logger.js';
import { earnedValue } from '../../planning/evm.js';
import { costEntriesAsOf, loadBaseline, type ScheduleService } from '../planning/index.js';
import { Project, ProjectStatus } from '../project/index.js';
import { StatusCategory, TaskStatus, catchUpCheckpoints, statesAt } from '../task/index.js';
import { IssueLevel } from '../issuelog/index.js';
import type { ProjectSnapshot } from './history.types.js';

const SEVERITIES = [IssueLevel.CRITICAL, IssueLevel.HIGH, IssueLevel.MEDIUM, IssueLevel.LOW];
/** At most this many days are listed in one answer (ten years of days). */
const MAX_DAYS = 3660;

const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return dayOf(d);
};

interface SnapshotRow {
  day: string;
  takenAt: Date;
  percentComplete: number;
  baselineId: string | null;
  pv: number | null;
  ev: number | null;
  ac: number;
  spi: number | null;
  cpi: number | null;
  forecastFinish: string | null;
  baselineFinish: string | null;
  openRiskExposure: number;
  openIssues: Record<string, number>;
  remainingDays: number;
  completedDays: number;
  totalDays: number;
  tasks: number;
  tasksDone: number;
}

/**
 * Daily project snapshots: taken for every active project once a day is over, from the progress
 * history as it stood at the end of that day (so a day missed while the server was down is taken
 * later with that day's figures), at most once per project and day.
 */
export class HistoryService {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ScheduleService,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** The project's daily snapshots from `from` to `to` (both optional), oldest first. */
  async snapshots(actor: Actor, projectId: string, from: string | null, to: string | null): Promise<ProjectSnapshot[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    checkOptionalDay(from, 'from');
    checkOptionalDay(to, 'to');
    if (from && to && to < from) throw new BadUserInputError('The end of the range is before its start', 'to');
    const rows = (await this.ds.query(
      `SELECT ${SNAPSHOT_COLUMNS} FROM project_snapshots
        WHERE project_id = $1 AND ($2::date IS NULL OR day >= $2::date) AND ($3::date IS NULL OR day <= $3::date)
        ORDER BY day DESC LIMIT ${MAX_DAYS}`,
      [projectId, from, to],
    )) as SnapshotRow[];
    return rows.reverse().map(toSnapshot);
  }

  /**
   * Writes every project's task state checkpoints that are due (see `catchUpCheckpoints`), then
   * takes every snapshot that is due: for each active project, each day from the day after its
   * last snapshot (or its creation) to yesterday. Returns how many snapshots were taken.
   */
  async catchUp(): Promise<number> {
    await this.checkpoints();
    const yesterday = addDays(dayOf(this.clock.now()), -1);
    const due = (await this.ds.query(
      `SELECT p.id, to_char(COALESCE(max(s.day) + 1, (p.created_at AT TIME ZONE 'UTC')::date), 'YYYY-MM-DD') AS "from"
         FROM projects p LEFT JOIN project_snapshots s ON s.project_id = p.id
        WHERE p.archived_at IS NULL AND p.status NOT IN ($1, $2)
        GROUP BY p.id`,
      [ProjectStatus.COMPLETED, ProjectStatus.CANCELLED],
    )) as { id: string; from: string }[];
    let taken = 0;
    for (const project of due) {
      for (let day = project.from; day <= yesterday; day = addDays(day, 1)) {
        try {
          if (await this.take(project.id, day)) taken++;
        } catch (err) {
          this.logger.error('project snapshot failed', { projectId: project.id, day, error: err instanceof Error ? err.message : String(err) });
          break;
        }
      }
    }
    return taken;
  }

  /** Writes every project's task state checkpoints that are due; one project's failure is logged and the others go on. Returns how many were written. */
  async checkpoints(): Promise<number> {
    const projects = (await this.ds.query(`SELECT id FROM projects`)) as { id: string }[];
    let written = 0;
    for (const project of projects) {
      try {
        written += await catchUpCheckpoints(this.ds, this.clock, project.id);
      } catch (err) {
        this.logger.error('task state checkpoint failed', { projectId: project.id, error: err instanceof Error ? err.message : String(err) });
      }
    }
    return written;
  }

  /** Takes one project's snapshot of one day (from the history as of its end); false when it was taken already. */
  async take(projectId: string, day: string): Promise<boolean> {
    const project = await this.ds.getRepository(Project).findOne({ select: { id: true, createdAt: true }, where: { id: projectId } });
    if (!project) throw new NotFoundError('Project');
    checkAsOf(day, project.createdAt, this.clock, 'day');
    const at = endOfDay(day);
    const [statuses, past, newest, costEntries, risk, issues] = await Promise.all([
      this.ds.getRepository(TaskStatus).find({ select: { id: true, category: true }, where: { projectId } }),
      statesAt(this.ds, projectId, at),
      this.ds.query(`SELECT id FROM baselines WHERE project_id = $1 AND created_at < $2 ORDER BY created_at DESC, id DESC LIMIT 1`, [projectId, at]) as Promise<{ id: string }[]>,
      costEntriesAsOf(this.ds, projectId, at),
      // Each risk and issue as it stood at the end of the day: its last history row by then.
      this.ds.query(
        `SELECT COALESCE(sum(h.expected_value), 0)::float8 AS exposure
           FROM (SELECT DISTINCT ON (risk_id) kind, status, expected_value, archived FROM risk_history
                  WHERE project_id = $1 AND at < $2 ORDER BY risk_id, at DESC, id DESC) h
          WHERE h.kind = 'THREAT' AND h.status IN ('IDENTIFIED', 'ACTIVE') AND NOT h.archived`,
        [projectId, at],
      ) as Promise<{ exposure: number }[]>,
      this.ds.query(
        `SELECT h.severity, count(*)::int AS n
           FROM (SELECT DISTINCT ON (issue_id) status, severity, archived FROM issue_history
                  WHERE project_id = $1 AND at < $2 ORDER BY issue_id, at DESC, id DESC) h
          WHERE h.status IN ('OPEN', 'IN_PROGRESS', 'ESCALATED') AND NOT h.archived GROUP BY h.severity`,
        [projectId, at],
      ) as Promise<{ severity: string; n: number }[]>,
    ]);
    // The plan of that day and its forecast; a plan the engine refuses has no forecast.
    const planned = await this.schedules.planAsOf(projectId, day).catch(() => null);
    const category = new Map(statuses.map((s) => [s.id, s.category]));
    const tasks = planned?.[0].doc.tasks ?? [];
    const parents = new Set(tasks.map((t) => t.parentId).filter(Boolean));
    const leaves = tasks.filter((t) => !parents.has(t.id));
    const rollup = rollUpTree(
      tasks.map((t) => {
        const p = past.get(t.id)!;
        return { id: t.id, parentId: t.parentId ?? null, kind: (t.kind ?? 'TASK') as RollupNode['kind'], durationDays: t.durationDays ?? 0, percentComplete: p.percentComplete, category: category.get(p.statusId) ?? StatusCategory.UNSTARTED };
      }),
    ).total;
    const totalDays = leaves.reduce((n, t) => n + (t.durationDays ?? 0), 0);
    const completedDays = leaves.reduce((n, t) => n + ((t.durationDays ?? 0) * (past.get(t.id)?.percentComplete ?? 0)) / 100, 0);
    const tasksDone = leaves.filter((t) => category.get(past.get(t.id)?.statusId ?? '') === StatusCategory.COMPLETED).length;
    let ev: { pv: number; ev: number; spi: number | null; cpi: number | null; ac: number } | null = null;
    let baselineFinish: string | null = null;
    const baselineId = newest[0]?.id ?? null;
    const liveIds = new Set(tasks.map((t) => t.id));
    const entries = costEntries.filter((c) => liveIds.has(c.taskId));
    let ac = entries.reduce((n, c) => n + c.amount, 0);
    if (planned && baselineId) {
      const baseline = await loadBaseline(this.ds, projectId, baselineId);
      if (baseline) {
        const kept = { ...baseline, tasks: baseline.tasks.filter((t) => liveIds.has(t.taskId)) };
        const report = earnedValue({ ...planned[0].doc, baselines: [kept], costEntries: entries }, kept, { statusDate: day }).project;
        ev = report;
        ac = report.ac;
        baselineFinish = kept.tasks.map((t) => t.finish).filter((f): f is string => !!f).reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
      }
    }
    const inserted = (await this.ds.query(
      `INSERT INTO project_snapshots (project_id, day, taken_at, percent_complete, baseline_id, pv, ev, ac, spi, cpi, forecast_finish, baseline_finish,
         open_risk_exposure, open_issues, remaining_days, completed_days, total_days, tasks, tasks_done)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (project_id, day) DO NOTHING RETURNING day`,
      [
        projectId, day, this.clock.now(), projectPercent(rollup), ev ? baselineId : null, ev?.pv ?? null, ev?.ev ?? null, ac, ev?.spi ?? null, ev?.cpi ?? null,
        planned?.[1].finish ?? null, baselineFinish, risk[0]?.exposure ?? 0, JSON.stringify(Object.fromEntries(issues.map((i) => [i.severity, i.n]))),
        totalDays - completedDays, completedDays, totalDays, leaves.length, tasksDone,
      ],
    )) as unknown[];
    return inserted.length > 0;
  }
}

export const SNAPSHOT_COLUMNS = `to_char(day, 'YYYY-MM-DD') AS day, taken_at AS "takenAt", percent_complete::float8 AS "percentComplete", baseline_id AS "baselineId",
  pv::float8 AS pv, ev::float8 AS ev, ac::float8 AS ac, spi::float8 AS spi, cpi::float8 AS cpi, forecast_finish AS "forecastFinish", baseline_finish AS "baselineFinish",
  open_risk_exposure::float8 AS "openRiskExposure", open_issues AS "openIssues", remaining_days::float8 AS "remainingDays", completed_days::float8 AS "completedDays",
  total_days::float8 AS "totalDays", tasks, tasks_done AS "tasksDone"`;

function toSnapshot(r: SnapshotRow): ProjectSnapshot {
  return { ...r, openIssues: SEVERITIES.map((severity) => ({ severity, count: r.openIssues[severity] ?? 0 })) };
}

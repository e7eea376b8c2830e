import type { DataSource, EntityManager } from 'typeorm';
import type { Task } from './task.entity.js';

/**
 * A task's tracked fields as they stood at some moment, from `task_history` (the append-only rows
 * the database writes with every change of them, see docs/adr/0007-progress-history.md).
 */
export interface PastTaskState {
  taskId: string;
  statusId: string;
  percentComplete: number;
  rollupPercent: number | null;
  durationDays: number;
  actualStart: string | null;
  actualFinish: string | null;
  archived: boolean;
}

/**
 * Every task of a project as it stood just before `at`: the newest history row of each task older
 * than `at` (one index probe per task). A task with no such row did not exist yet and is absent.
 * With `parts` above 1 (and `m` a DataSource, not a transaction's manager), the probes are split
 * into that many statements run at once on as many connections, so the database spreads them over
 * its cores: the same rows, sooner.
 */
export async function taskStatesAsOf(m: EntityManager | DataSource, projectId: string, at: Date, parts = 1): Promise<Map<string, PastTaskState>> {
  const part = (k: number) =>
    m.query(
      `SELECT h.task_id AS "taskId", h.status_id AS "statusId", h.percent_complete AS "percentComplete", h.rollup_percent AS "rollupPercent",
              h.duration_days::float8 AS "durationDays", h.actual_start AS "actualStart", h.actual_finish AS "actualFinish", h.archived
         FROM tasks t
         CROSS JOIN LATERAL (
           SELECT * FROM task_history h WHERE h.task_id = t.id AND h.at < $2 ORDER BY h.at DESC, h.id DESC LIMIT 1
         ) h
        WHERE t.project_id = $1${parts > 1 ? ' AND t.number % $3 = $4' : ''}`,
      parts > 1 ? [projectId, at, parts, k] : [projectId, at],
    ) as Promise<PastTaskState[]>;
  const states = new Map<string, PastTaskState>();
  for (const rows of await Promise.all(Array.from({ length: Math.max(1, parts) }, (_, k) => part(k)))) for (const r of rows) states.set(r.taskId, r);
  return states;
}

const pastDays = new WeakMap<object, string>();

/** Marks a task row read "as of" a past day: its schedule fields (start, finish, late...) are that day's schedule's. */
export function markAsOf(row: object, day: string): void {
  pastDays.set(row, day);
}

/** The day a task row was read as of (see markAsOf), or null for a row as it is now. */
export function asOfDayOf(row: object): string | null {
  return pastDays.get(row) ?? null;
}

/** Sets a freshly read task row's tracked fields to their past values. */
export function asItWas<T extends Partial<Pick<Task, 'statusId' | 'percentComplete' | 'rollupPercent' | 'durationDays' | 'actualStart' | 'actualFinish'>>>(row: T, past: PastTaskState): T {
  return Object.assign(row, {
    statusId: past.statusId,
    percentComplete: past.percentComplete,
    rollupPercent: past.rollupPercent,
    durationDays: past.durationDays,
    actualStart: past.actualStart,
    actualFinish: past.actualFinish,
  });
}

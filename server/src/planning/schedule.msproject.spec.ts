/**
 * computeSchedule against dates computed by Microsoft Project itself: MPXJ's test plans
 * saved by Project 2007, flattened to CSV in ../shared/mspdi/derived (see SOURCES.md there;
 * MSPDI_DIR points at another copy of the mspdi folder).
 * Only plans on the plain Standard calendar without resources are used, so the comparison is
 * about links, lags and floats, not about importing.
 *
 * Dates are compared as working time (Friday 17:00 and Monday 08:00 are the same moment);
 * mspdi/mspdi.spec.ts compares the imported files' dates as written.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STANDARD_WORK_CALENDAR } from './calendar.js';
import type { LinkType, PlanInput, PlanLink, PlanTask, ScheduleResult } from './model.js';
import { computeSchedule } from './schedule.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const derivedDir = path.resolve(process.env.MSPDI_DIR ?? path.join(repoRoot, '..', 'shared', 'mspdi'), 'derived');
const available = existsSync(derivedDir);

interface ProjectRow {
  uid: string;
  durationMinutes: number;
  start: string;
  finish: string;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  totalSlackMinutes: number;
  freeSlackMinutes: number;
  critical: boolean;
  summary: boolean;
  /** MS Project constraint code (4 = start no earlier than) and date. */
  constraintType: string;
  constraintDate: string;
  predecessors: { uid: string; type: LinkType; lagMinutes: number }[];
}

/** Reads an expected.csv: one task per line, predecessors as "uid:type:lag_min:lagformat" separated by ';'. */
function readExpected(file: string): ProjectRow[] {
  const [header, ...lines] = readFileSync(path.join(derivedDir, file), 'utf8').trim().split('\n');
  const columns = header.split(',');
  const at = (cells: string[], name: string) => cells[columns.findIndex((c) => c.startsWith(name))];
  return lines.map((line) => {
    const cells = line.split(',');
    const minute = (name: string) => at(cells, name).slice(0, 16);
    return {
      uid: at(cells, 'uid'),
      durationMinutes: Number(at(cells, 'duration_min')),
      start: minute('start'),
      finish: minute('finish'),
      earlyStart: minute('early_start'),
      earlyFinish: minute('early_finish'),
      lateStart: minute('late_start'),
      lateFinish: minute('late_finish'),
      totalSlackMinutes: Number(at(cells, 'total_slack_min')),
      freeSlackMinutes: Number(at(cells, 'free_slack_min')),
      critical: at(cells, 'critical') === '1',
      summary: at(cells, 'summary') === '1',
      constraintType: at(cells, 'constraint_type'),
      constraintDate: at(cells, 'constraint_date').slice(0, 16),
      predecessors: (at(cells, 'predecessors') ?? '').split(';').filter(Boolean).map((text) => {
        const [uid, type, lag] = text.split(':');
        return { uid, type: type as LinkType, lagMinutes: Number(lag) };
      }),
    };
  });
}

function toInput(rows: ProjectRow[]): PlanInput {
  const tasks: PlanTask[] = rows.map((row) => ({ id: row.uid, durationDays: row.durationMinutes / 480 }));
  const links: PlanLink[] = rows.flatMap((row) =>
    row.predecessors.map((p) => ({ predecessorId: p.uid, successorId: row.uid, type: p.type, lagDays: p.lagMinutes / 480 })),
  );
  const start = rows.map((row) => row.earlyStart).sort()[0];
  return { start, tasks, links };
}

const offset = (date: string) => STANDARD_WORK_CALENDAR.workingMinutesBetween('2000-01-03', date);

function compare(rows: ProjectRow[], result: ScheduleResult): void {
  for (const row of rows) {
    const task = result.tasks.find((t) => t.id === row.uid)!;
    const label = `task ${row.uid}`;
    expect(offset(task.earlyStart), `${label} early start`).toBe(offset(row.earlyStart));
    expect(offset(task.earlyFinish), `${label} early finish`).toBe(offset(row.earlyFinish));
    expect(offset(task.lateStart), `${label} late start`).toBe(offset(row.lateStart));
    expect(offset(task.lateFinish), `${label} late finish`).toBe(offset(row.lateFinish));
    expect(task.totalFloatDays * 480, `${label} total slack`).toBe(row.totalSlackMinutes);
    expect(task.freeFloatDays * 480, `${label} free slack`).toBe(row.freeSlackMinutes);
    expect(task.critical, `${label} critical`).toBe(row.critical);
  }
}

const title = available
  ? 'computeSchedule agrees with MS Project'
  : `computeSchedule agrees with MS Project: skipped because ../shared/mspdi/derived is absent (looked in ${derivedDir}; set MSPDI_DIR or put the samples in ../shared/mspdi)`;

describe.skipIf(!available)(title, () => {
  it('one link of each type (mspdirelations)', () => {
    const rows = readExpected('mspdirelations.expected.csv');
    compare(rows, computeSchedule(toInput(rows)));
  });

  it('lags of days and weeks on every link type (task-links, Project 2007)', () => {
    const rows = readExpected('task-links-project2007-mspdi.expected.csv');
    compare(rows, computeSchedule(toInput(rows)));
  });

  it('summaries, start-no-earlier-than constraints, a lead, a milestone and every link type (sample)', () => {
    const rows = readExpected('sample.expected.csv');
    // The outline, from the OutlineNumber of each task in sample.xml.
    const parentOf: Record<string, string> = { 2: '1', 3: '1', 7: '6', 8: '6' };
    for (const uid of [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21]) parentOf[uid] = '19';
    const input = toInput(rows.filter((row) => !row.summary));
    input.tasks = rows.map((row) => ({
      id: row.uid,
      parentId: parentOf[row.uid] ?? null,
      // Work-driven durations (resource assignments) are taken as the span MS Project gave them.
      durationDays: row.summary ? 0 : (offset(row.finish) - offset(row.start)) / 480,
      constraint: row.constraintType === '4' ? { type: 'SNET', date: row.constraintDate } : null,
    }));
    compare(rows, computeSchedule(input));
  });

  it('shows a finish set by a start-to-finish link without lag at the next morning, as MS Project does', () => {
    const rows = readExpected('mspdirelations.expected.csv');
    const task5 = computeSchedule(toInput(rows)).tasks.find((t) => t.id === '5')!;
    expect(rows.find((r) => r.uid === '5')!.earlyFinish).toBe('2006-09-25T08:00');
    expect([task5.earlyFinish, task5.finish]).toEqual(['2006-09-25T08:00', '2006-09-25T08:00']);
  });
});

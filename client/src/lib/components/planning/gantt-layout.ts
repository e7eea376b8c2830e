/**
 * Where each Gantt row and bar goes. Rows are the outline in WBS order with collapsed summaries'
 * work hidden; bars are drawn on whole days (a task that starts at 08:00 fills its start day, one
 * that finishes at 17:00 fills its finish day), so they line up with the day grid at every zoom.
 */
import type { TimeScale } from './time-scale.js';
import { toDay } from './time.js';

export type RowKind = 'TASK' | 'SUMMARY' | 'MILESTONE';

export interface OutlineTask {
  id: string;
  parentId: string | null;
  kind: RowKind;
}

export interface GanttRow<T extends OutlineTask = OutlineTask> {
  task: T;
  index: number;
  depth: number;
  hasChildren: boolean;
}

/**
 * The rows shown, in the order given (WBS order), leaving out everything under a collapsed task.
 * A task whose parent is not in the list is shown at the top level.
 */
export function visibleRows<T extends OutlineTask>(tasks: readonly T[], collapsed: ReadonlySet<string>): GanttRow<T>[] {
  const ids = new Set(tasks.map((t) => t.id));
  const hasChildren = new Set<string>();
  for (const t of tasks) if (t.parentId && ids.has(t.parentId)) hasChildren.add(t.parentId);
  const depth = new Map<string, number>();
  const hidden = new Set<string>();
  const rows: GanttRow<T>[] = [];
  for (const t of tasks) {
    const parent = t.parentId && ids.has(t.parentId) ? t.parentId : null;
    depth.set(t.id, parent ? (depth.get(parent) ?? 0) + 1 : 0);
    if (parent && (hidden.has(parent) || collapsed.has(parent))) {
      hidden.add(t.id);
      continue;
    }
    rows.push({ task: t, index: rows.length, depth: depth.get(t.id)!, hasChildren: hasChildren.has(t.id) });
  }
  return rows;
}

/** The first and last (exclusive) row indexes to render for a scroll position, with a margin. */
export function rowWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 8): { from: number; to: number } {
  const from = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const to = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { from, to: Math.max(from, to) };
}

/** A bar's extent in whole days: its start day through the end of its finish day. */
export function barDays(start: string, finish: string): { from: number; to: number } {
  const s = toDay(start);
  const f = toDay(finish);
  const from = Math.floor(s);
  // A finish at midnight belongs to the day before; anything later fills its day.
  const to = Math.max(from, f === Math.floor(f) ? f : Math.ceil(f));
  return { from, to };
}

export interface BarInput {
  start: string;
  finish: string;
  critical: boolean;
  percentComplete: number;
}

export interface BarGeometry {
  id: string;
  row: number;
  kind: RowKind;
  /** Left edge and width in px; a milestone's `x` is its centre and `width` 0. */
  x: number;
  width: number;
  /** Vertical centre of the row. */
  cy: number;
  critical: boolean;
  /** Width of the done part (tasks only). */
  progress: number;
  baseline: { x: number; width: number } | null;
}

export const ROW_HEIGHT = 30;
/** Half the milestone diamond's diagonal. */
export const MILESTONE_SIZE = 7;

export function layoutBar(
  row: GanttRow,
  input: BarInput,
  scale: TimeScale,
  baseline: { start: string; finish: string } | null,
  rowHeight = ROW_HEIGHT,
): BarGeometry {
  const kind = row.task.kind === 'MILESTONE' ? 'MILESTONE' : row.hasChildren || row.task.kind === 'SUMMARY' ? 'SUMMARY' : 'TASK';
  const cy = row.index * rowHeight + rowHeight / 2;
  let x: number;
  let width: number;
  if (kind === 'MILESTONE') {
    // A milestone sits at the end of the day it falls on (where its predecessor finished).
    const { to } = barDays(input.finish, input.finish);
    x = scale.x(to);
    width = 0;
  } else {
    const { from, to } = barDays(input.start, input.finish);
    x = scale.x(from);
    width = Math.max(scale.pxPerDay * 0.5, scale.x(to) - x);
  }
  let ghost: BarGeometry['baseline'] = null;
  if (baseline) {
    const b = barDays(baseline.start, baseline.finish);
    const bx = scale.x(kind === 'MILESTONE' ? b.to : b.from);
    ghost = { x: bx, width: kind === 'MILESTONE' ? 0 : Math.max(2, scale.x(b.to) - bx) };
  }
  const pct = Math.min(100, Math.max(0, input.percentComplete));
  return {
    id: row.task.id,
    row: row.index,
    kind,
    x,
    width,
    cy,
    critical: input.critical,
    progress: kind === 'TASK' ? (width * pct) / 100 : 0,
    baseline: ghost,
  };
}

/** Left and right edges a link attaches to (a milestone's diamond tips). */
export function barEdges(bar: BarGeometry): { start: number; end: number } {
  if (bar.kind === 'MILESTONE') return { start: bar.x - MILESTONE_SIZE, end: bar.x + MILESTONE_SIZE };
  return { start: bar.x, end: bar.x + bar.width };
}

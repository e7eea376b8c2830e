import { describe, expect, it } from 'vitest';
import { barDays, layoutBar, rowWindow, visibleRows, type OutlineTask } from './gantt-layout.js';
import { TimeScale } from './time-scale.js';
import { toDay } from './time.js';

const t = (id: string, parentId: string | null = null, kind: OutlineTask['kind'] = 'TASK'): OutlineTask => ({ id, parentId, kind });
const outline = [t('1', null, 'SUMMARY'), t('1.1', '1'), t('1.2', '1', 'SUMMARY'), t('1.2.1', '1.2'), t('2'), t('3', null, 'MILESTONE')];

describe('visibleRows', () => {
  it('lists the outline with depths and marks rows that have sub-tasks', () => {
    const rows = visibleRows(outline, new Set());
    expect(rows.map((r) => [r.task.id, r.depth, r.hasChildren])).toEqual([
      ['1', 0, true],
      ['1.1', 1, false],
      ['1.2', 1, true],
      ['1.2.1', 2, false],
      ['2', 0, false],
      ['3', 0, false],
    ]);
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('hides everything under a collapsed summary, however deep, and renumbers the rows', () => {
    const rows = visibleRows(outline, new Set(['1']));
    expect(rows.map((r) => r.task.id)).toEqual(['1', '2', '3']);
    expect(rows[1]!.index).toBe(1);
  });
});

describe('rowWindow', () => {
  it('renders the rows in view plus a margin, within the list', () => {
    expect(rowWindow(0, 300, 30, 1000, 5)).toEqual({ from: 0, to: 15 });
    expect(rowWindow(3000, 300, 30, 1000, 5)).toEqual({ from: 95, to: 115 });
    expect(rowWindow(29_900, 300, 30, 1000, 5)).toEqual({ from: 991, to: 1000 });
  });
});

describe('bars', () => {
  it('fill whole days: from the start day to the end of the finish day', () => {
    expect(barDays('2026-11-02T08:00', '2026-11-04T17:00')).toEqual({ from: toDay('2026-11-02'), to: toDay('2026-11-05') });
    expect(barDays('2026-11-02T08:00', '2026-11-03T00:00')).toEqual({ from: toDay('2026-11-02'), to: toDay('2026-11-03') });
  });

  it('are placed on the scale with progress and the baseline ghost underneath', () => {
    const scale = new TimeScale('day', toDay('2026-11-02'), toDay('2026-12-01'));
    const [row] = visibleRows([t('a')], new Set());
    const bar = layoutBar(row!, { start: '2026-11-03T08:00', finish: '2026-11-06T17:00', critical: true, percentComplete: 50 }, scale, {
      start: '2026-11-02T08:00',
      finish: '2026-11-04T17:00',
    });
    expect(bar.kind).toBe('TASK');
    expect(bar.x).toBe(30); // one day after the scale's first Monday
    expect(bar.width).toBe(4 * 30);
    expect(bar.progress).toBe(60);
    expect(bar.baseline).toEqual({ x: 0, width: 90 });
    expect(bar.critical).toBe(true);
  });

  it('draws a milestone as a point at the end of its day and a parent as a summary', () => {
    const scale = new TimeScale('day', toDay('2026-11-02'), toDay('2026-12-01'));
    const rows = visibleRows([t('p'), t('m', 'p', 'MILESTONE')], new Set());
    const ms = layoutBar(rows[1]!, { start: '2026-11-04T17:00', finish: '2026-11-04T17:00', critical: false, percentComplete: 0 }, scale, null);
    expect(ms).toMatchObject({ kind: 'MILESTONE', x: 90, width: 0, cy: 45 });
    const parent = layoutBar(rows[0]!, { start: '2026-11-02T08:00', finish: '2026-11-04T17:00', critical: false, percentComplete: 30 }, scale, null);
    expect(parent.kind).toBe('SUMMARY');
    expect(parent.progress).toBe(0);
  });
});

/**
 * The resource usage histogram: one bar of planned work per period against the resource's capacity,
 * drawn as a step line. Periods where the work exceeds the capacity are over-allocated.
 */
import { linear, niceTicks } from './axis.js';
import { toDay } from './time.js';

export interface UsagePeriod {
  /** First day of the period, `YYYY-MM-DD`. */
  start: string;
  workHours: number;
  capacityHours: number;
  overallocated: boolean;
}

export interface HistogramBar {
  start: string;
  x: number;
  y: number;
  width: number;
  height: number;
  workHours: number;
  capacityHours: number;
  overallocated: boolean;
}

export interface Histogram {
  bars: HistogramBar[];
  /** SVG path of the capacity step line. */
  capacity: string;
  ticks: { value: number; y: number }[];
  /** Labels under the bars, thinned out so they do not overlap. */
  labels: { x: number; start: string }[];
  plot: { left: number; top: number; width: number; height: number };
}

export interface HistogramSize {
  width: number;
  height: number;
  /** Room for the value labels on the left and the dates below. */
  left?: number;
  bottom?: number;
  top?: number;
  /** Narrowest distance between two date labels. */
  labelSpacing?: number;
}

export function histogram(periods: readonly UsagePeriod[], size: HistogramSize): Histogram {
  const left = size.left ?? 44;
  const bottom = size.bottom ?? 22;
  const top = size.top ?? 8;
  const plot = { left, top, width: Math.max(1, size.width - left - 8), height: Math.max(1, size.height - top - bottom) };
  const max = Math.max(0, ...periods.map((p) => Math.max(p.workHours, p.capacityHours)));
  const tickValues = niceTicks(0, max, 4);
  const y = linear([0, tickValues.at(-1) ?? 1], [plot.top + plot.height, plot.top]);
  const band = plot.width / Math.max(1, periods.length);
  const gap = Math.min(6, band * 0.2);

  const bars = periods.map((p, i) => {
    const x0 = plot.left + i * band;
    const h = y(0) - y(p.workHours);
    return {
      start: p.start,
      x: x0 + gap / 2,
      y: y(p.workHours),
      width: Math.max(1, band - gap),
      height: Math.max(0, h),
      workHours: p.workHours,
      capacityHours: p.capacityHours,
      overallocated: p.overallocated,
    };
  });

  // The capacity line steps at period boundaries: flat across each period.
  const capacity = periods
    .map((p, i) => {
      const x0 = round(plot.left + i * band);
      const x1 = round(plot.left + (i + 1) * band);
      const cy = round(y(p.capacityHours));
      return `${i ? 'L' : 'M'}${x0} ${cy} L${x1} ${cy}`;
    })
    .join(' ');

  const every = Math.max(1, Math.ceil((size.labelSpacing ?? 48) / band));
  const labels = periods.flatMap((p, i) => (i % every === 0 ? [{ x: plot.left + i * band + band / 2, start: p.start }] : []));

  return { bars, capacity, ticks: tickValues.map((value) => ({ value, y: y(value) })), labels, plot };
}

/** Periods sorted by date (the API sends them in order; this keeps a merged list safe). */
export function byStart<T extends { start: string }>(periods: readonly T[]): T[] {
  return [...periods].sort((a, b) => toDay(a.start) - toDay(b.start));
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The earned-value S-curve: cumulative planned value (PV) over the whole plan, earned value (EV)
 * and actual cost (AC) up to the status date, on a date axis and a money axis.
 */
import { linear, niceTicks } from './axis.js';
import { monthName, parts, startOfMonth, toDay } from './time.js';

export interface EvPoint {
  date: string;
  pv: number;
  /** Null after the status date. */
  ev: number | null;
  ac: number | null;
}

export interface SCurve {
  pv: string;
  ev: string;
  ac: string;
  /** Where each series ends (for end labels and markers). */
  ends: { pv: [number, number] | null; ev: [number, number] | null; ac: [number, number] | null };
  yTicks: { value: number; y: number }[];
  xTicks: { x: number; label: string }[];
  statusX: number | null;
  plot: { left: number; top: number; width: number; height: number };
}

export interface SCurveSize {
  width: number;
  height: number;
  left?: number;
  bottom?: number;
  top?: number;
  right?: number;
}

export function sCurve(series: readonly EvPoint[], statusDate: string | null, size: SCurveSize): SCurve {
  const left = size.left ?? 56;
  const right = size.right ?? 16;
  const top = size.top ?? 12;
  const bottom = size.bottom ?? 26;
  const plot = { left, top, width: Math.max(1, size.width - left - right), height: Math.max(1, size.height - top - bottom) };
  const points = [...series].sort((a, b) => toDay(a.date) - toDay(b.date));
  const status = statusDate ? toDay(statusDate) : Number.POSITIVE_INFINITY;
  // Earned value and actual cost exist only up to the status date.
  const done = points.filter((p) => toDay(p.date) <= status && p.ev != null && p.ac != null);

  const first = points.length ? toDay(points[0]!.date) : 0;
  const last = points.length ? toDay(points.at(-1)!.date) : 1;
  const x = linear([first, last > first ? last : first + 1], [plot.left, plot.left + plot.width]);
  const max = Math.max(0, ...points.map((p) => p.pv), ...done.map((p) => Math.max(p.ev ?? 0, p.ac ?? 0)));
  const yValues = niceTicks(0, max, 5);
  const y = linear([0, yValues.at(-1) ?? 1], [plot.top + plot.height, plot.top]);

  const line = (rows: readonly EvPoint[], pick: (p: EvPoint) => number) =>
    rows.map((p, i) => `${i ? 'L' : 'M'}${round(x(toDay(p.date)))} ${round(y(pick(p)))}`).join(' ');
  const end = (rows: readonly EvPoint[], pick: (p: EvPoint) => number): [number, number] | null => {
    const p = rows.at(-1);
    return p ? [round(x(toDay(p.date))), round(y(pick(p)))] : null;
  };

  const statusX = statusDate && Number.isFinite(status) && status >= first && status <= last ? round(x(status)) : null;

  return {
    pv: line(points, (p) => p.pv),
    ev: line(done, (p) => p.ev ?? 0),
    ac: line(done, (p) => p.ac ?? 0),
    ends: { pv: end(points, (p) => p.pv), ev: end(done, (p) => p.ev ?? 0), ac: end(done, (p) => p.ac ?? 0) },
    yTicks: yValues.map((value) => ({ value, y: round(y(value)) })),
    xTicks: monthTicks(first, last, plot.width).map((d) => ({ x: round(x(d)), label: monthLabel(d) })),
    statusX,
    plot,
  };
}

/** First days of months within the range, every n-th one so labels stay ~70px apart. */
function monthTicks(first: number, last: number, width: number): number[] {
  const months: number[] = [];
  for (let d = startOfMonth(first, first === startOfMonth(first) ? 0 : 1); d <= last; d = startOfMonth(d, 1)) months.push(d);
  const perMonth = width / Math.max(1, (last - first) / 30.4);
  const every = Math.max(1, Math.ceil(70 / Math.max(1, perMonth)));
  return months.filter((_, i) => i % every === 0);
}

function monthLabel(day: number): string {
  const { month, year } = parts(day);
  return month === 0 ? `${monthName(month)} ${year}` : monthName(month);
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The series with a point on the status date itself, taken from the project's figures there
 * (the series has a point per period end, so without it EV and AC would stop short of the
 * status line and miss what was spent since the last period ended).
 */
export function withStatusPoint(series: readonly EvPoint[], statusDate: string, at: { pv: number; ev: number; ac: number }): EvPoint[] {
  const status = toDay(statusDate);
  const rest = series.filter((p) => toDay(p.date) !== status);
  const first = rest.length ? toDay(rest[0]!.date) : status;
  const last = rest.length ? toDay(rest.at(-1)!.date) : status;
  if (status < first || status > last) return [...series];
  return [...rest, { date: statusDate, ...at }].sort((a, b) => toDay(a.date) - toDay(b.date));
}

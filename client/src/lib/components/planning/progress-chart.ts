/**
 * Lines over days (burndown, burnup): one value per day and series, on a day axis and a value
 * axis starting at zero.
 */
import { linear, niceTicks } from './axis.js';
import { monthName, parts, toDay } from './time.js';

export interface ChartSeries {
  key: string;
  values: readonly (number | null)[];
}

export interface ProgressChart {
  paths: Record<string, string>;
  ends: Record<string, [number, number] | null>;
  yTicks: { value: number; y: number }[];
  xTicks: { x: number; label: string }[];
  plot: { left: number; top: number; width: number; height: number };
}

export function progressChart(days: readonly string[], series: readonly ChartSeries[], size: { width: number; height: number; left?: number; right?: number; top?: number; bottom?: number }): ProgressChart {
  const left = size.left ?? 52;
  const right = size.right ?? 16;
  const top = size.top ?? 12;
  const bottom = size.bottom ?? 26;
  const plot = { left, top, width: Math.max(1, size.width - left - right), height: Math.max(1, size.height - top - bottom) };
  const first = days.length ? toDay(days[0]!) : 0;
  const last = days.length ? toDay(days.at(-1)!) : 1;
  const x = linear([first, last > first ? last : first + 1], [plot.left, plot.left + plot.width]);
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const yValues = niceTicks(0, max > 0 ? max : 1, 4);
  const y = linear([0, yValues.at(-1) ?? 1], [plot.top + plot.height, plot.top]);
  const paths: Record<string, string> = {};
  const ends: Record<string, [number, number] | null> = {};
  for (const s of series) {
    let d = '';
    let pen = false;
    let end: [number, number] | null = null;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      const px = round(x(toDay(days[i]!)));
      const py = round(y(v));
      d += `${pen ? 'L' : 'M'}${px} ${py} `;
      pen = true;
      end = [px, py];
    });
    paths[s.key] = d.trim();
    ends[s.key] = end;
  }
  return { paths, ends, yTicks: yValues.map((value) => ({ value, y: round(y(value)) })), xTicks: weekTicks(first, last, plot.width).map((d) => ({ x: round(x(d)), label: label(d) })), plot };
}

/** Mondays within the range, every n-th one so labels stay ~60px apart. */
function weekTicks(first: number, last: number, width: number): number[] {
  const mondays: number[] = [];
  let d = first;
  while (new Date(d * 86_400_000).getUTCDay() !== 1 && d <= last) d++;
  for (; d <= last; d += 7) mondays.push(d);
  const perWeek = width / Math.max(1, (last - first) / 7);
  const every = Math.max(1, Math.ceil(60 / Math.max(1, perWeek)));
  return mondays.filter((_, i) => i % every === 0);
}

function label(day: number): string {
  const { month, date } = parts(day);
  return `${date} ${monthName(month)}`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The Gantt's horizontal axis: a zoom level fixes pixels per day; the scale maps day numbers to x
 * and back, and lists the header cells (a coarse upper row, a finer lower row) for the range shown.
 */
import { monthName, parts, shortDate, startOfMonth, startOfWeek, startOfYear, weekdayLetter } from './time.js';

export type Zoom = 'day' | 'week' | 'month';
export const ZOOMS: Zoom[] = ['day', 'week', 'month'];

/** Pixels per day at each zoom: a day cell fits a date number, a week cell a "2 Nov", a month a name. */
export const PX_PER_DAY: Record<Zoom, number> = { day: 30, week: 9, month: 3 };

/** The next zoom in (`+1`) or out (`-1`), staying at the ends. */
export function stepZoom(zoom: Zoom, direction: 1 | -1): Zoom {
  const i = ZOOMS.indexOf(zoom) - direction;
  return ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, i))]!;
}

export interface HeaderCell {
  /** Day number the cell starts at. */
  day: number;
  x: number;
  width: number;
  label: string;
  /** A weekend day in the day zoom's lower row. */
  weekend?: boolean;
}

export class TimeScale {
  readonly zoom: Zoom;
  readonly pxPerDay: number;
  /** First and last day shown (whole day numbers; `end` exclusive). */
  readonly start: number;
  readonly end: number;

  constructor(zoom: Zoom, start: number, end: number) {
    this.zoom = zoom;
    this.pxPerDay = PX_PER_DAY[zoom];
    // Start on a boundary of the coarse header so its first cell is whole.
    this.start = zoom === 'month' ? startOfYear(start) : zoom === 'week' ? startOfMonth(start) : startOfWeek(start);
    this.end = Math.max(this.start + 1, Math.ceil(end));
  }

  /**
   * A scale covering `from`..`to` (day numbers) with some room either side, so bars never touch
   * the edges and there is space to drag a bar later.
   */
  static around(zoom: Zoom, from: number, to: number): TimeScale {
    const pad = zoom === 'day' ? 14 : zoom === 'week' ? 42 : 120;
    return new TimeScale(zoom, Math.floor(from) - pad, Math.ceil(to) + pad);
  }

  get width(): number {
    return (this.end - this.start) * this.pxPerDay;
  }

  x(day: number): number {
    return (day - this.start) * this.pxPerDay;
  }

  day(x: number): number {
    return this.start + x / this.pxPerDay;
  }

  /** The upper header row: weeks (day zoom), months (week zoom) or years (month zoom). */
  upper(): HeaderCell[] {
    if (this.zoom === 'day') {
      return this.#cells((d) => d + 7, (d) => `Week of ${shortDate(d, true)}`);
    }
    if (this.zoom === 'week') {
      return this.#cells((d) => startOfMonth(d, 1), (d) => `${monthName(parts(d).month)} ${parts(d).year}`);
    }
    return this.#cells((d) => startOfYear(d, 1), (d) => String(parts(d).year));
  }

  /** The lower header row: days, weeks (labelled by their Monday) or months. */
  lower(): HeaderCell[] {
    if (this.zoom === 'day') {
      return this.#cells((d) => d + 1, (d) => `${weekdayLetter(d)} ${parts(d).date}`, true);
    }
    if (this.zoom === 'week') {
      return this.#cells((d) => d + 7, (d) => String(parts(d).date), false, startOfWeek(this.start));
    }
    return this.#cells((d) => startOfMonth(d, 1), (d) => monthName(parts(d).month));
  }

  #cells(next: (day: number) => number, label: (day: number) => string, markWeekend = false, first = this.start): HeaderCell[] {
    const out: HeaderCell[] = [];
    for (let d = first; d < this.end; d = next(d)) {
      const from = Math.max(d, this.start);
      const to = Math.min(next(d), this.end);
      const cell: HeaderCell = { day: d, x: this.x(from), width: (to - from) * this.pxPerDay, label: label(d) };
      if (markWeekend) {
        const w = new Date(d * 86_400_000).getUTCDay();
        cell.weekend = w === 0 || w === 6;
      }
      out.push(cell);
    }
    return out;
  }
}

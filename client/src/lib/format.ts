import type { Methodology, ProjectRole, ProjectStatus, StatusCategory } from './graphql/types';

/*
 * Every date and number the client shows is formatted here, with Intl in the browser's locale and
 * time zone, so one page never says "Nov 9" and another "9 Nov".
 */
const dateFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const shortDateFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const weekdayFmt = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const numberFmt = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const percentFmt = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** A LocalDate (`2026-11-02`) as a calendar day at local midnight: it has no time zone. */
function localDay(d: string): Date | null {
  const [y, m, day] = d.slice(0, 10).split('-').map(Number);
  if (!y || !m || !day) return null;
  return new Date(y, m - 1, day);
}

/**
 * The years a list of dates spans, for `formatDate(d, 'auto', years)`: where they cross a year,
 * every date shows its year, so a table across 2026-27 is never ambiguous.
 */
export function yearsOf(dates: Iterable<string | null | undefined>): Set<number> {
  const out = new Set<number>();
  for (const d of dates) if (d) out.add(Number(d.slice(0, 4)));
  return out;
}

/**
 * `2026-11-02` -> `2 Nov 2026` (or `Nov 2, 2026`, as the locale writes it). `short` leaves the
 * year out; `'auto'` leaves it out only for a date of the current year, and only when `years`
 * (the years of the dates shown beside it) does not cross into another year.
 */
export function formatDate(d: string | null | undefined, short: boolean | 'auto' = false, years?: ReadonlySet<number>): string {
  if (!d) return '—';
  const date = localDay(d);
  if (!date) return d;
  const thisYear = new Date().getFullYear();
  const omitYear = short === 'auto' ? date.getFullYear() === thisYear && (!years || [...years].every((y) => y === thisYear)) : short;
  return (omitYear ? shortDateFmt : dateFmt).format(date);
}

/** Two LocalDates as one span, as the locale writes it: `24–26 Dec 2026`, `Dec 24 – Jan 2, 2027`. */
export function formatDateRange(from: string, to: string): string {
  const a = localDay(from);
  const b = localDay(to);
  if (!a || !b) return `${from} – ${to}`;
  if (from.slice(0, 10) === to.slice(0, 10)) return dateFmt.format(a);
  return dateFmt.formatRange(a, b);
}

/** `Mon, 4 Jan 2027`: a LocalDate with its weekday. */
export function formatDateWeekday(d: string | null | undefined): string {
  if (!d) return '—';
  const date = localDay(d);
  return date ? weekdayFmt.format(date) : d;
}

const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "3 minutes ago", "yesterday"; `now` lets a ticking clock re-render it. */
export function timeAgo(iso: string, now: number = Date.now()): string {
  const diff = (new Date(iso).getTime() - now) / 1000;
  const abs = Math.abs(diff);
  if (abs < 45) return 'just now';
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(diff / 3600), 'hour');
  if (abs < 86_400 * 30) return rtf.format(Math.round(diff / 86_400), 'day');
  return dateFmt.format(new Date(iso));
}

/** An instant in the browser's time zone: `4 Jan 2027, 08:00`. */
export function formatDateTime(iso: string): string {
  return dateTimeFmt.format(new Date(iso));
}

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
/** The time of day of an instant, in the browser's zone: `08:05` / `8:05 AM`. */
export function formatTime(at: Date | number): string {
  return timeFmt.format(at);
}

/** A share given as 0-100: `40%`. */
export function formatPercent(n: number): string {
  return percentFmt.format(n / 100);
}

export function formatNumber(n: number | null | undefined, digits?: number): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return digits === undefined ? numberFmt.format(n) : new Intl.NumberFormat(undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

const moneyFmts = new Map<string, Intl.NumberFormat>();
/** `€1,200.50` / `1.200,50 €` as the locale writes the project's currency. */
export function formatMoney(n: number | null | undefined, currency: string, opts: { whole?: boolean } = {}): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  const key = `${currency}:${opts.whole ? 0 : 2}`;
  let f = moneyFmts.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(undefined, { style: 'currency', currency, ...(opts.whole ? { maximumFractionDigits: 0 } : {}) });
    } catch {
      // An unknown code still shows the amount, with the code beside it.
      f = new Intl.NumberFormat(undefined, { maximumFractionDigits: opts.whole ? 0 : 2 });
      const plain = f;
      f = { format: (v: number) => `${plain.format(v)} ${currency}` } as Intl.NumberFormat;
    }
    moneyFmts.set(key, f);
  }
  return f.format(n);
}

/** A duration in working days: `5 days`, `1 day`, `0.5 days`. */
export function formatDays(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return `${numberFmt.format(n)} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
}

/** Working hours: `8 h`, `7.5 h` (`7,5 h` where the locale writes a decimal comma). */
export function formatHours(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return `${numberFmt.format(n)} h`;
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
const byteFmts = new Map<string, Intl.NumberFormat>();
/** A file's size in the largest unit under 1024 of it: `820 byte`, `12 kB`, `20.5 MB`. */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '—';
  let i = 0;
  let n = bytes;
  while (n >= 1024 && i < BYTE_UNITS.length - 1) {
    n /= 1024;
    i++;
  }
  const unit = BYTE_UNITS[i]!;
  let f = byteFmts.get(unit);
  if (!f) {
    f = new Intl.NumberFormat(undefined, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
    byteFmts.set(unit, f);
  }
  return f.format(n);
}

/** Common ISO 4217 codes, for browsers without `Intl.supportedValuesOf`. */
const FALLBACK_CURRENCIES = ['AUD', 'BRL', 'CAD', 'CHF', 'CNY', 'CZK', 'DKK', 'EUR', 'GBP', 'HKD', 'HUF', 'INR', 'JPY', 'KRW', 'MXN', 'NOK', 'NZD', 'PLN', 'SEK', 'SGD', 'TRY', 'USD', 'ZAR'];

/** ISO 4217 currency codes the browser knows, sorted. */
export function currencyCodes(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'currency') => string[] };
  try {
    const codes = intl.supportedValuesOf?.('currency');
    if (codes?.length) return [...codes].sort();
  } catch {
    // Older engines: the short list below.
  }
  return FALLBACK_CURRENCIES;
}

const currencyNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' });
  } catch {
    return null;
  }
})();
/** `USD` -> `US Dollar` in the browser's language (the code itself where unknown). */
export function currencyName(code: string): string {
  return currencyNames?.of(code) ?? code;
}

const titles: Record<string, string> = {
  HYBRID: 'Hybrid',
  WATERFALL: 'Waterfall',
  SCRUM: 'Scrum',
  KANBAN: 'Kanban',
  PROPOSED: 'Proposed',
  ACTIVE: 'Active',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  OWNER: 'Owner',
  MANAGER: 'Manager',
  MEMBER: 'Member',
  VIEWER: 'Viewer',
  BACKLOG: 'Backlog',
  UNSTARTED: 'To do',
  STARTED: 'In progress',
};

export function label(value: Methodology | ProjectStatus | ProjectRole | StatusCategory | string): string {
  return titles[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
}

/** Status categories as a column header would say them (`label()` reads UNSTARTED as a column name, "To do"). */
export const CATEGORY_LABELS: Record<StatusCategory, string> = {
  BACKLOG: 'Backlog',
  UNSTARTED: 'Not started',
  STARTED: 'Started',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const CATEGORY_HELP: Record<StatusCategory, string> = {
  BACKLOG: 'Not planned yet',
  UNSTARTED: 'Planned, work has not begun',
  STARTED: 'Being worked on',
  COMPLETED: 'Finished: counts as done in progress and reports',
  CANCELLED: 'Dropped: left out of progress',
};

export const ROLE_HELP: Record<ProjectRole, string> = {
  OWNER: 'Changes everything, including members',
  MANAGER: 'Changes everything, including members',
  MEMBER: 'Changes tasks',
  VIEWER: 'Reads only',
};

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** Compares WBS codes segment by segment: 1.2 < 1.10 < 2. */
export function compareWbs(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d;
  }
  return 0;
}

export function canEditTasks(role: ProjectRole | null | undefined): boolean {
  return role === 'OWNER' || role === 'MANAGER' || role === 'MEMBER';
}

export function canManage(role: ProjectRole | null | undefined): boolean {
  return role === 'OWNER' || role === 'MANAGER';
}

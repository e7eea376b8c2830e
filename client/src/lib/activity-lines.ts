/**
 * Activity lines as the reader sees them: the server words each line (one place for the wording,
 * server/src/modules/activity/activity.describe.ts) and sends dates and money as typed parts,
 * which are shown here in the reader's locale; runs of the same change by one person fold into a
 * burst ("Alex Morgan recorded 10 cost entries") that can be opened.
 */

export interface LinePart {
  kind: 'TEXT' | 'DATE' | 'MONEY' | 'COUNT' | string;
  text: string;
  date?: string | null;
  amount?: number | null;
  currency?: string | null;
}

export interface LineRow {
  id: string;
  burstKey: string;
  parts: LinePart[];
  burstParts: LinePart[];
}

export type FeedEntry<R extends LineRow> = { kind: 'one'; key: string; row: R } | { kind: 'burst'; key: string; rows: R[]; parts: LinePart[] };

/** Fewer rows than this in a run are shown one by one: two similar lines read fine. */
export const MIN_BURST = 3;
/** A pause longer than this between two rows of a run starts a new one (a burst is one sitting). */
export const BURST_GAP_MS = 15 * 60_000;

const dayFmt = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const moneyFmts = new Map<string, Intl.NumberFormat>();

/** A LocalDate as a calendar day in the reader's locale ("Mon 11 Jan 2027" in en-GB). */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dayFmt.format(new Date(y, m - 1, d));
}

/** An amount in the reader's locale, in the given currency when there is one. */
export function formatMoney(amount: number, currency: string | null | undefined): string {
  const key = `${currency ?? ''}|${Number.isInteger(amount)}`;
  let f = moneyFmts.get(key);
  if (!f) {
    const whole = Number.isInteger(amount);
    try {
      f = currency
        ? new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 })
        : new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
    } catch {
      // An unknown currency code: the number alone, with the code after it.
      const plain = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
      return `${plain.format(amount)} ${currency ?? ''}`.trim();
    }
    moneyFmts.set(key, f);
  }
  return f.format(amount);
}

/** One part as the reader reads it; `count` fills a burst's COUNT. */
export function partText(p: LinePart, count?: number): string {
  if (p.kind === 'DATE' && p.date) return formatDay(p.date);
  if (p.kind === 'MONEY' && p.amount !== null && p.amount !== undefined) return formatMoney(p.amount, p.currency);
  if (p.kind === 'COUNT') return count === undefined ? p.text : new Intl.NumberFormat().format(count);
  return p.text;
}

export function lineText(parts: LinePart[], count?: number): string {
  return parts.map((p) => partText(p, count)).join('');
}

/** Who made a row: the first part of its burst key (see burstKey on the server). */
const actorOf = (r: LineRow) => r.burstKey.split('|')[0];

/** A burst may have this many other lines between two of its rows (a task made, then its assignee's hours planned). */
export const MAX_BETWEEN = 2;

/**
 * Folds bursts in a feed (rows newest first): within a sitting of one person (their rows next to
 * each other, each within `gapMs` of the next), rows of one kind of change with at most
 * `MAX_BETWEEN` other lines between them form a run; a run of `minBurst` rows or more becomes one
 * burst where its newest row was ("created 12 tasks" even when each was assigned as it was made).
 * Everything else stays a single line, in order, so a fresh change is never hidden in an old burst.
 */
export function groupActivity<R extends LineRow & { at?: string; createdAt?: string }>(rows: readonly R[], minBurst = MIN_BURST, gapMs = BURST_GAP_MS): FeedEntry<R>[] {
  const time = (r: R) => Date.parse(r.createdAt ?? r.at ?? '') || 0;
  const sittings: R[][] = [];
  for (const r of rows) {
    const sitting = sittings.at(-1);
    const last = sitting?.at(-1);
    if (sitting && last && actorOf(last) === actorOf(r) && Math.abs(time(last) - time(r)) <= gapMs) sitting.push(r);
    else sittings.push([r]);
  }
  return sittings.flatMap((sitting) => {
    // Each row joins the open run of its kind if that run's last row is close enough, else starts one.
    const runOf: R[][] = [];
    const open = new Map<string, { run: R[]; at: number }>();
    sitting.forEach((r, i) => {
      const o = open.get(r.burstKey);
      const run = o && i - o.at - 1 <= MAX_BETWEEN ? o.run : [];
      run.push(r);
      open.set(r.burstKey, { run, at: i });
      runOf.push(run);
    });
    const entries: FeedEntry<R>[] = [];
    sitting.forEach((r, i) => {
      const run = runOf[i]!;
      if (run.length < minBurst) entries.push({ kind: 'one', key: r.id, row: r });
      else if (run[0] === r) entries.push({ kind: 'burst', key: `burst-${r.id}`, rows: run, parts: r.burstParts });
    });
    return entries;
  });
}

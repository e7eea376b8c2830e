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

/**
 * Folds runs of rows (newest first) with the same burst key, each within `gapMs` of the next, into
 * bursts of `minBurst` rows or more; the rest stay single lines, in the same order.
 */
export function groupActivity<R extends LineRow & { at?: string; createdAt?: string }>(rows: readonly R[], minBurst = MIN_BURST, gapMs = BURST_GAP_MS): FeedEntry<R>[] {
  const time = (r: R) => Date.parse(r.createdAt ?? r.at ?? '') || 0;
  const runs: R[][] = [];
  for (const r of rows) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.burstKey === r.burstKey && Math.abs(time(last) - time(r)) <= gapMs) run.push(r);
    else runs.push([r]);
  }
  return runs.flatMap((run): FeedEntry<R>[] =>
    run.length >= minBurst
      ? [{ kind: 'burst', key: `burst-${run[0]!.id}`, rows: run, parts: run[0]!.burstParts }]
      : run.map((row) => ({ kind: 'one', key: row.id, row })),
  );
}

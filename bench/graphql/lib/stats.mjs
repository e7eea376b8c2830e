/** Small helpers for summarising samples and printing markdown tables. */

/** Nearest-rank percentile of an ascending-sorted array (p in 0..100). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const sum = s.reduce((a, b) => a + b, 0);
  return {
    n: s.length,
    mean: s.length ? sum / s.length : NaN,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    p999: percentile(s, 99.9),
    max: s.length ? s[s.length - 1] : NaN,
  };
}

/** Formats a number for a table cell; `digits` decimals, thousands separated. */
export function fmt(n, digits = 1) {
  if (n === null || n === undefined || Number.isNaN(n)) return 'n/a';
  return Number(n).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const ms = (n) => (n === null || n === undefined || Number.isNaN(n) ? 'n/a' : `${fmt(n, n < 10 ? 2 : 1)} ms`);

/** A markdown table; the first `textColumns` columns are left-aligned, the rest (numbers) right-aligned. */
export function table(headers, rows, textColumns = 1) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map((h, i) => (i < textColumns ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/**
 * Which outline rows to render: those on screen (with some rows of margin) and a few kept
 * rendered wherever they are (the focused row, the row the new-task line hangs under), so the
 * keyboard focus and the screen reader's place survive scrolling. The rows in between are
 * replaced by spacers of the same height, so the page scrolls as if every row were there.
 */

/** Outlines this long or shorter render every row. */
export const RENDER_ALL_UP_TO = 150;
/** Rows rendered at least above and below the screen. */
export const OVERSCAN = 8;
/**
 * The rendered range starts and ends at a multiple of this many rows, so scrolling changes the
 * rendered rows once every few dozen rows rather than on every row (each change lays out and
 * paints the table again), in steps small enough to fit a frame or two.
 */
export const BLOCK = 12;

export type Slice = { kind: 'rows'; from: number; to: number } | { kind: 'gap'; rows: number };

/**
 * The rows of the visible range `[top, top + height)` in pixels, measured from the first row,
 * for `count` rows of `rowHeight` pixels each.
 */
export function visibleRange(top: number, height: number, rowHeight: number, count: number, overscan = OVERSCAN, block = BLOCK): { from: number; to: number } {
  if (count <= RENDER_ALL_UP_TO) return { from: 0, to: count };
  const first = Math.floor(top / rowHeight) - overscan;
  const last = Math.ceil((top + height) / rowHeight) + overscan;
  const from = Math.min(count, Math.max(0, Math.floor(first / block) * block));
  const to = Math.min(count, Math.max(0, Math.ceil(last / block) * block));
  return { from, to: Math.max(from, to) };
}

/** Cuts `count` rows into rendered runs and gaps: the range plus every pinned row index. */
export function slices(count: number, range: { from: number; to: number }, pinned: Iterable<number>): Slice[] {
  const extra = [...new Set(pinned)].filter((i) => i >= 0 && i < count && (i < range.from || i >= range.to)).sort((a, b) => a - b);
  const runs: { from: number; to: number }[] = [];
  const add = (from: number, to: number) => {
    const last = runs.at(-1);
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else runs.push({ from, to });
  };
  let placed = false;
  for (const i of extra) {
    if (!placed && i >= range.to) {
      if (range.to > range.from) add(range.from, range.to);
      placed = true;
    }
    add(i, i + 1);
  }
  if (!placed && range.to > range.from) add(range.from, range.to);
  const out: Slice[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.from > at) out.push({ kind: 'gap', rows: run.from - at });
    out.push({ kind: 'rows', from: run.from, to: run.to });
    at = run.to;
  }
  if (count > at) out.push({ kind: 'gap', rows: count - at });
  return out;
}

/**
 * Routed connectors between Gantt bars. A link leaves its predecessor at the end (FS, FF) or the
 * start (SS, SF) and enters its successor at the start (FS, SS) or the end (FF, SF), always with a
 * short horizontal stub so the arrowhead points into the bar. When the stubs cannot be joined by one
 * vertical segment (an FS successor that starts before its predecessor ends) the line goes round
 * through the gap between the two rows.
 */
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

export interface LinkEnds {
  /** Predecessor's left/right edges and row centre. */
  from: { start: number; end: number; cy: number };
  to: { start: number; end: number; cy: number };
}

export interface RoutedLink {
  /** SVG path data of the line (ending at the arrowhead's base). */
  path: string;
  /** SVG points of the arrowhead triangle. */
  arrow: string;
  /** Every corner of the line, for hit tests and tests. */
  points: [number, number][];
}

/** Horizontal stub out of and into a bar. */
export const STUB = 10;
const ARROW_LENGTH = 6;
const ARROW_HALF_WIDTH = 4;

export function routeLink(type: LinkType, ends: LinkEnds, rowHeight: number): RoutedLink {
  const fromEnd = type === 'FS' || type === 'FF';
  const toStart = type === 'FS' || type === 'SS';
  const sx = fromEnd ? ends.from.end : ends.from.start;
  const sy = ends.from.cy;
  const tx = toStart ? ends.to.start : ends.to.end;
  const ty = ends.to.cy;
  /** +1 leaves rightwards (from an end), -1 leftwards (from a start). */
  const out = fromEnd ? 1 : -1;
  /** +1 arrives moving right (into a start), -1 moving left (into an end). */
  const inn = toStart ? 1 : -1;
  const ex = sx + out * STUB;
  const nx = tx - inn * STUB;

  const points: [number, number][] = [[sx, sy]];
  if (out !== inn) {
    // Leaving and arriving on the same side: one vertical beyond the outermost stub.
    const vx = out === 1 ? Math.max(ex, nx) : Math.min(ex, nx);
    points.push([vx, sy], [vx, ty]);
  } else if (out * (nx - ex) >= 0) {
    // The target lies ahead: turn at the source's stub.
    points.push([ex, sy], [ex, ty]);
  } else {
    // The target lies behind: go round through the gap between the rows.
    const dir = ty >= sy ? 1 : -1;
    const gy = sy + (dir * rowHeight) / 2;
    points.push([ex, sy], [ex, gy], [nx, gy], [nx, ty]);
  }
  const tip: [number, number] = [tx, ty];
  const base: [number, number] = [tx - inn * ARROW_LENGTH, ty];
  points.push(base);

  const simplified = dropStraightRuns(points);
  const path = simplified.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)} ${round(y)}`).join(' ');
  const arrow = [tip, [base[0], ty - ARROW_HALF_WIDTH], [base[0], ty + ARROW_HALF_WIDTH]]
    .map(([x, y]) => `${round(x!)},${round(y!)}`)
    .join(' ');
  return { path, arrow, points: [...simplified, tip] };
}

/** Drops repeated points and middle points of straight runs, so the path has only real corners. */
function dropStraightRuns(pts: [number, number][]): [number, number][] {
  const unique = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1]![0] || p[1] !== pts[i - 1]![1]);
  return unique.filter((p, i) => {
    if (i === 0 || i === unique.length - 1) return true;
    const a = unique[i - 1]!;
    const b = unique[i + 1]!;
    return !((a[0] === p[0] && p[0] === b[0]) || (a[1] === p[1] && p[1] === b[1]));
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

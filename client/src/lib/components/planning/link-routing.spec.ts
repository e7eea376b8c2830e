import { describe, expect, it } from 'vitest';
import { routeLink, STUB, type LinkType } from './link-routing.js';

const ROW = 30;
const bar = (start: number, end: number, row: number) => ({ start, end, cy: row * ROW + ROW / 2 });

/** Every segment of the line is horizontal or vertical. */
function orthogonal(points: [number, number][]): boolean {
  return points.every((p, i) => i === 0 || p[0] === points[i - 1]![0] || p[1] === points[i - 1]![1]);
}

describe('routeLink', () => {
  it('FS leaves the end of the predecessor and points right into the start of the successor', () => {
    const r = routeLink('FS', { from: bar(100, 200, 0), to: bar(260, 300, 2) }, ROW);
    expect(r.points[0]).toEqual([200, 15]);
    expect(r.points.at(-1)).toEqual([260, 75]);
    // One turn down at the stub, then straight in.
    expect(r.points).toEqual([[200, 15], [200 + STUB, 15], [200 + STUB, 75], [254, 75], [260, 75]]);
    expect(r.arrow).toBe('260,75 254,71 254,79');
  });

  it('FS to a successor that starts before the predecessor ends goes round between the rows', () => {
    const r = routeLink('FS', { from: bar(100, 200, 1), to: bar(150, 260, 2) }, ROW);
    expect(orthogonal(r.points)).toBe(true);
    // Down to the gap between rows 1 and 2 (y = 60), back left, down into the start.
    expect(r.points).toContainEqual([200 + STUB, 60]);
    expect(r.points).toContainEqual([150 - STUB, 60]);
    expect(r.points.at(-1)).toEqual([150, 75]);
  });

  it('FS upwards goes round through the gap above', () => {
    const r = routeLink('FS', { from: bar(100, 200, 3), to: bar(120, 160, 1) }, ROW);
    expect(r.points).toContainEqual([210, 90]);
  });

  it('SS leaves left and enters the start from the left, past whichever starts first', () => {
    const r = routeLink('SS', { from: bar(100, 200, 0), to: bar(80, 120, 1) }, ROW);
    expect(r.points[0]).toEqual([100, 15]);
    expect(r.points[1]).toEqual([80 - STUB, 15]);
    expect(r.points.at(-1)).toEqual([80, 45]);
    expect(r.arrow.startsWith('80,45')).toBe(true);
  });

  it('FF leaves right and enters the end from the right, with the arrow pointing left', () => {
    const r = routeLink('FF', { from: bar(100, 200, 0), to: bar(120, 260, 1) }, ROW);
    expect(r.points[0]).toEqual([200, 15]);
    expect(r.points[1]).toEqual([260 + STUB, 15]);
    expect(r.points.at(-1)).toEqual([260, 45]);
    expect(r.arrow).toBe('260,45 266,41 266,49');
  });

  it('SF from a start to an end that lies further left turns once', () => {
    const r = routeLink('SF', { from: bar(300, 400, 0), to: bar(100, 200, 1) }, ROW);
    expect(r.points).toEqual([[300, 15], [290, 15], [290, 45], [206, 45], [200, 45]]);
  });

  it('SF to an end that lies to the right goes round', () => {
    const r = routeLink('SF', { from: bar(100, 200, 0), to: bar(150, 260, 1) }, ROW);
    expect(orthogonal(r.points)).toBe(true);
    expect(r.points.at(-1)).toEqual([260, 45]);
    expect(r.points).toContainEqual([270, 30]);
  });

  it.each<LinkType>(['FS', 'SS', 'FF', 'SF'])('%s draws only horizontal and vertical segments', (type) => {
    for (const [a, b] of [[[0, 50], [10, 20]], [[100, 150], [0, 300]], [[100, 100], [100, 100]]] as const) {
      const r = routeLink(type, { from: bar(a[0], a[1], 4), to: bar(b[0], b[1], 9) }, ROW);
      expect(orthogonal(r.points)).toBe(true);
      expect(r.path.startsWith('M')).toBe(true);
    }
  });
});

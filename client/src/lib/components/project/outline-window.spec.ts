import { describe, expect, it } from 'vitest';
import { BLOCK, RENDER_ALL_UP_TO, slices, visibleRange } from './outline-window';

describe('visibleRange', () => {
  it('renders every row of a short outline', () => {
    expect(visibleRange(5000, 900, 40, RENDER_ALL_UP_TO)).toEqual({ from: 0, to: RENDER_ALL_UP_TO });
  });

  it('covers the screen with a margin, in whole blocks', () => {
    const { from, to } = visibleRange(40 * 1000, 900, 40, 5000);
    expect(from).toBeLessThanOrEqual(1000 - 8);
    expect(to).toBeGreaterThanOrEqual(1000 + 900 / 40 + 8);
    expect(from % BLOCK).toBe(0);
    expect(to % BLOCK).toBe(0);
    expect(to - from).toBeLessThan(90);
  });

  it('stays the same while the screen moves within a block', () => {
    expect(visibleRange(40 * 1000, 900, 40, 5000)).toEqual(visibleRange(40 * 1000 + 40, 900, 40, 5000));
  });

  it('starts at the first row while the table is below the top of the screen, and stops at the last', () => {
    expect(visibleRange(-300, 900, 40, 5000).from).toBe(0);
    expect(visibleRange(40 * 4990, 900, 40, 5000).to).toBe(5000);
  });
});

describe('slices', () => {
  it('is the range with gaps around it', () => {
    expect(slices(100, { from: 20, to: 40 }, [])).toEqual([
      { kind: 'gap', rows: 20 },
      { kind: 'rows', from: 20, to: 40 },
      { kind: 'gap', rows: 60 },
    ]);
  });

  it('keeps pinned rows outside the range, in order, with gaps between', () => {
    expect(slices(100, { from: 20, to: 40 }, [90, 3, 25, 3])).toEqual([
      { kind: 'gap', rows: 3 },
      { kind: 'rows', from: 3, to: 4 },
      { kind: 'gap', rows: 16 },
      { kind: 'rows', from: 20, to: 40 },
      { kind: 'gap', rows: 50 },
      { kind: 'rows', from: 90, to: 91 },
      { kind: 'gap', rows: 9 },
    ]);
  });

  it('joins a pinned row next to the range and ignores rows that do not exist', () => {
    expect(slices(50, { from: 0, to: 10 }, [10, 70, -1])).toEqual([
      { kind: 'rows', from: 0, to: 11 },
      { kind: 'gap', rows: 39 },
    ]);
  });
});

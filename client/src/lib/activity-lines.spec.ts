import { describe, expect, it } from 'vitest';
import { groupActivity, lineText, type LinePart, type LineRow } from './activity-lines';

const text = (t: string): LinePart => ({ kind: 'TEXT', text: t });
const row = (id: number, key: string, minutesAgo: number): LineRow & { createdAt: string } => ({
  id: String(id),
  burstKey: key,
  parts: [text(`row ${id}`)],
  burstParts: [text('Alex recorded '), { kind: 'COUNT', text: 'several' }, text(' cost entries')],
  createdAt: new Date(Date.UTC(2026, 11, 7, 12, 0) - minutesAgo * 60_000).toISOString(),
});

describe('activity bursts', () => {
  it('folds a run of three or more of the same change into one line with the count', () => {
    const rows = [row(9, 'b', 0), ...Array.from({ length: 10 }, (_, i) => row(8 - i, 'a', 1 + i * 0.1)), row(0, 'b', 5)];
    const entries = groupActivity(rows);
    expect(entries.map((e) => e.kind)).toEqual(['one', 'burst', 'one']);
    const burst = entries[1]!;
    expect(burst.kind === 'burst' && lineText(burst.parts, burst.rows.length)).toBe('Alex recorded 10 cost entries');
  });

  it('folds the same kind of change within one sitting even when other changes come between', () => {
    const rows = [row(6, 'u1|task|CREATED|', 0), row(5, 'u1|task|UPDATED|assigneeId', 0), row(4, 'u1|task|CREATED|', 0), row(3, 'u1|task|UPDATED|assigneeId', 0), row(2, 'u1|task|CREATED|', 0), row(1, 'u2|task|CREATED|', 0)];
    const entries = groupActivity(rows);
    expect(entries.map((e) => (e.kind === 'burst' ? `burst of ${e.rows.length}` : e.row.id))).toEqual(['burst of 3', '5', '3', '1']);
  });

  it('keeps a fresh change apart from an older run of the same kind further down the sitting', () => {
    const other = (id: number) => row(id, `u1|cost_entry|CREATED|`, 0);
    const rows = [row(20, 'u1|task|CREATED|', 0), other(19), other(18), other(17), row(16, 'u1|task|CREATED|', 1), row(15, 'u1|task|CREATED|', 1), row(14, 'u1|task|CREATED|', 1)];
    expect(groupActivity(rows).map((e) => (e.kind === 'burst' ? `burst of ${e.rows.length}` : e.row.id))).toEqual(['20', 'burst of 3', 'burst of 3']);
  });

  it('leaves two similar lines alone, and splits a run at a long pause', () => {
    expect(groupActivity([row(2, 'a', 0), row(1, 'a', 1)]).map((e) => e.kind)).toEqual(['one', 'one']);
    const split = groupActivity([row(6, 'a', 0), row(5, 'a', 1), row(4, 'a', 2), row(3, 'a', 120), row(2, 'a', 121), row(1, 'a', 122)]);
    expect(split.map((e) => (e.kind === 'burst' ? e.rows.length : 1))).toEqual([3, 3]);
  });

  it('formats dates and money in the reader locale, not as ISO text', () => {
    const line = lineText([text('set ERP-9 to start no earlier than '), { kind: 'DATE', text: 'Mon 11 Jan 2027', date: '2027-01-11' }]);
    expect(line).not.toContain('2027-01-11');
    expect(line).toContain('2027');
    expect(lineText([text('recorded '), { kind: 'MONEY', text: '€1,200', amount: 1200, currency: 'EUR' }])).toMatch(/1[,.\s\u202f]?200/);
  });
});

import { describe, expect, it } from 'vitest';
import { exportFileName, importFormatOf, importSummary } from './exchange';

describe('plan file exchange', () => {
  it('recognises MS Project XML and Trellis JSON by name, else by content', () => {
    expect(importFormatOf('Plan.XML', '')).toBe('MSPDI');
    expect(importFormatOf('plan.json', '')).toBe('TRELLIS_JSON');
    expect(importFormatOf('export', '  <?xml version="1.0"?><Project/>')).toBe('MSPDI');
    expect(importFormatOf('export', '\n{"tasks": []}')).toBe('TRELLIS_JSON');
    expect(importFormatOf('notes.txt', 'Kick-off on Monday')).toBeNull();
  });

  it('names exported files after the project and the day', () => {
    expect(exportFileName('ERP', 'xml', '2026-11-25')).toBe('ERP-plan-2026-11-25.xml');
  });

  it('summarises only what an import brought', () => {
    const empty = { created: 0, links: 0, calendars: 0, resources: 0, assignments: 0, baselines: 0, costEntries: 0, unmapped: [] };
    expect(importSummary(empty)).toBe('nothing');
    expect(importSummary({ ...empty, created: 1200, links: 1, costEntries: 2 })).toBe('1,200 tasks, 1 link, 2 cost entries');
  });
});

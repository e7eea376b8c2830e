import { afterAll, beforeAll, expect, it } from 'vitest';
import { rollUpTree, summaryPercent, type RollupCategory, type RollupKind } from '@trellis/schema/rollup';
import { startHarness, type Harness } from '../../test/harness.js';
import { seedDemo } from './demo.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

it("the demo project's summaries carry the roll-up of their work", async () => {
  const seeded = await seedDemo(h.app.dataSource, h.app.services, new Date('2026-11-16T12:00:00Z'));
  expect(seeded).not.toBeNull();
  const rows: { id: string; parent_id: string | null; kind: RollupKind; d: number; pct: number; category: RollupCategory; rollup_percent: number | null; rollup_state: string | null }[] =
    await h.app.dataSource.query(
      `SELECT t.id, t.parent_id, t.kind, t.duration_days::float8 AS d, t.percent_complete AS pct, s.category, t.rollup_percent, t.rollup_state
         FROM tasks t JOIN task_statuses s ON s.id = t.status_id JOIN projects p ON p.id = t.project_id
        WHERE p.key = $1 AND t.archived_at IS NULL`,
      [seeded!.projectKey],
    );
  const rule = rollUpTree(rows.map((r) => ({ id: r.id, parentId: r.parent_id, kind: r.kind, durationDays: r.d, percentComplete: r.pct, category: r.category })));
  const summaries = rows.filter((r) => rule.summaries.has(r.id));
  expect(summaries.length).toBeGreaterThan(3);
  // Part of the demo's work is done: its top summaries are under way.
  expect(summaries.some((r) => r.rollup_state === 'STARTED' && r.rollup_percent! > 0)).toBe(true);
  for (const r of rows) {
    const want = rule.summaries.get(r.id);
    expect({ id: r.id, percent: r.rollup_percent, state: r.rollup_state }).toEqual({ id: r.id, percent: want ? summaryPercent(want) : null, state: want?.state ?? null });
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness.js';
import { systemActorFor } from '../composition.js';
import { seedDemo } from './demo.js';

/** The demo's stakeholder register, communication plan and RACI, as a person opening them sees them. */
let h: Harness;
let projectId: string;

beforeAll(async () => {
  h = await startHarness();
  await seedDemo(h.app.dataSource, h.app.services, new Date());
  projectId = (await h.app.dataSource.query(`SELECT id FROM projects WHERE key = 'ERP'`))[0].id;
}, 180_000);
afterAll(() => h?.close());

const actor = () => systemActorFor(h.app.dataSource);

describe('the demo register', () => {
  it('has ten stakeholders over all four quadrants and two groups', async () => {
    const list = await h.app.services.stakeholders.list(actor(), projectId, { first: 50 });
    expect(list.totalCount).toBe(10);
    const strategies = new Set(
      list.nodes.map((s) => (s.influence >= 3 ? (s.interest >= 3 ? 'MC' : 'KS') : s.interest >= 3 ? 'KI' : 'MO')),
    );
    expect(strategies).toEqual(new Set(['MC', 'KS', 'KI', 'MO']));
    expect((await h.app.services.stakeholders.groups(actor(), projectId)).map((g) => g.name)).toEqual(['Finance', 'Steering committee']);
  });

  it('plans weekly, fortnightly and monthly communication with one item overdue', async () => {
    const plan = await h.app.services.communications.list(actor(), projectId, { first: 50 });
    expect(plan.nodes.map((i) => i.title)).toEqual(expect.arrayContaining(['Weekly status report', 'Steering committee', 'Project newsletter', 'Sprint demo']));
    expect(plan.nodes.filter((i) => i.overdue).map((i) => i.title)).toEqual(['Data owners check-in']);
  });

  it('has a RACI over the WBS with two rows flagged', async () => {
    const m = await h.app.services.raci.matrix(actor(), projectId, null);
    expect(m.rows.length).toBeGreaterThan(40);
    const flagged = m.rows.filter((r) => r.flags.length).map((r) => [r.name, r.flags]);
    expect(flagged).toEqual([
      ['Integrations', ['NO_ACCOUNTABLE']],
      ['Data migration', ['MANY_ACCOUNTABLE']],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Activity } from './activity.entity.js';
import { describeActivity } from './activity.describe.js';

const names = { task: () => undefined, status: () => undefined, user: (id: string) => ({ u1: 'Alex Morgan' })[id] };
const row = (a: Partial<Activity>): Activity => ({ actorId: 'u1', entityId: 'x', action: 'UPDATED', field: null, oldValue: null, newValue: null, ...a }) as Activity;

describe('register sentences', () => {
  it.each([
    [row({ entityType: 'stakeholder', action: 'CREATED' as never, newValue: { name: 'Vendor PM' } }), 'Alex Morgan added stakeholder Vendor PM'],
    [row({ entityType: 'stakeholder', field: 'influence', oldValue: { name: 'Vendor PM', value: 3 }, newValue: { name: 'Vendor PM', value: 4 } }), 'Alex Morgan set the influence of Vendor PM to 4'],
    [row({ entityType: 'stakeholder', field: 'desiredEngagement', newValue: { name: 'Vendor PM', value: 'LEADING' } }), 'Alex Morgan set the desired engagement of Vendor PM to Leading'],
    [row({ entityType: 'stakeholder', field: 'notes', newValue: { name: 'Vendor PM', value: 'long text' } }), 'Alex Morgan changed the notes of Vendor PM'],
    [row({ entityType: 'stakeholder_group', field: 'stakeholderIds', newValue: { name: 'Finance', value: ['a', 'b', 'c'] } }), 'Alex Morgan changed the stakeholders of Finance (3 now)'],
    [row({ entityType: 'stakeholder_group', field: 'name', oldValue: { name: 'Board', value: 'Board' }, newValue: { name: 'Steering', value: 'Steering' } }), 'Alex Morgan renamed group Board to Steering'],
    [row({ entityType: 'communication_item', action: 'CREATED' as never, newValue: { name: 'Weekly status report' } }), 'Alex Morgan added Weekly status report to the communication plan'],
    [row({ entityType: 'communication_item', field: 'held', newValue: { name: 'Weekly status report', value: '2026-12-04' } }), 'Alex Morgan held Weekly status report on 2026-12-04'],
    [row({ entityType: 'communication_item', field: 'cadenceWeekday', newValue: { name: 'Sprint demo', value: 4 } }), 'Alex Morgan set the weekday of Sprint demo to Thursday'],
    [row({ entityType: 'raci_cell', field: 'raci', newValue: { name: 'ERP-3 Data migration', party: 'Ana Costa', value: 'A' } }), 'Alex Morgan set Ana Costa to A on ERP-3 Data migration'],
    [row({ entityType: 'raci_cell', field: 'raci', newValue: { name: 'ERP-3 Data migration', party: 'Ana Costa', value: null } }), "Alex Morgan cleared Ana Costa's RACI letter on ERP-3 Data migration"],
    [row({ entityType: 'stakeholder', action: 'DELETED' as never, oldValue: { name: 'Vendor PM' } }), 'Alex Morgan deleted stakeholder Vendor PM'],
  ])('%#: %s', (a, sentence) => {
    expect(describeActivity(a, names)).toBe(sentence);
  });
});

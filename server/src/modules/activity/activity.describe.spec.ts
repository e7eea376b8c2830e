import { describe, expect, it } from 'vitest';
import type { Activity } from './activity.entity.js';
import { describeActivity } from './activity.describe.js';

const names = {
  task: (id: string) => ({ t1: 'ERP-1 Plan', t2: 'ERP-2 Build' })[id],
  status: (id: string) => ({ s1: 'In progress' })[id],
  user: (id: string) => ({ u1: 'Ana', u2: 'Ben' })[id],
};
const row = (a: Partial<Activity>): Activity => ({ actorId: 'u1', entityType: 'task', entityId: 't1', action: 'UPDATED', field: null, oldValue: null, newValue: null, ...a }) as Activity;

describe('activity sentences', () => {
  it.each([
    [row({ action: 'CREATED' as never }), 'Ana created ERP-1 Plan'],
    [row({ field: 'statusId', newValue: 's1' }), 'Ana moved ERP-1 Plan to In progress'],
    [row({ field: 'assigneeId', newValue: 'u2' }), 'Ana assigned ERP-1 Plan to Ben'],
    [row({ field: 'assigneeId', newValue: null }), 'Ana assigned ERP-1 Plan to none'],
    [row({ field: 'percentComplete', newValue: 40 }), 'Ana changed % complete of ERP-1 Plan to 40%'],
    [row({ action: 'MOVED' as never, newValue: { wbsCode: '2.1' } }), 'Ana moved ERP-1 Plan to WBS 2.1'],
    [row({ action: 'CREATED' as never, entityType: 'dependency', entityId: 'd', newValue: { predecessorId: 't1', successorId: 't2', type: 'SS' } }), 'Ana linked ERP-1 Plan → ERP-2 Build (SS)'],
    [row({ action: 'DELETED' as never, entityType: 'board_token', entityId: 'b' }), 'Ana revoked a wall board token'],
    [row({ entityType: 'charter', entityId: 'p', field: 'purpose', newValue: 'x' }), 'Ana edited the charter (purpose)'],
    [row({ actorId: null, action: 'DELETED' as never }), 'Trellis deleted ERP-1 Plan'],
  ])('%#: %s', (a, sentence) => {
    expect(describeActivity(a, names)).toBe(sentence);
  });
});

import { describe, expect, it } from 'vitest';
import type { Activity } from './activity.entity.js';
import { burstKey, describeActivity, describeBurst, sentenceText } from './activity.describe.js';

const names = {
  task: (id: string) => ({ t1: 'ERP-1 Plan', t2: 'ERP-2 Build', t9: 'ERP-9 Cutover', t14: 'ERP-14 Data migration' })[id],
  status: (id: string) => ({ s1: 'In progress' })[id],
  user: (id: string) => ({ u1: 'Ana', u2: 'Ben', u3: 'Priya Shah' })[id],
  currency: 'EUR',
};
const row = (a: Partial<Activity>): Activity => ({ actorId: 'u1', entityType: 'task', entityId: 't1', taskId: 't1', action: 'UPDATED', field: null, oldValue: null, newValue: null, ...a }) as Activity;
const text = (a: Activity) => sentenceText(describeActivity(a, names));

describe('activity lines', () => {
  it.each([
    // tasks
    [row({ action: 'CREATED' as never, newValue: { name: 'Plan', kind: 'TASK' } }), 'Ana created ERP-1 Plan'],
    [row({ action: 'CREATED' as never, newValue: { name: 'Plan', kind: 'MILESTONE' } }), 'Ana created milestone ERP-1 Plan'],
    [row({ action: 'DELETED' as never }), 'Ana archived ERP-1 Plan'],
    [row({ field: 'archived', oldValue: true, newValue: false }), 'Ana restored ERP-1 Plan'],
    [row({ action: 'MOVED' as never, newValue: { wbsCode: '2.1' } }), 'Ana moved ERP-1 Plan to WBS 2.1'],
    [row({ field: 'name', oldValue: 'Plan', newValue: 'Plan it' }), 'Ana renamed ERP-1 from Plan to Plan it'],
    [row({ field: 'kind', newValue: 'MILESTONE' }), 'Ana made ERP-1 Plan a milestone'],
    [row({ field: 'description', newValue: 'x' }), 'Ana edited the description of ERP-1 Plan'],
    [row({ field: 'statusId', newValue: 's1' }), 'Ana moved ERP-1 Plan to In progress'],
    [row({ field: 'assigneeId', newValue: 'u3' }), 'Ana assigned Priya Shah to ERP-1 Plan'],
    [row({ field: 'assigneeId', oldValue: 'u2', newValue: null }), 'Ana unassigned Ben from ERP-1 Plan'],
    [row({ field: 'percentComplete', newValue: 40 }), 'Ana set ERP-1 Plan to 40% complete'],
    [row({ field: 'durationDays', newValue: 5 }), 'Ana set the duration of ERP-1 Plan to 5 days'],
    [row({ field: 'estimateHours', newValue: 16 }), 'Ana estimated ERP-1 Plan at 16 hours'],
    [row({ field: 'storyPoints', newValue: 3 }), 'Ana gave ERP-1 Plan 3 story points'],
    [row({ entityId: 't9', taskId: 't9', field: 'constraint', newValue: { type: 'SNET', date: '2027-01-11T08:00' } }), 'Ana set ERP-9 Cutover to start no earlier than Mon 11 Jan 2027'],
    [row({ entityId: 't9', taskId: 't9', field: 'constraint', newValue: { type: 'ASAP', date: null } }), 'Ana set ERP-9 Cutover to start as soon as possible'],
    [row({ entityId: 't9', taskId: 't9', field: 'constraintType', newValue: 'FNLT' }), 'Ana set ERP-9 Cutover to finish no later than its constraint date'],
    [row({ entityId: 't9', taskId: 't9', field: 'constraintDate', newValue: '2027-01-11T08:00' }), 'Ana moved the constraint date of ERP-9 Cutover to Mon 11 Jan 2027'],
    [row({ field: 'deadline', newValue: '2027-02-01' }), 'Ana set the deadline of ERP-1 Plan to Mon 1 Feb 2027'],
    [row({ field: 'deadline', newValue: null }), 'Ana removed the deadline of ERP-1 Plan'],
    [row({ field: 'actualStart', newValue: '2026-12-07T08:00' }), 'Ana recorded that ERP-1 Plan started on Mon 7 Dec 2026'],
    [row({ field: 'actualFinish', newValue: '2026-12-08T17:00' }), 'Ana recorded that ERP-1 Plan finished on Tue 8 Dec 2026'],
    [row({ field: 'levelingDelayDays', newValue: 2 }), 'Ana delayed ERP-1 Plan by 2 days to level resources'],
    [row({ action: 'WARNING' as never, field: 'name', newValue: { code: 'TOO_LONG', message: 'the name was cut to 500 characters' } }), 'Ana made a change to ERP-1 Plan that was not taken as sent: the name was cut to 500 characters'],
    // links
    [row({ action: 'CREATED' as never, entityType: 'dependency', entityId: 'd', taskId: 't2', newValue: { predecessorId: 't1', successorId: 't2', type: 'SS', lagDays: 0 } }), 'Ana linked ERP-1 Plan → ERP-2 Build (start-to-start)'],
    [row({ action: 'DELETED' as never, entityType: 'dependency', entityId: 'd', taskId: 't2', oldValue: { predecessorId: 't1', successorId: 't2', type: 'FS' } }), 'Ana removed the link ERP-1 Plan → ERP-2 Build'],
    [row({ entityType: 'dependency', entityId: 'd', taskId: 't2', field: 'lagDays', newValue: 2 }), 'Ana set the lag of the link into ERP-2 Build to 2 days'],
    // project
    [row({ action: 'CREATED' as never, entityType: 'project', entityId: 'p', taskId: null, newValue: { key: 'ERP', name: 'ERP rollout' } }), 'Ana created the project ERP rollout'],
    [row({ entityType: 'project', entityId: 'p', taskId: null, field: 'archivedAt', newValue: '2026-12-07T01:02:03.000Z' }), 'Ana archived the project'],
    [row({ entityType: 'project', entityId: 'p', taskId: null, field: 'archivedAt', newValue: null }), 'Ana restored the project'],
    [row({ entityType: 'project', entityId: 'p', taskId: null, field: 'targetFinish', newValue: '2027-06-30' }), 'Ana set the project target finish to Wed 30 Jun 2027'],
    [row({ entityType: 'project', entityId: 'p', taskId: null, field: 'budget', newValue: 250000 }), 'Ana set the project budget to €250,000'],
    [row({ entityType: 'project', entityId: 'p', taskId: null, field: 'status', newValue: 'ON_HOLD' }), 'Ana set the project status to on hold'],
    [row({ entityType: 'project', entityId: 'p', taskId: null, field: 'import', newValue: { created: 12, resources: 3, assignments: 20 } }), 'Ana imported a plan with 12 tasks, 3 resources and 20 assignments'],
    // people
    [row({ action: 'CREATED' as never, entityType: 'member', entityId: 'u3', taskId: null, newValue: { email: 'p@x', role: 'MANAGER' } }), 'Ana added Priya Shah as a manager'],
    [row({ entityType: 'member', entityId: 'u2', taskId: null, field: 'role', newValue: 'VIEWER' }), 'Ana made Ben a viewer'],
    [row({ action: 'DELETED' as never, entityType: 'member', entityId: 'u2', taskId: null }), 'Ana removed Ben from the project'],
    [row({ action: 'CREATED' as never, entityType: 'invitation', entityId: 'i', taskId: null, newValue: { email: 'sam@example.com', role: 'MEMBER' } }), 'Ana invited sam@example.com as a member'],
    [row({ action: 'DELETED' as never, entityType: 'board_token', entityId: 'b', taskId: null }), 'Ana revoked a wall board link'],
    [row({ action: 'UPDATED' as never, entityType: 'board_token', entityId: 'b', taskId: null, field: 'layout', oldValue: 'PROGRESS', newValue: 'SCHEDULE' }), 'Ana set a wall board to show the schedule'],
    // charter, statuses, calendars, baselines
    [row({ entityType: 'charter', entityId: 'p', taskId: null, field: 'purpose', newValue: 'x' }), "Ana edited the charter's purpose"],
    [row({ entityType: 'charter', entityId: 'p', taskId: null, field: 'approvalState', newValue: 'APPROVED' }), 'Ana approved the charter'],
    [row({ action: 'CREATED' as never, entityType: 'status', entityId: 's2', taskId: null, newValue: { name: 'Review', category: 'STARTED' } }), 'Ana added the status Review'],
    [row({ action: 'CREATED' as never, entityType: 'calendar', entityId: 'c', taskId: null, newValue: { name: 'Night shift' } }), 'Ana added the calendar Night shift'],
    [row({ action: 'CREATED' as never, entityType: 'baseline', entityId: 'b', taskId: null, newValue: { name: 'Approved plan' } }), 'Ana saved the baseline Approved plan'],
    // resources, assignments, cost
    [row({ action: 'CREATED' as never, entityType: 'resource', entityId: 'r', taskId: null, newValue: { name: 'Priya Shah', type: 'WORK' } }), 'Ana added the resource Priya Shah'],
    [row({ action: 'CREATED' as never, entityType: 'assignment', entityId: 'a', taskId: 't1', newValue: { resourceId: 'r', resource: 'Priya Shah', units: 1 } }), 'Ana assigned Priya Shah to ERP-1 Plan'],
    [row({ action: 'DELETED' as never, entityType: 'assignment', entityId: 'a', taskId: 't1', oldValue: { resourceId: 'r', resource: 'Priya Shah', units: 1 } }), 'Ana removed Priya Shah from ERP-1 Plan'],
    [row({ action: 'CREATED' as never, entityType: 'assignment', entityId: 'a', taskId: 't1', newValue: { resource: 'Priya Shah', followsAssignee: true } }), "Ana planned Priya Shah's hours on ERP-1 Plan"],
    [row({ action: 'DELETED' as never, entityType: 'assignment', entityId: 'a', taskId: 't1', oldValue: { resource: 'Ben', followsAssignee: true } }), "Ana took Ben's hours off ERP-1 Plan"],
    [row({ entityType: 'assignment', entityId: 'a', taskId: 't1', field: 'units', newValue: 0.5, oldValue: 1 }), 'Ana set an assignment on ERP-1 Plan to 50%'],
    [row({ action: 'CREATED' as never, entityType: 'cost_entry', entityId: 'c', taskId: 't14', newValue: { date: '2026-12-01', amount: 1200, hours: null } }), 'Ana recorded €1,200 of cost on ERP-14 Data migration'],
    [row({ action: 'DELETED' as never, entityType: 'cost_entry', entityId: 'c', taskId: 't14', oldValue: { date: '2026-12-01', amount: 99.5 } }), 'Ana removed a cost entry of €99.50 from ERP-14 Data migration'],
    [row({ actorId: null, action: 'DELETED' as never }), 'Trellis archived ERP-1 Plan'],
  ])('%#: %s', (a, sentence) => {
    expect(text(a)).toBe(sentence);
  });

  it('never shows a raw ISO timestamp or a table name', () => {
    const lines = [
      row({ entityType: 'project', entityId: 'p', field: 'archivedAt', newValue: '2026-12-07T01:02:03.000Z' }),
      row({ action: 'CREATED' as never, entityType: 'cost_entry', entityId: 'c', taskId: 't14', newValue: { amount: 5 } }),
      row({ field: 'constraintDate', newValue: '2027-01-11T08:00' }),
    ].map(text);
    for (const l of lines) expect(l).not.toMatch(/\d{4}-\d{2}-\d{2}|cost_entry|T08:00/);
  });

  it('keeps dates and money as typed values for the reader to format', () => {
    const line = describeActivity(row({ entityId: 't9', taskId: 't9', field: 'constraint', newValue: { type: 'SNET', date: '2027-01-11T08:00' } }), names);
    expect(line).toEqual(['Ana ', 'set ERP-9 Cutover to start no earlier than ', { date: '2027-01-11' }]);
    const cost = describeActivity(row({ action: 'CREATED' as never, entityType: 'cost_entry', entityId: 'c', taskId: 't14', newValue: { amount: 1200 } }), names);
    expect(cost).toContainEqual({ money: 1200, currency: 'EUR' });
  });
});

describe('bursts', () => {
  it.each([
    [row({ action: 'CREATED' as never, entityType: 'cost_entry', entityId: 'c', taskId: 't14' }), 'Ana recorded 10 cost entries'],
    [row({ action: 'CREATED' as never, entityType: 'assignment', entityId: 'a' }), 'Ana assigned 10 resources'],
    [row({ action: 'CREATED' as never }), 'Ana created 10 tasks'],
    [row({ field: 'percentComplete' }), 'Ana changed the % complete of 10 tasks'],
    [row({ action: 'DELETED' as never }), 'Ana archived 10 tasks'],
  ])('%#: %s', (a, sentence) => {
    expect(sentenceText(describeBurst(a, names), 10)).toBe(sentence);
  });

  it('folds the same person, kind and change, not different fields or people', () => {
    const a = row({ field: 'statusId' });
    expect(burstKey(a)).toBe(burstKey(row({ field: 'statusId', entityId: 't2' })));
    expect(burstKey(a)).not.toBe(burstKey(row({ field: 'percentComplete' })));
    expect(burstKey(a)).not.toBe(burstKey(row({ field: 'statusId', actorId: 'u2' })));
  });
});

import { describe, expect, it } from 'vitest';
import { tasksCsv } from './csv.js';
import type { ScheduleResult, ScheduledTask } from './model.js';
import { emptyPlanDocument, type PlanDocument } from './plan-document.js';

function task(id: string, start: string, finish: string, durationDays: number, totalFloatDays: number, critical: boolean): ScheduledTask {
  return { id, start, finish, earlyStart: start, earlyFinish: finish, lateStart: start, lateFinish: finish, durationDays, totalFloatDays, freeFloatDays: 0, critical, summary: false, milestone: false };
}

const plan: PlanDocument = {
  ...emptyPlanDocument({ name: 'Helpdesk', start: '2024-01-08T08:00' }),
  // Listed out of outline order on purpose: the CSV follows the outline.
  tasks: [
    { id: 'b', name: 'Train "super users", then go live', parentId: 'p', order: 1, kind: 'TASK', durationDays: 2, percentComplete: 25 },
    { id: 'p', name: 'Roll-out', parentId: null, order: 0, kind: 'SUMMARY', durationDays: 0 },
    { id: 'a', name: 'Install\nagents', parentId: 'p', order: 0, kind: 'TASK', durationDays: 1.5, percentComplete: 100 },
    { id: 'm', name: '=HYPERLINK("http://x")', parentId: null, order: 1, kind: 'MILESTONE', durationDays: 0 },
  ],
  resources: [
    { id: 'ana', name: 'Ana', type: 'WORK' },
    { id: 'bo', name: 'Bo', type: 'WORK' },
    { id: 'cd', name: 'Licences', type: 'MATERIAL', materialLabel: 'seats' },
  ],
  assignments: [
    { taskId: 'a', resourceId: 'ana', units: 1 },
    { taskId: 'a', resourceId: 'bo', units: 0.5 },
    { taskId: 'b', resourceId: 'cd', units: 40 },
  ],
};

const schedule: ScheduleResult = {
  start: '2024-01-08T08:00',
  finish: '2024-01-11T12:00',
  tasks: [
    task('b', '2024-01-09T13:00', '2024-01-11T12:00', 2, 0, true),
    { ...task('p', '2024-01-08T08:00', '2024-01-11T12:00', 3.5, 0, true), summary: true },
    task('a', '2024-01-08T08:00', '2024-01-09T12:00', 1.5, 0, true),
    { ...task('m', '2024-01-09T12:00', '2024-01-09T12:00', 0, 1.5, false), milestone: true },
  ],
  criticalPaths: [],
  warnings: [],
};

describe('tasksCsv', () => {
  it('writes the task list in outline order with RFC 4180 quoting and CRLF line ends', () => {
    expect(tasksCsv(plan, schedule)).toBe(
      [
        'WBS,Name,Start,Finish,Duration (days),Total float (days),Critical,% complete,Resources',
        '1,Roll-out,2024-01-08T08:00,2024-01-11T12:00,3.5,0,yes,0,',
        '1.1,"Install\nagents",2024-01-08T08:00,2024-01-09T12:00,1.5,0,yes,100,Ana; Bo [50%]',
        '1.2,"Train ""super users"", then go live",2024-01-09T13:00,2024-01-11T12:00,2,0,yes,25,Licences [40 seats]',
        // A name a spreadsheet would run as a formula is kept as text.
        `2,"'=HYPERLINK(""http://x"")",2024-01-09T12:00,2024-01-09T12:00,0,1.5,no,0,`,
        '',
      ].join('\r\n'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { emptyPlanDocument, outline, parsePlanDocument, PlanDocumentError, toPlanInput, type PlanDocument } from './plan-document.js';

function validDocument(): PlanDocument {
  return {
    ...emptyPlanDocument({ name: 'Mail migration', start: '2024-05-06T08:00', calendarId: 'std', currency: 'EUR' }),
    calendars: [{ id: 'std', name: 'Standard', workWeek: { 0: [], 6: [] }, hoursPerDay: 8, exceptions: [] }],
    tasks: [
      { id: 'p', name: 'Migrate', parentId: null, order: 0, kind: 'SUMMARY', durationDays: 0 },
      { id: 'a', name: 'Pilot', parentId: 'p', order: 0, kind: 'TASK', durationDays: 3 },
      { id: 'b', name: 'Everyone else', parentId: 'p', order: 1, kind: 'TASK', durationDays: 5, notes: 'Nights only' },
      { id: 'c', name: 'Decommission', parentId: null, order: 1, kind: 'TASK', durationDays: 1 },
    ],
    links: [{ predecessorId: 'a', successorId: 'b', type: 'FS', lagDays: 1 }],
    resources: [{ id: 'r', name: 'Admin', type: 'WORK', maxUnits: 1, standardRate: 60 }],
    assignments: [{ taskId: 'a', resourceId: 'r', units: 1 }],
    baselines: [{ number: 0, tasks: [{ taskId: 'a', start: '2024-05-06T08:00', finish: '2024-05-08T17:00', durationDays: 3, cost: 1440 }] }],
    costEntries: [{ taskId: 'a', date: '2024-05-06', amount: 480, hours: 8 }],
  };
}

function issuesOf(json: unknown): string[] {
  try {
    parsePlanDocument(json);
  } catch (error) {
    if (error instanceof PlanDocumentError) return error.issues.map((i) => `${i.path || '(root)'}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('parsePlanDocument', () => {
  it('accepts a valid document as it is', () => {
    const doc = validDocument();
    expect(parsePlanDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('names the JSON path of a wrong value', () => {
    const doc = validDocument() as unknown as { tasks: Record<string, unknown>[] };
    doc.tasks[3]!.durationDays = '1 day';
    expect(issuesOf(doc)).toEqual(['tasks[3].durationDays: Invalid input: expected number, received string']);
  });

  it('rejects unknown fields, a wrong format marker and bad dates, all at once', () => {
    const doc = { ...validDocument(), format: 'ms-project', extra: true } as unknown as PlanDocument;
    doc.project.start = '06/05/2024';
    expect(issuesOf(doc)).toEqual([
      'format: not a Trellis plan: expected "trellis-plan"',
      'project.start: expected a local date-time YYYY-MM-DDTHH:MM',
      '(root): Unrecognized key: "extra"',
    ]);
  });

  it('refuses a version it does not know', () => {
    expect(issuesOf({ ...validDocument(), version: 2 })).toEqual(['version: unsupported version: this Trellis reads version 1']);
  });

  it('accepts the minimal document shown in the format description', () => {
    const minimal = {
      format: 'trellis-plan', version: 1,
      project: { name: 'Mail migration', start: '2024-05-06T08:00' },
      calendars: [], resources: [], assignments: [], baselines: [], costEntries: [],
      tasks: [
        { id: 'a', name: 'Pilot', parentId: null, order: 0, kind: 'TASK', durationDays: 3 },
        { id: 'b', name: 'Everyone', parentId: null, order: 1, kind: 'TASK', durationDays: 5 },
      ],
      links: [{ predecessorId: 'a', successorId: 'b', type: 'FS', lagDays: 1 }],
    };
    expect(issuesOf(minimal)).toEqual([]);
  });

  it('checks that references point at things in the document', () => {
    const doc = validDocument();
    doc.links.push({ predecessorId: 'b', successorId: 'ghost', type: 'SS' });
    doc.assignments.push({ taskId: 'c', resourceId: 'nobody', units: 1 });
    doc.tasks[1] = { ...doc.tasks[1]!, calendarId: 'night' };
    doc.tasks.push({ ...doc.tasks[3]!, order: 2 });
    expect(issuesOf(doc)).toEqual([
      'tasks[4].id: duplicate id "c"',
      'tasks[1].calendarId: unknown calendar "night"',
      'links[1].successorId: unknown task "ghost"',
      'assignments[1].resourceId: unknown resource "nobody"',
    ]);
  });

  it('rejects an outline that loops', () => {
    const doc = validDocument();
    doc.tasks[0] = { ...doc.tasks[0]!, parentId: 'b' };
    expect(issuesOf(doc)).toContain('tasks[0].parentId: the outline loops back on itself');
  });
});

describe('outline', () => {
  it('lists tasks parent first, children by order, with WBS codes', () => {
    const doc = validDocument();
    const shuffled = [doc.tasks[3]!, doc.tasks[2]!, doc.tasks[1]!, doc.tasks[0]!];
    expect(outline(shuffled).map((r) => `${r.wbs} ${r.task.name} (${r.level})`)).toEqual([
      '1 Migrate (1)',
      '1.1 Pilot (2)',
      '1.2 Everyone else (2)',
      '2 Decommission (1)',
    ]);
  });
});

describe('toPlanInput', () => {
  it('hands the scheduler only what it reads', () => {
    const input = toPlanInput(validDocument());
    expect(input.start).toBe('2024-05-06T08:00');
    expect(input.calendarId).toBe('std');
    expect(input.tasks[2]).toEqual({ id: 'b', name: 'Everyone else', parentId: 'p', kind: 'TASK', durationDays: 5 });
    expect(input.links).toEqual([{ predecessorId: 'a', successorId: 'b', type: 'FS', lagDays: 1 }]);
  });

  it('gives a task its work resources\' calendars when every one of them has a calendar of its own', () => {
    const doc = validDocument();
    doc.calendars.push({ id: 'nights', name: 'Nights', workWeek: {}, hoursPerDay: 8, exceptions: [] });
    doc.resources.push(
      { id: 'n', name: 'Night operator', type: 'WORK', calendarId: 'nights' },
      { id: 'd', name: 'Day operator', type: 'WORK', calendarId: 'std' },
      { id: 'cable', name: 'Cable', type: 'MATERIAL', calendarId: 'std' },
    );
    doc.assignments.push(
      // b: two people on calendars of their own, and a material (which has no working time).
      { taskId: 'b', resourceId: 'n', units: 1 },
      { taskId: 'b', resourceId: 'd', units: 0.5 },
      { taskId: 'b', resourceId: 'cable', units: 20 },
      // a: the admin has no calendar, so a works on its own calendar whoever else joins.
      { taskId: 'a', resourceId: 'n', units: 1 },
      // c: an assignment at 0 units does no work.
      { taskId: 'c', resourceId: 'n', units: 0 },
    );
    const tasks = toPlanInput(doc).tasks;
    expect(tasks.map((t) => [t.id, t.resourceCalendarIds])).toEqual([['p', undefined], ['a', undefined], ['b', ['nights', 'std']], ['c', undefined]]);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ScheduledTask } from '../model.js';
import { emptyPlanDocument, parsePlanDocument, toPlanInput, type PlanCalendarException, type PlanDocument } from '../plan-document.js';
import { captureBaseline, variance } from '../baseline.js';
import { tasksCsv } from '../csv.js';
import { nextDate, PlanCalendars, resourceUsage, taskCosts } from '../resources.js';
import { computeSchedule } from '../schedule.js';
import { exportMspdi, importMspdi, MspdiError } from './index.js';
import { child, childrenNamed, parseXmlTree, textOf, type XmlElement } from './xml-tree.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
// MS Project's own files, kept beside the repository (never in it); MSPDI_DIR points elsewhere.
const samplesDir = path.resolve(process.env.MSPDI_DIR ?? path.join(repoRoot, '..', 'shared', 'mspdi'));
const haveSamples = existsSync(samplesDir);
const sample = (name: string): string => readFileSync(path.join(samplesDir, name), 'utf8');

const standardDay = [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }];

const tiny = (tasks: string, extra = ''): string => `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>tiny</Name>
  <StartDate>2024-01-08T08:00:00</StartDate>
  <MinutesPerDay>480</MinutesPerDay>
  ${extra}
  <Tasks>${tasks}</Tasks>
</Project>`;

describe('importMspdi on hand-written files', () => {
  it('rejects malformed XML, naming the line', () => {
    const xml = '<?xml version="1.0"?>\n<Project>\n  <Tasks>\n    <Task><UID>1</Task>\n  </Tasks>\n</Project>';
    let error: unknown;
    try {
      importMspdi(xml);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MspdiError);
    expect((error as MspdiError).line).toBe(4);
    expect((error as MspdiError).message).toMatch(/line 4/);
  });

  it('refuses U+0000 in a name (it cannot be stored), naming the element and line', () => {
    const xml = tiny('\n<Task><UID>1</UID><ID>1</ID><OutlineLevel>1</OutlineLevel>\n<Name>Bro\u0000ken</Name></Task>');
    let error: unknown;
    try {
      importMspdi(xml);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MspdiError);
    expect((error as MspdiError).element).toBe('Name');
    expect((error as MspdiError).message).toMatch(/NUL/);
    expect((error as MspdiError).line).toEqual(expect.any(Number));
  });

  it('rejects a file that is not MS Project XML', () => {
    expect(() => importMspdi('<?xml version="1.0"?>\n<Workbook/>')).toThrow(/root element is <Workbook>/);
  });

  it('names the element and line of a value it cannot read, and imports nothing', () => {
    const xml = tiny('\n<Task><UID>1</UID><ID>1</ID><OutlineLevel>1</OutlineLevel>\n<Duration>eight hours</Duration></Task>');
    expect(() => importMspdi(xml)).toThrow(MspdiError);
    try {
      importMspdi(xml);
    } catch (e) {
      expect((e as MspdiError).element).toBe('Duration');
      expect((e as MspdiError).line).toBe(9);
    }
  });

  it('refuses a file whose content cannot make a valid plan, naming what is wrong', () => {
    const task = (uid: number, percent: number): string =>
      `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>T${uid}</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><PercentComplete>${percent}</PercentComplete></Task>`;
    expect(() => importMspdi(tiny(task(1, 50) + task(2, 150)))).toThrow(/tasks\[1\]\.percentComplete/);
    expect(() => importMspdi(tiny(task(1, 0) + task(1, 0)))).toThrow(/Task UID 1 appears twice \(line 7\)/);
  });

  it('reports an unknown element with its line and keeps the rest of the task', () => {
    const xml = tiny(`
    <Task><UID>1</UID><ID>1</ID><Name>Design</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration>
      <FavouriteColour>teal</FavouriteColour>
    </Task>
    <Task><UID>2</UID><ID>2</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>
      <FavouriteColour>red</FavouriteColour>
    </Task>`);
    const { plan, unmapped } = importMspdi(xml);
    expect(plan.tasks.map((t) => [t.name, t.durationDays])).toEqual([['Design', 2], ['Build', 1]]);
    expect(unmapped).toEqual([
      { element: 'Task/FavouriteColour', line: 9, reason: 'element not recognised; ignored (task 1, task 2)', count: 2 },
    ]);
  });

  it('maps outline, links with every lag format, constraints and deadlines', () => {
    const link = (uid: number, type: number, lag: number, format: number): string =>
      `<PredecessorLink><PredecessorUID>${uid}</PredecessorUID><Type>${type}</Type><LinkLag>${lag}</LinkLag><LagFormat>${format}</LagFormat></PredecessorLink>`;
    const xml = tiny(`
      <Task><UID>10</UID><ID>1</ID><Name>Phase</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary><Duration>PT40H0M0S</Duration></Task>
      <Task><UID>11</UID><ID>2</ID><Name>A</Name><OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration>
        <ConstraintType>4</ConstraintType><ConstraintDate>2024-01-10T08:00:00</ConstraintDate></Task>
      <Task><UID>12</UID><ID>3</ID><Name>B</Name><OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration>
        ${link(11, 1, 4800, 7)}${link(11, 3, 24000, 9)}${link(11, 0, 14400, 8)}${link(11, 2, 500, 19)}</Task>
      <Task><UID>13</UID><ID>4</ID><Name>Done</Name><OutlineLevel>1</OutlineLevel><Milestone>1</Milestone><Duration>PT0H0M0S</Duration>
        <Deadline>2024-02-01T17:00:00</Deadline></Task>`);
    const { plan } = importMspdi(xml);
    expect(plan.tasks).toEqual([
      { id: '10', name: 'Phase', parentId: null, order: 0, kind: 'SUMMARY', durationDays: 0 },
      { id: '11', name: 'A', parentId: '10', order: 0, kind: 'TASK', durationDays: 1, constraint: { type: 'SNET', date: '2024-01-10T08:00' } },
      { id: '12', name: 'B', parentId: '10', order: 1, kind: 'TASK', durationDays: 1 },
      { id: '13', name: 'Done', parentId: null, order: 1, kind: 'MILESTONE', durationDays: 0, deadline: '2024-02-01T17:00' },
    ]);
    expect(plan.links).toEqual([
      { predecessorId: '11', successorId: '12', type: 'FS', lagDays: 1 },
      { predecessorId: '11', successorId: '12', type: 'SS', lagDays: 5 },
      { predecessorId: '11', successorId: '12', type: 'FF', lagDays: 1, elapsed: true },
      { predecessorId: '11', successorId: '12', type: 'SF', lagPercent: 50 },
    ]);
  });

  it('gives a working day written without hours the default hours, and keeps a working exception on the default day', () => {
    const calendars = `<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Weekend shift</Name><BaseCalendarUID>-1</BaseCalendarUID>
      <WeekDays><WeekDay><DayType>7</DayType><DayWorking>1</DayWorking></WeekDay></WeekDays>
      <Exceptions><Exception><TimePeriod><FromDate>2024-01-14T00:00:00</FromDate><ToDate>2024-01-14T23:59:00</ToDate></TimePeriod>
        <Occurrences>1</Occurrences><Name>Cutover Sunday</Name><Type>1</Type><DayWorking>1</DayWorking></Exception></Exceptions>
    </Calendar></Calendars>`;
    const { plan } = importMspdi(tiny('', calendars));
    expect(plan.calendars[0]).toEqual({
      id: '1',
      name: 'Weekend shift',
      workWeek: { 6: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }] },
      hoursPerDay: 8,
      exceptions: [{ from: '2024-01-14', to: '2024-01-14', working: true, name: 'Cutover Sunday' }],
    });
  });

  it('reads rate tables with effective dates, availability periods and material and cost resources', () => {
    const rate = (from: string, to: string, table: number, standard: number, perUse: number): string =>
      `<Rate><RatesFrom>${from}</RatesFrom><RatesTo>${to}</RatesTo><RateTable>${table}</RateTable><StandardRate>${standard}</StandardRate><StandardRateFormat>2</StandardRateFormat><OvertimeRate>0</OvertimeRate><OvertimeRateFormat>2</OvertimeRateFormat><CostPerUse>${perUse}</CostPerUse></Rate>`;
    const resources = `<Resources>
      <Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>
      <Resource><UID>1</UID><ID>1</ID><Name>DBA</Name><Type>1</Type><MaxUnits>0.5</MaxUnits><StandardRate>90</StandardRate><CostPerUse>0</CostPerUse>
        <AvailabilityPeriods><AvailabilityPeriod><AvailableFrom>1984-01-01T00:00:00</AvailableFrom><AvailableTo>2024-03-31T23:59:00</AvailableTo><AvailableUnits>0.5</AvailableUnits></AvailabilityPeriod>
          <AvailabilityPeriod><AvailableFrom>2024-04-01T00:00:00</AvailableFrom><AvailableTo>2049-12-31T23:59:00</AvailableTo><AvailableUnits>1</AvailableUnits></AvailabilityPeriod></AvailabilityPeriods>
        <Rates>${rate('1984-01-01T00:00:00', '2024-06-30T23:59:00', 0, 90, 0)}${rate('2024-07-01T00:00:00', '2049-12-31T23:59:00', 0, 95, 2500)}${rate('1984-01-01T00:00:00', '2049-12-31T23:59:00', 1, 140, 0)}</Rates></Resource>
      <Resource><UID>2</UID><ID>2</ID><Name>Fibre</Name><Type>0</Type><MaterialLabel>m</MaterialLabel><StandardRate>1.2</StandardRate></Resource>
      <Resource><UID>3</UID><ID>3</ID><Name>Travel</Name><Type>1</Type><IsCostResource>1</IsCostResource></Resource>
    </Resources>
    <Assignments>
      <Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><Units>0.5</Units><Work>PT20H0M0S</Work><CostRateTable>1</CostRateTable></Assignment>
      <Assignment><UID>2</UID><TaskUID>1</TaskUID><ResourceUID>2</ResourceUID><Units>300</Units><Work>PT300H0M0S</Work></Assignment>
      <Assignment><UID>3</UID><TaskUID>1</TaskUID><ResourceUID>3</ResourceUID><Units>1</Units><Cost>45000</Cost></Assignment>
      <Assignment><UID>4</UID><TaskUID>1</TaskUID><ResourceUID>-65535</ResourceUID><Units>1</Units></Assignment>
    </Assignments>`;
    const xml = tiny('<Task><UID>1</UID><ID>1</ID><Name>Migrate DB</Name><OutlineLevel>1</OutlineLevel><Duration>PT40H0M0S</Duration></Task>').replace('</Project>', `${resources}</Project>`);
    const { plan, unmapped } = importMspdi(xml);
    expect(plan.resources).toEqual([
      {
        id: '1', name: 'DBA', type: 'WORK', maxUnits: 0.5, standardRate: 90,
        rates: [{ standardRate: 90 }, { from: '2024-07-01', standardRate: 95, costPerUse: 25 }],
        availability: [{ to: '2024-03-31', units: 0.5 }, { from: '2024-04-01', units: 1 }],
      },
      { id: '2', name: 'Fibre', type: 'MATERIAL', standardRate: 1.2, materialLabel: 'm' },
      { id: '3', name: 'Travel', type: 'COST' },
    ]);
    expect(plan.assignments).toEqual([
      { taskId: '1', resourceId: '1', units: 0.5, workHours: 20 },
      { taskId: '1', resourceId: '2', units: 300 },
      { taskId: '1', resourceId: '3', units: 1, cost: 450 },
    ]);
    expect(unmapped.map((u) => [u.element, u.reason])).toEqual([
      ['Rate/RateTable', 'only cost rate table A is imported; tables B-E are ignored (resource DBA)'],
      ['Assignment/CostRateTable', 'assignment uses a rate table other than A; table A is used (assignment 1 (task 1))'],
    ]);
  });

  it('writes out the Standard calendar for a plan that has no project calendar', () => {
    const plan: PlanDocument = {
      ...emptyPlanDocument({ name: 'Bare', start: '2024-01-08T08:00' }),
      tasks: [{ id: 'a', name: 'Only task', parentId: null, order: 0, kind: 'TASK', durationDays: 2 }],
    };
    const xml = exportMspdi(plan);
    expect(xml).toContain('<Resources></Resources>');
    const back = importMspdi(xml).plan;
    expect(back.calendars).toEqual([
      {
        id: back.project.calendarId,
        name: 'Standard',
        workWeek: { 0: [], 1: standardDay, 2: standardDay, 3: standardDay, 4: standardDay, 5: standardDay, 6: [] },
        hoursPerDay: 8,
        exceptions: [],
      },
    ]);
    expect(computeSchedule(toPlanInput(back)).finish).toBe(computeSchedule(toPlanInput(plan)).finish);
  });

  it('writes a file MS Project can read back with everything the plan holds', () => {
    const plan: PlanDocument = {
      ...emptyPlanDocument({ name: 'Data centre move & "cutover"', start: '2024-03-04T08:00', statusDate: '2024-03-15T17:00', calendarId: 'std', currency: 'EUR' }),
      calendars: [
        {
          id: 'std',
          name: 'Standard',
          workWeek: { 0: [], 1: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 6: [] },
          hoursPerDay: 8,
          exceptions: [{ from: '2024-03-29', to: '2024-04-01', working: false, name: 'Easter' }],
        },
        { id: 'night', name: 'Night', baseId: 'std', workWeek: { 2: [{ from: '22:00', to: '24:00' }] }, hoursPerDay: 8, exceptions: [] },
      ],
      tasks: [
        { id: 'phase', name: 'Move', parentId: null, order: 0, kind: 'SUMMARY', durationDays: 0, notes: 'Weekend work <approved>' },
        { id: 'a', name: 'Pack racks', parentId: 'phase', order: 0, kind: 'TASK', durationDays: 3, percentComplete: 50, actualStart: '2024-03-04T08:00', actualCost: 1200.5, actualWorkHours: 12, fixedCost: 300 },
        { id: 'b', name: 'Cut over', parentId: 'phase', order: 1, kind: 'TASK', durationDays: 0.5, calendarId: 'night', constraint: { type: 'FNLT', date: '2024-03-20T17:00' }, levelingDelayDays: 1 },
        { id: 'm', name: 'Live', parentId: null, order: 1, kind: 'MILESTONE', durationDays: 0, deadline: '2024-03-22T17:00' },
      ],
      links: [
        { predecessorId: 'a', successorId: 'b', type: 'FS', lagDays: -0.5 },
        { predecessorId: 'b', successorId: 'm', type: 'FF', lagDays: 2, elapsed: true },
      ],
      resources: [
        { id: 'eng', name: 'Engineer', type: 'WORK', maxUnits: 2, calendarId: 'std', standardRate: 80, overtimeRate: 120, costPerUse: 15, rates: [{ standardRate: 80 }, { from: '2024-03-11', standardRate: 90, costPerUse: 20 }], availability: [{ from: '2024-03-01', to: '2024-03-31', units: 2 }] },
        { id: 'cable', name: 'Cable', type: 'MATERIAL', standardRate: 2.5, materialLabel: 'm' },
        { id: 'truck', name: 'Truck hire', type: 'COST' },
      ],
      assignments: [
        { taskId: 'a', resourceId: 'eng', units: 1, workHours: 24 },
        { taskId: 'a', resourceId: 'cable', units: 40 },
        { taskId: 'b', resourceId: 'truck', units: 1, cost: 450 },
      ],
      baselines: [{ number: 0, tasks: [{ taskId: 'a', start: '2024-03-04T08:00', finish: '2024-03-06T17:00', durationDays: 3, workHours: 24, cost: 2000 }] }],
    };
    const xml = exportMspdi(plan);
    expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    expect(xml).toContain('<Name>Data centre move &amp; &quot;cutover&quot;</Name>');
    const back = importMspdi(xml);
    expect(back.unmapped).toEqual([]);
    // UIDs replace the ids; everything else comes back as it went out.
    const uid = (id: string): string => back.plan.tasks[plan.tasks.findIndex((t) => t.id === id)]!.id;
    expect(back.plan.tasks.map((t) => t.name)).toEqual(plan.tasks.map((t) => t.name));
    expect(back.plan.tasks[1]).toMatchObject({ ...plan.tasks[1], id: uid('a'), parentId: uid('phase') });
    expect(back.plan.tasks[2]).toMatchObject({ durationDays: 0.5, constraint: plan.tasks[2]!.constraint, levelingDelayDays: 1 });
    const ids = ['id', 'predecessorId', 'successorId', 'baseId', 'calendarId'];
    expect(back.plan.links.map((l) => without(l, ids))).toEqual(plan.links.map((l) => without(l, ids)));
    expect(back.plan.project).toEqual({ ...plan.project, calendarId: back.plan.calendars[0]!.id });
    expect(back.plan.calendars.map((c) => without(c, ids))).toEqual(plan.calendars.map((c) => without(c, ids)));
    expect(back.plan.resources.map((r) => without(r, ids))).toEqual(plan.resources.map((r) => without(r, ids)));
    expect(back.plan.assignments.map((a) => [a.units, a.workHours, a.cost])).toEqual(plan.assignments.map((a) => [a.units, a.workHours, a.cost]));
    expect(back.plan.baselines[0]!.tasks[0]).toEqual({ ...plan.baselines[0]!.tasks[0], taskId: uid('a') });
    expect(() => parsePlanDocument(JSON.parse(JSON.stringify(back.plan)))).not.toThrow();
    expect(outOfOrder(parseXmlTree(xml))).toEqual([]);
  });
});

/**
 * Element order of the MSPDI schema (mspdi_pj12.xsd) for the elements the export writes; MS Project
 * rejects a file whose elements are out of sequence.
 */
const SCHEMA_ORDER: Record<string, string[]> = {
  Project: ['SaveVersion', 'Name', 'Title', 'ScheduleFromStart', 'StartDate', 'FinishDate', 'CurrencyCode', 'CalendarUID', 'MinutesPerDay', 'MinutesPerWeek', 'StatusDate', 'Calendars', 'Tasks', 'Resources', 'Assignments'],
  Calendar: ['UID', 'Name', 'IsBaseCalendar', 'BaseCalendarUID', 'WeekDays', 'Exceptions'],
  Exception: ['EnteredByOccurrences', 'TimePeriod', 'Occurrences', 'Name', 'Type', 'DayWorking', 'WorkingTimes'],
  Task: ['UID', 'ID', 'Name', 'Type', 'IsNull', 'WBS', 'OutlineNumber', 'OutlineLevel', 'Start', 'Finish', 'Duration', 'DurationFormat', 'Estimated', 'Milestone', 'Summary', 'Critical', 'EarlyStart', 'EarlyFinish', 'LateStart', 'LateFinish', 'FreeSlack', 'TotalSlack', 'FixedCost', 'PercentComplete', 'ActualStart', 'ActualFinish', 'ActualCost', 'ActualWork', 'ConstraintType', 'CalendarUID', 'ConstraintDate', 'Deadline', 'LevelingDelay', 'LevelingDelayFormat', 'Notes', 'PredecessorLink', 'Baseline'],
  PredecessorLink: ['PredecessorUID', 'Type', 'CrossProject', 'LinkLag', 'LagFormat'],
  Baseline: ['Number', 'Start', 'Finish', 'Duration', 'DurationFormat', 'Work', 'Cost'],
  Resource: ['UID', 'ID', 'Name', 'Type', 'IsNull', 'Initials', 'MaterialLabel', 'MaxUnits', 'StandardRate', 'StandardRateFormat', 'OvertimeRate', 'OvertimeRateFormat', 'CostPerUse', 'CalendarUID', 'Notes', 'IsCostResource', 'AvailabilityPeriods', 'Rates'],
  Rate: ['RatesFrom', 'RatesTo', 'RateTable', 'StandardRate', 'StandardRateFormat', 'OvertimeRate', 'OvertimeRateFormat', 'CostPerUse'],
  Assignment: ['UID', 'TaskUID', 'ResourceUID', 'Cost', 'Units', 'Work'],
};

function outOfOrder(element: XmlElement): string[] {
  const order = SCHEMA_ORDER[element.name];
  const positions = element.children.map((c) => order?.indexOf(c.name) ?? 0);
  const inSequence = positions.every((p, i) => p >= 0 && (i === 0 || p >= positions[i - 1]!));
  const here = inSequence ? [] : [`${element.name} (line ${element.line}): ${element.children.map((c) => c.name).join(', ')}`];
  return [...here, ...element.children.flatMap(outOfOrder)];
}

describe('importMspdi reports every setting it leaves out', () => {
  const reasons = (xml: string) => importMspdi(xml).unmapped;
  const task = (uid: number, extra = '') =>
    `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>T${uid}</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>${extra}</Task>`;
  const withResource = (resourceExtra: string, assignmentExtra = '') =>
    tiny(
      task(1),
      `<Resources><Resource><UID>1</UID><ID>1</ID><Name>Ana</Name><Type>1</Type>${resourceExtra}</Resource></Resources>
  <Assignments><Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units>${assignmentExtra}</Assignment></Assignments>`,
    );

  it('project settings: a critical slack limit, constraints that win over links, a default start time', () => {
    const found = reasons(tiny(task(1), '<CriticalSlackLimit>2</CriticalSlackLimit><HonorConstraints>1</HonorConstraints><DefaultStartTime>09:00:00</DefaultStartTime>'));
    expect(found).toEqual([
      expect.objectContaining({ element: 'Project/CriticalSlackLimit', line: 6, reason: expect.stringMatching(/total slack of 0 or less.*2 days/) }),
      expect.objectContaining({ element: 'Project/HonorConstraints', line: 6, reason: expect.stringMatching(/links win/) }),
      expect.objectContaining({ element: 'Project/DefaultStartTime', line: 6, reason: expect.stringMatching(/09:00/) }),
    ]);
  });

  it('project settings Trellis follows anyway are not reported', () => {
    expect(reasons(tiny(task(1), '<CriticalSlackLimit>0</CriticalSlackLimit><HonorConstraints>0</HonorConstraints><DefaultStartTime>08:00:00</DefaultStartTime>'))).toEqual([]);
  });

  it('effort-driven tasks, naming them', () => {
    expect(reasons(tiny(task(1, '<EffortDriven>1</EffortDriven>') + task(2, '<EffortDriven>0</EffortDriven>') + task(3, '<EffortDriven>1</EffortDriven>')))).toEqual([
      expect.objectContaining({ element: 'Task/EffortDriven', count: 2, reason: expect.stringMatching(/effort-driven.*keeps its duration.*\(task 1, task 3\)/) }),
    ]);
  });

  it('a resource left out of leveling and costs accrued at the start or the end', () => {
    const found = reasons(withResource('<CanLevel>0</CanLevel><AccrueAt>1</AccrueAt>'));
    expect(found.map((u) => u.element)).toEqual(['Resource/CanLevel', 'Resource/AccrueAt']);
    expect(found[0]!.reason).toMatch(/levels every work resource/);
    expect(found[1]!.reason).toMatch(/at the start.*spreads them over the work/);
    expect(reasons(withResource('<CanLevel>1</CanLevel><AccrueAt>3</AccrueAt>'))).toEqual([]);
  });

  it('an assignment delay, also a leveling delay on the assignment', () => {
    const found = reasons(withResource('', '<Delay>4800</Delay><LevelingDelay>9600</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat>'));
    expect(found.map((u) => u.element)).toEqual(['Assignment/Delay', 'Assignment/LevelingDelay']);
    expect(reasons(withResource('', '<Delay>0</Delay><LevelingDelay>0</LevelingDelay>'))).toEqual([]);
  });

  it('a recurring calendar exception: its dates are kept, the rule is reported', () => {
    const calendars = `<Calendars><Calendar><UID>1</UID><Name>Ops</Name><BaseCalendarUID>-1</BaseCalendarUID>
      <Exceptions><Exception><TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-03-31T23:59:00</ToDate></TimePeriod>
        <Occurrences>3</Occurrences><Name>Patch Monday</Name><Type>5</Type><Period>1</Period><MonthItem>4</MonthItem><MonthPosition>0</MonthPosition><DayWorking>0</DayWorking></Exception></Exceptions>
    </Calendar></Calendars>`;
    const { plan, unmapped } = importMspdi(tiny(task(1), calendars));
    expect(plan.calendars[0]!.exceptions.map((e) => e.from)).toEqual(['2024-01-01', '2024-02-05', '2024-03-04']);
    expect(unmapped).toEqual([
      expect.objectContaining({ element: 'Calendar/Exceptions/Exception', line: 7, reason: expect.stringMatching(/recurring.*kept as its 3 dates.*rule is not kept.*\(Ops: Patch Monday\)/) }),
    ]);
  });
});

describe('importMspdi on hostile XML', () => {
  const refusal = (xml: string): MspdiError => {
    try {
      importMspdi(xml);
    } catch (e) {
      if (e instanceof MspdiError) return e;
      throw e;
    }
    throw new Error('the file was accepted');
  };
  const withDoctype = (subset: string, name = 'x') =>
    `<?xml version="1.0"?>\n<!DOCTYPE Project [\n${subset}\n]>\n<Project xmlns="http://schemas.microsoft.com/project">\n  <Name>${name}</Name>\n  <StartDate>2024-01-08T08:00:00</StartDate>\n  <Tasks/>\n</Project>`;

  it('refuses an external entity (SYSTEM or PUBLIC), naming its line, and reads nothing', () => {
    const system = refusal(withDoctype('<!ENTITY secret SYSTEM "file:///etc/hostname">', '&secret;'));
    expect(system.message).toMatch(/external entities are not allowed/i);
    expect(system.line).toBe(3);
    const pub = refusal(withDoctype('<!-- a comment -->\n<!ENTITY remote PUBLIC "-//x//EN" "http://127.0.0.1:9/x">', '&remote;'));
    expect(pub.message).toMatch(/external entities are not allowed/i);
    expect(pub.line).toBe(4);
  });

  it('refuses an external DTD and a parameter entity, naming the line', () => {
    const dtd = refusal('<?xml version="1.0"?>\n<!DOCTYPE Project SYSTEM "http://127.0.0.1:9/project.dtd">\n<Project/>');
    expect(dtd.message).toMatch(/external DTDs are not allowed/i);
    expect(dtd.line).toBe(2);
    const declared = refusal(withDoctype('<!ENTITY % p "<!ENTITY x \'y\'>">\n%p;'));
    expect(declared.message).toMatch(/parameter entities are not allowed/i);
    expect(declared.line).toBe(3);
    const external = refusal(withDoctype('<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd">'));
    expect(external.message).toMatch(/parameter entities are not allowed/i);
  });

  it('refuses entities that expand past the limit (entities of entities), counting without expanding', () => {
    const levels = ['<!ENTITY a0 "0123456789">'];
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
    const error = refusal(withDoctype(levels.join('\n'), '&a9;'));
    expect(error.message).toMatch(/expand past 100,000 characters/);
    expect(error.line).toBe(15);
    expect(refusal(withDoctype('<!ENTITY a "&b;">\n<!ENTITY b "&a;">', '&a;')).message).toMatch(/refers to itself/);
  });

  it('still reads a small internal entity', () => {
    expect(importMspdi(withDoctype('<!ENTITY co "Acme">', '&co; roll-out')).plan.project.name).toBe('Acme roll-out');
  });

  it('refuses elements nested 50,000 deep, naming the line where the limit is passed', () => {
    const xml = `<?xml version="1.0"?>\n<Project>\n${'<a>\n'.repeat(50_000)}${'</a>'.repeat(50_000)}</Project>`;
    const error = refusal(xml);
    expect(error.message).toMatch(/nested more than 64 levels/);
    expect(error.line).toBe(2 + 64);
  });
});

describe.skipIf(!haveSamples)('importMspdi on MS Project files (skipped: ../shared/mspdi is absent; MSPDI_DIR points elsewhere)', () => {
  const files = haveSamples ? readdirSync(samplesDir).filter((f) => f.endsWith('.xml')).sort() : [];

  it.each(files)('%s: export then import gives back the same plan, which is a valid plan document', (file) => {
    const first = importMspdi(sample(file)).plan;
    expect(() => parsePlanDocument(JSON.parse(JSON.stringify(first)))).not.toThrow();
    const xml = exportMspdi(first);
    expect(outOfOrder(parseXmlTree(xml))).toEqual([]);
    expect(importMspdi(xml).plan).toEqual(first);
  });

  it('writes computed dates and slack when given a schedule, in the units MS Project uses', () => {
    const { plan } = importMspdi(sample('mspdirelations.xml'));
    const xml = exportMspdi(plan, { schedule: computeSchedule(toPlanInput(plan)) });
    expect(outOfOrder(parseXmlTree(xml))).toEqual([]);
    const tasks = childrenNamed(child(parseXmlTree(xml), 'Tasks'), 'Task');
    const task5 = tasks.find((t) => textOf(t, 'UID') === '5')!;
    expect([textOf(task5, 'Start'), textOf(task5, 'LateStart'), textOf(task5, 'TotalSlack'), textOf(task5, 'Critical')]).toEqual([
      '2006-09-22T08:00:00', '2006-09-25T08:00:00', '4800', '0',
    ]);
    expect(textOf(tasks.find((t) => textOf(t, 'UID') === '0')!, 'Finish')).toBe('2006-09-25T17:00:00');
  });

  it('sample.xml flows through costs, baseline, variance, resource usage and the CSV', () => {
    const { plan } = importMspdi(sample('sample.xml'));
    const schedule = computeSchedule(toPlanInput(plan));
    const costs = taskCosts(plan, schedule);
    // Second Task: 200 h at 10/h and 300 h at 5/h, plus 30 and 15 per use.
    expect(costs.find((c) => c.taskId === '2')).toMatchObject({ workHours: 500, laborCost: 3500, perUseCost: 45, total: 3545 });
    expect(costs.find((c) => c.taskId === '1')!.total).toBe(3545);
    const baseline = captureBaseline(plan, schedule, costs);
    const unchanged = variance({ plan, schedule, costs }, baseline);
    expect(unchanged.project).toMatchObject({ startVarianceDays: 0, finishVarianceDays: 0, durationVarianceDays: 0, costVariance: 0 });
    const usage = resourceUsage(plan, schedule, { period: 'MONTH' });
    expect(usage.map((u) => Math.round(u.periods.reduce((total, p) => total + p.workHours, 0)))).toEqual([200, 300]);
    expect(tasksCsv(plan, schedule).split('\r\n')).toHaveLength(plan.tasks.length + 2);
  });

  it('expands recurring calendar exceptions to the days MS Project lists', () => {
    const xml = sample('calendar-recurring-exceptions-project2007-mspdi.xml');
    const calendar = importMspdi(xml).plan.calendars[0]!;
    const listed = new Map<string, string>();
    const root = parseXmlTree(xml);
    const weekDays = childrenNamed(child(childrenNamed(child(root, 'Calendars'), 'Calendar')[0]!, 'WeekDays'), 'WeekDay');
    for (const day of weekDays.filter((d) => textOf(d, 'DayType') === '0')) {
      const period = child(day, 'TimePeriod')!;
      const times = childrenNamed(child(day, 'WorkingTimes'), 'WorkingTime').map((t) => `${textOf(t, 'FromTime')}-${textOf(t, 'ToTime')}`);
      for (const date of daysBetween(textOf(period, 'FromDate')!.slice(0, 10), textOf(period, 'ToDate')!.slice(0, 10))) {
        listed.set(date, `${textOf(day, 'DayWorking')} ${times.join(',')}`);
      }
    }
    const expanded = new Map<string, string>();
    for (const e of calendar.exceptions) {
      for (const date of daysBetween(e.from, e.to)) expanded.set(date, exceptionDay(e));
    }
    expect(listed.size).toBe(140);
    expect(expanded).toEqual(listed);
  });

  it('reads base and derived calendars with dated non-working periods (caltest.xml)', () => {
    const { plan } = importMspdi(sample('caltest.xml'));
    const three = plan.calendars.find((c) => c.name === 'Resource Three')!;
    expect(three).toMatchObject({ baseId: '3', workWeek: {} });
    expect(three.exceptions).toEqual([
      { from: '2005-11-01', to: '2005-11-04', working: false },
      { from: '2005-11-21', to: '2005-11-25', working: false },
    ]);
    expect(plan.resources.find((r) => r.name === 'Resource Three')!.calendarId).toBe(three.id);
    expect(plan.tasks.map((t) => t.calendarId)).toEqual([undefined, '1', '3']);
  });

  it('reads the night shift that crosses midnight and resource costs (sample.xml)', () => {
    const { plan, unmapped } = importMspdi(sample('sample.xml'));
    expect(plan.calendars.find((c) => c.name === 'Night Shift')!.workWeek[2]).toEqual([
      { from: '00:00', to: '03:00' },
      { from: '04:00', to: '08:00' },
      { from: '23:00', to: '24:00' },
    ]);
    expect(plan.resources).toEqual([
      { id: '1', name: 'First Resource', type: 'WORK', initials: 'FR', maxUnits: 1, calendarId: '3', standardRate: 10, overtimeRate: 20, costPerUse: 30 },
      { id: '2', name: 'Second Resource', type: 'WORK', initials: 'SR', maxUnits: 1, calendarId: '4', standardRate: 5, overtimeRate: 10, costPerUse: 15, notes: 'Test Resource Notes' },
    ]);
    expect(plan.assignments).toEqual([
      { taskId: '2', resourceId: '1', units: 0.5, workHours: 200 },
      { taskId: '2', resourceId: '2', units: 0.75, workHours: 300 },
    ]);
    expect(plan.tasks.filter((t) => t.constraint).map((t) => [t.name, t.constraint])).toEqual([
      ['Recurring Task 1', { type: 'SNET', date: '2003-02-01T08:00' }],
      ['Recurring Task 2', { type: 'SNET', date: '2003-03-01T08:00' }],
      ['Related Task 6a', { type: 'SNET', date: '2003-01-08T08:00' }],
      ['Related Task 6b', { type: 'SNET', date: '2003-01-06T08:00' }],
    ]);
    expect(plan.tasks.filter((t) => t.parentId === '6').map((t) => t.name)).toEqual(['Recurring Task 1', 'Recurring Task 2']);
    const recurring = unmapped.find((u) => u.element === 'Task/Recurring')!;
    expect(recurring.count).toBe(1);
    expect(recurring.reason).toMatch(/recurrence pattern is lost \(task 6\)$/);
    // MS Project marks recurring occurrences "do not level" (priority 1000).
    expect(unmapped.find((u) => u.element === 'Task/Priority')!.reason).toBe('setting "1000" has no Trellis equivalent; ignored (task 7, task 8)');
  });

  it('reads all eleven baselines (baselines.xml)', () => {
    const { plan } = importMspdi(sample('baselines.xml'));
    expect(plan.baselines.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const first = plan.baselines.find((b) => b.number === 1)!.tasks[0]!;
    // MinutesPerDay is 450 in this file, so 7.5 hours is one day.
    expect(first).toEqual({ taskId: '1', start: '2001-01-01T09:00', finish: '2000-01-01T17:30', durationDays: 1, workHours: 1, cost: 1 });
  });

  it('reports split tasks once, naming them', () => {
    const xml = sample('mspdisplittask.xml');
    const { unmapped } = importMspdi(xml);
    const split = unmapped.filter((u) => u.reason.startsWith('split task'));
    expect(split).toHaveLength(1);
    const firstTaskLine = xml.split('\n').findIndex((line) => line.includes('<Name>Split Task 1</Name>'));
    // The <Task> start tag is a few lines above its name.
    expect(split[0]).toMatchObject({ element: 'Task', count: 2 });
    expect(split[0]!.line).toBeLessThan(firstTaskLine + 1);
    expect(split[0]!.line).toBeGreaterThan(firstTaskLine - 5);
    expect(split[0]!.reason).toContain('task 1, task 2');
  });
});

/** The object without the given keys: ids change on the way through MS Project's numeric UIDs. */
function without(value: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/** One task's computed values as MS Project saved them (from derived/*.expected.csv). */
interface ExpectedTask {
  uid: string;
  name: string;
  start: string;
  finish: string;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  totalSlackMinutes: number;
  freeSlackMinutes: number;
  critical: boolean;
}

function expectedTasks(file: string): ExpectedTask[] {
  const [, ...lines] = readFileSync(path.join(samplesDir, 'derived', `${file}.expected.csv`), 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const f = line.split(',');
    const date = (i: number): string => f[i]!.slice(0, 16);
    return {
      uid: f[0]!, name: f[2]!, start: date(6), finish: date(7), earlyStart: date(8), earlyFinish: date(9),
      lateStart: date(10), lateFinish: date(11), totalSlackMinutes: Number(f[12]), freeSlackMinutes: Number(f[13]), critical: f[14] === '1',
    };
  });
}

/**
 * Schedules the plan and returns, per task, how far each computed value is from MS Project's,
 * in working minutes of the project calendar (so Friday 17:00 and Monday 08:00 count as the same moment).
 */
function scheduleDifferences(plan: PlanDocument, expected: ExpectedTask[]): Record<string, Record<string, number>> {
  const result = computeSchedule(toPlanInput(plan));
  const calendars = new PlanCalendars(plan);
  const minutesPerDay = calendars.minutesPerDay(calendars.project);
  const byId = new Map(result.tasks.map((t) => [t.id, t]));
  const differences: Record<string, Record<string, number>> = {};
  for (const e of expected) {
    const got: ScheduledTask = byId.get(e.uid)!;
    const apart = (a: string, b: string): number => calendars.project.workingMinutesBetween(a, b);
    const all: Record<string, number> = {
      start: apart(e.start, got.start),
      finish: apart(e.finish, got.finish),
      earlyStart: apart(e.earlyStart, got.earlyStart),
      earlyFinish: apart(e.earlyFinish, got.earlyFinish),
      lateStart: apart(e.lateStart, got.lateStart),
      lateFinish: apart(e.lateFinish, got.lateFinish),
      totalFloat: Math.round(got.totalFloatDays * minutesPerDay - e.totalSlackMinutes),
      freeFloat: Math.round(got.freeFloatDays * minutesPerDay - e.freeSlackMinutes),
    };
    const off = Object.entries(all).filter(([, minutes]) => minutes !== 0);
    if (off.length > 0) differences[`${e.uid} ${e.name}`] = Object.fromEntries(off);
  }
  return differences;
}

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

function exceptionDay(e: PlanCalendarException): string {
  const times = (e.times ?? []).map((t) => `${t.from}:00-${t.to === '24:00' ? '00:00' : t.to}:00`);
  return `${e.working ? 1 : 0} ${times.join(',')}`;
}

describe.skipIf(!haveSamples)('computeSchedule on imported files agrees with MS Project (skipped: ../shared/mspdi is absent; MSPDI_DIR points elsewhere)', () => {
  it.each(['mspdirelations', 'task-links-project2007-mspdi'])('%s: every start, finish, early/late date and float matches to the minute', (file) => {
    const { plan } = importMspdi(sample(`${file}.xml`));
    expect(scheduleDifferences(plan, expectedTasks(file))).toEqual({});
  });

  // The count the README gives: every start, finish, early and late date as MS Project wrote it
  // (to the minute, so Friday 17:00 is not Monday 08:00), both slacks and the critical flag.
  it.each([
    ['mspdirelations', 45],
    ['task-links-project2007-mspdi', 144],
    ['sample', 171],
  ] as const)('%s: all %d compared values are the ones MS Project saved', (file, count) => {
    const { plan } = importMspdi(sample(`${file}.xml`));
    const byId = new Map(computeSchedule(toPlanInput(plan)).tasks.map((t) => [t.id, t]));
    const differ: string[] = [];
    let compared = 0;
    for (const e of expectedTasks(file)) {
      const got = byId.get(e.uid)!;
      const pairs: [string, unknown, unknown][] = [
        ['start', e.start, got.start], ['finish', e.finish, got.finish],
        ['early start', e.earlyStart, got.earlyStart], ['early finish', e.earlyFinish, got.earlyFinish],
        ['late start', e.lateStart, got.lateStart], ['late finish', e.lateFinish, got.lateFinish],
        ['total slack', e.totalSlackMinutes, Math.round(got.totalFloatDays * 480)], ['free slack', e.freeSlackMinutes, Math.round(got.freeFloatDays * 480)],
        ['critical', e.critical, got.critical],
      ];
      for (const [name, expected, actual] of pairs) {
        compared++;
        if (expected !== actual) differ.push(`${e.uid} ${e.name} ${name}: MS Project ${String(expected)}, Trellis ${String(actual)}`);
      }
    }
    expect(compared).toBe(count);
    expect(differ).toEqual([]);
  });

  it('sample.xml: Second Task works on its resources\' calendars, and every value matches', () => {
    // Second Task (800 h of duration) is worked by a day-shift resource (Standard) and a night-shift
    // one (23:00-08:00). MS Project schedules it whenever either works, 16 h a working day, so it
    // runs from Tue 7 January 08:00 to Tue 18 March 08:00, the end of the 50th night shift.
    const { plan } = importMspdi(sample('sample.xml'));
    expect(toPlanInput(plan).tasks.find((t) => t.id === '2')!.resourceCalendarIds).toEqual(['3', '4']);
    const second = computeSchedule(toPlanInput(plan)).tasks.find((t) => t.id === '2')!;
    expect([second.start, second.finish, second.durationDays]).toEqual(['2003-01-07T08:00', '2003-03-18T08:00', 100]);
    expect(scheduleDifferences(plan, expectedTasks('sample'))).toEqual({});
  });

  it('caltest.xml: tasks on their own calendars get the dates MS Project saved in the file', () => {
    const xml = sample('caltest.xml');
    const { plan } = importMspdi(xml);
    const saved = childrenNamed(child(parseXmlTree(xml), 'Tasks'), 'Task')
      .filter((t) => textOf(t, 'UID') !== '0')
      .map((t) => [textOf(t, 'UID'), textOf(t, 'Start')!.slice(0, 16), textOf(t, 'Finish')!.slice(0, 16)]);
    const computed = computeSchedule(toPlanInput(plan)).tasks.map((t) => [t.id, t.start, t.finish]);
    expect(computed).toEqual(saved);
  });

  // For a finish set by a start-to-finish link MS Project keeps the predecessor's start
  // (Monday 08:00), not the end of the working period before it (Friday 17:00).
  it('mspdirelations.xml: Task 5 (SF) shows Finish 2006-09-25T08:00 as MS Project does', () => {
    const { plan } = importMspdi(sample('mspdirelations.xml'));
    const task5 = computeSchedule(toPlanInput(plan)).tasks.find((t) => t.id === '5')!;
    expect(task5.finish).toBe('2006-09-25T08:00');
  });
});

describe.skipIf(!haveSamples)('imported calendars work as MS Project lists them (skipped: ../shared/mspdi is absent; MSPDI_DIR points elsewhere)', () => {
  it('caltest.xml: Resource Three is off 1-4 and 21-25 November 2005 and otherwise follows its base week', () => {
    const { plan } = importMspdi(sample('caltest.xml'));
    const calendars = new PlanCalendars(plan);
    const three = calendars.get(plan.calendars.find((c) => c.name === 'Resource Three')!.id);
    const off = new Set([...daysBetween('2005-11-01', '2005-11-04'), ...daysBetween('2005-11-21', '2005-11-25')]);
    for (const date of daysBetween('2005-10-31', '2005-11-30')) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      expect([date, three.isWorkingDay(date)]).toEqual([date, weekday !== 0 && weekday !== 6 && !off.has(date)]);
    }
  });

  it('calendar-recurring-exceptions: each listed day has the listed working minutes', () => {
    const xml = sample('calendar-recurring-exceptions-project2007-mspdi.xml');
    const { plan } = importMspdi(xml);
    const calendar = new PlanCalendars(plan).get(plan.calendars[0]!.id);
    const root = parseXmlTree(xml);
    const weekDays = childrenNamed(child(childrenNamed(child(root, 'Calendars'), 'Calendar')[0]!, 'WeekDays'), 'WeekDay');
    let checked = 0;
    for (const day of weekDays.filter((d) => textOf(d, 'DayType') === '0')) {
      const period = child(day, 'TimePeriod')!;
      const minutes = childrenNamed(child(day, 'WorkingTimes'), 'WorkingTime')
        .map((t) => clockMinutes(textOf(t, 'ToTime')!) - clockMinutes(textOf(t, 'FromTime')!))
        .reduce((a, b) => a + b, 0);
      for (const date of daysBetween(textOf(period, 'FromDate')!.slice(0, 10), textOf(period, 'ToDate')!.slice(0, 10))) {
        const next = nextDate(date);
        expect([date, calendar.workingMinutesBetween(`${date}T00:00`, `${next}T00:00`)]).toEqual([date, minutes]);
        checked++;
      }
    }
    expect(checked).toBe(140);
  });
});

function clockMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

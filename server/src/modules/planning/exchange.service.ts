import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import type { DataSource, EntityManager } from 'typeorm';
import { addNode, initializeFromRows, readOutline } from '@trellis/schema/wbs';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { dateRangeSentence, findDateOutOfRange } from '../../common/date-range.js';
import { BadUserInputError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { can } from '../../common/guard.js';
import { findNul } from '../../common/text.js';
import { importMspdi, exportMspdi, MspdiError } from '../../planning/mspdi/index.js';
import { outline, parsePlanDocument, PlanDocumentError, type PlanDocument } from '../../planning/plan-document.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { lockProject, rollUpAncestors, StatusCategory } from '../task/index.js';
import { Baseline, BaselineTask } from './baseline.entity.js';
import { CalendarException, WorkCalendar } from './calendar.entity.js';
import { CostEntry } from './cost-entry.entity.js';
import { csvOf } from './engine.js';
import { lineOfPath } from './json-locate.js';
import { loadPlan, statusDay } from './plan-loader.js';
import { ExportFormat, ImportFormat, PlanPart } from './planning.enums.js';
import type { ProjectImportInput } from './planning.inputs.js';
import type { ImportIssue, ImportReport } from './planning.types.js';
import { Assignment, Resource, ResourceRate } from './resource.entity.js';
import { runEngine, type ScheduleService } from './schedule.service.js';

/** The one way the server changes a project's task tree (the collaborative WBS document). */
export interface StructureWriter {
  applyStructure<T>(m: EntityManager, projectId: string, userId: string | null, change: (doc: Y.Doc) => T, field?: string): Promise<T>;
}

/** A file read and checked, ready to be written in one transaction. */
export interface ParsedPlan {
  doc: PlanDocument;
  issues: ImportIssue[];
}

export type ImportProgress = (done: number, total: number, stage: string) => void;

const MAX_TASKS = 20_000;
const MAX_NAME = 500;
const MAX_DURATION = 10_000;
const CHUNK = 2000;

/** Durations, lags and leveling delays are stored to a millionth of a day (numeric(16,6)). */
const millionths = (v: number) => Math.round(v * 1e6) / 1e6;

/** Line (1-based) of a character offset in a text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A plan holding a date the calendar cannot serve is refused naming the element (and the line of a JSON file). */
function checkPlanDates(doc: PlanDocument, lineOf: (element: string) => number | null): void {
  const found = findDateOutOfRange(doc);
  if (!found) return;
  const line = lineOf(found.path);
  throw new BadUserInputError(
    `The plan file holds the date '${found.value.slice(0, 40)}' in ${found.path}${line ? ` (line ${line})` : ''}: ${dateRangeSentence()}`,
    'input.content',
    { element: found.path, line },
  );
}

/** Reads MSPDI XML or a Trellis plan JSON document; a file that cannot be read is refused naming where. */
export function parsePlanFile(format: ImportFormat, content: string): ParsedPlan {
  if (format === ImportFormat.MSPDI) {
    try {
      const { plan, unmapped } = importMspdi(content);
      const issues = unmapped.map((u) => ({
        element: u.element,
        line: u.line ?? null,
        reason: u.count > 1 ? `${u.reason} (${u.count} times)` : u.reason,
      }));
      checkPlanDates(plan, () => null);
      return { doc: plan, issues };
    } catch (err) {
      if (err instanceof MspdiError) {
        throw new BadUserInputError(`The MS Project file cannot be read: ${err.message}`, 'input.content', { element: err.element ?? null, line: err.line ?? null });
      }
      throw err;
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    // V8 names the offset for most errors; a file cut short fails at its very end.
    const line = at ? lineAt(content, Number(at[1])) : /end of JSON input/.test(message) ? lineAt(content, content.length) : null;
    throw new BadUserInputError(`The plan file is not valid JSON: ${message}`, 'input.content', { element: null, line });
  }
  try {
    const doc = parsePlanDocument(json);
    // `\u0000` in a JSON string is valid JSON but cannot be stored; refused before anything is written.
    const element = findNul(doc, '');
    if (element) {
      const line = lineOfPath(content, element);
      throw new BadUserInputError(`The plan file holds the NUL character (U+0000) in ${element}${line ? ` (line ${line})` : ''}; remove it and import again`, 'input.content', {
        element,
        line,
      });
    }
    checkPlanDates(doc, (element) => lineOfPath(content, element));
    return { doc, issues: [] };
  } catch (err) {
    if (err instanceof PlanDocumentError) {
      const first = err.issues[0];
      const line = first ? lineOfPath(content, first.path) : null;
      throw new BadUserInputError(`The plan file is not a valid Trellis plan: ${err.message}${line ? ` (line ${line})` : ''}`, 'input.content', {
        element: first?.path ?? null,
        line,
        issues: err.issues.slice(0, 20),
      });
    }
    throw err;
  }
}

/**
 * Fits a plan document to what a project can hold, before anything is written: what has to be
 * simplified or left out is reported; what cannot be imported at all is refused.
 */
export function preparePlan(parsed: ParsedPlan): ParsedPlan {
  const doc = structuredClone(parsed.doc);
  const issues = [...parsed.issues];
  const note = (element: string, reason: string) => {
    const same = issues.find((i) => i.element === element && i.reason.startsWith(reason));
    if (!same) issues.push({ element, line: null, reason });
  };
  if (doc.tasks.length > MAX_TASKS) throw new BadUserInputError(`A plan can bring at most ${MAX_TASKS} tasks; this one has ${doc.tasks.length}`, 'input.content');
  const hasChildren = new Set(doc.tasks.map((t) => t.parentId).filter((p): p is string => !!p));
  doc.tasks.forEach((t, i) => {
    if (t.durationDays > MAX_DURATION) {
      throw new BadUserInputError(`Task "${t.name}" lasts ${t.durationDays} working days; at most ${MAX_DURATION}`, 'input.content', { element: `tasks[${i}].durationDays`, line: null });
    }
    if (!t.name.trim()) t.name = `Task ${i + 1}`;
    if (t.name.length > MAX_NAME) {
      t.name = t.name.slice(0, MAX_NAME);
      note('tasks.name', `Task names longer than ${MAX_NAME} characters were shortened`);
    }
    if (hasChildren.has(t.id)) t.kind = 'SUMMARY';
    else if (t.kind === 'SUMMARY') t.kind = 'TASK';
    if (t.kind === 'MILESTONE' && t.durationDays > 0) {
      t.kind = 'TASK';
      note('tasks.kind', 'Milestones with a duration were imported as tasks (a Trellis milestone has none)');
    }
    if (t.percentComplete !== undefined && !Number.isInteger(t.percentComplete)) t.percentComplete = Math.round(t.percentComplete);
    // The scheduler counts whole minutes; a millionth of a day is under a tenth of a second.
    t.durationDays = millionths(t.durationDays);
    if (t.levelingDelayDays !== undefined) t.levelingDelayDays = millionths(t.levelingDelayDays);
    if (t.fixedCost) note('tasks.fixedCost', 'Fixed costs of tasks are not kept');
    if (t.actualCost !== undefined || t.actualWorkHours !== undefined) note('tasks.actualCost', 'Actual cost and work of tasks are not kept; record cost entries instead');
  });
  const parentOf = new Map(doc.tasks.map((t) => [t.id, t.parentId ?? null]));
  const ancestorOf = (a: string, b: string) => {
    for (let p = parentOf.get(b) ?? null; p; p = parentOf.get(p) ?? null) if (p === a) return true;
    return false;
  };
  const pairs = new Set<string>();
  const preds = new Map(doc.tasks.map((t) => [t.id, t]));
  doc.links = doc.links.filter((l) => {
    const key = `${l.predecessorId}>${l.successorId}`;
    if (pairs.has(key)) {
      note('links', 'Repeated links between the same two tasks were imported once');
      return false;
    }
    pairs.add(key);
    if (ancestorOf(l.predecessorId, l.successorId) || ancestorOf(l.successorId, l.predecessorId)) {
      note('links', 'Links between a summary task and its own sub-task were left out');
      return false;
    }
    return true;
  });
  for (const l of doc.links) {
    if (l.lagPercent !== undefined) {
      const pred = preds.get(l.predecessorId);
      l.lagDays = millionths((l.lagPercent / 100) * (pred?.durationDays ?? 0));
      delete l.lagPercent;
      note('links.lagPercent', "Percentage lags were converted to working days of the predecessor's duration");
    }
    if (l.lagDays !== undefined) l.lagDays = millionths(l.lagDays);
    if (l.elapsed) {
      delete l.elapsed;
      note('links.elapsed', 'Elapsed (calendar-day) lags were imported as working-day lags');
    }
  }
  const summaries = new Set(doc.tasks.filter((t) => t.kind === 'SUMMARY').map((t) => t.id));
  doc.assignments = doc.assignments.filter((a) => {
    if (!summaries.has(a.taskId)) return true;
    note('assignments', 'Assignments to summary tasks were left out');
    return false;
  });
  const resourceTypes = new Map(doc.resources.map((r) => [r.id, r.type]));
  for (const a of doc.assignments) {
    const costResource = resourceTypes.get(a.resourceId) === 'COST';
    if (a.workHours !== undefined || (a.cost !== undefined && !costResource)) note('assignments.work', 'Assignment work and cost are derived from units and duration; the file values were not kept');
  }
  for (const r of doc.resources) {
    if (r.availability?.length) note('resources.availability', 'Resource availability periods are not kept; max units applies throughout');
    if (r.name.length > 200) r.name = r.name.slice(0, 200);
  }
  // The whole plan must schedule (a cycle is refused here, before anything is written).
  runEngine(doc);
  return { doc, issues };
}

/** Project import (MSPDI or Trellis JSON) and export (MSPDI, Trellis JSON, CSV). */
export class ExchangeService {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ScheduleService,
    private readonly structure: StructureWriter,
  ) {}

  async export(actor: Actor, projectId: string, format: ExportFormat): Promise<string> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return this.exportProject(projectId, format);
  }

  async exportProject(projectId: string, format: ExportFormat): Promise<string> {
    if (format === ExportFormat.CSV) {
      const plan = await this.schedules.current(projectId);
      return csvOf(plan.doc, plan.result);
    }
    // A file carries the baselines and cost entries too: read everything in one snapshot.
    const { doc } = await this.ds.transaction('REPEATABLE READ', (m) => loadPlan(m, projectId, { history: true }));
    if (format === ExportFormat.MSPDI) return exportMspdi(doc, { schedule: runEngine(doc) });
    return `${JSON.stringify(doc, null, 2)}\n`;
  }

  async import(actor: Actor, input: ProjectImportInput): Promise<ImportReport> {
    await can(actor, input.projectId, Permission.PROJECT_UPDATE);
    const parsed = preparePlan(parsePlanFile(input.format, input.content));
    return this.importInto(actor, input.projectId, parsed);
  }

  /** Writes a prepared plan into a project in one transaction: all of it or, on any failure, nothing. */
  async importInto(actor: Actor, projectId: string, parsed: ParsedPlan, progress?: ImportProgress): Promise<ImportReport> {
    const { userId } = await can(actor, projectId, Permission.PROJECT_UPDATE);
    const { doc, issues } = parsed;
    return this.ds.transaction(async (m) => {
      await lockProject(m, projectId);
      const steps = 7;
      progress?.(0, steps, 'calendars');
      const calendarIds = await this.writeCalendars(m, projectId, doc);
      progress?.(1, steps, 'tasks');
      const taskIds = await this.writeTasks(m, projectId, userId, doc, calendarIds);
      progress?.(2, steps, 'links');
      for (let i = 0; i < doc.links.length; i += CHUNK) {
        const chunk = doc.links.slice(i, i + CHUNK);
        await m.query(
          `INSERT INTO task_dependencies (project_id, predecessor_id, successor_id, type, lag_days)
           SELECT $1, v.p, v.s, v.t, v.l FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::numeric[]) AS v(p, s, t, l)`,
          [projectId, chunk.map((l) => taskIds.get(l.predecessorId)), chunk.map((l) => taskIds.get(l.successorId)), chunk.map((l) => l.type), chunk.map((l) => l.lagDays ?? 0)],
        );
      }
      progress?.(3, steps, 'resources');
      const resourceIds = await this.writeResources(m, projectId, doc, calendarIds);
      // A cost resource's assignment is stored as its amount.
      const costResources = new Set(doc.resources.filter((r) => r.type === 'COST').map((r) => r.id));
      for (let i = 0; i < doc.assignments.length; i += CHUNK) {
        await m.getRepository(Assignment).insert(
          doc.assignments.slice(i, i + CHUNK).map((a) => ({ projectId, taskId: taskIds.get(a.taskId)!, resourceId: resourceIds.get(a.resourceId)!, units: costResources.has(a.resourceId) ? (a.cost ?? 0) : a.units })),
        );
      }
      progress?.(4, steps, 'baselines');
      const baselines = await this.writeBaselines(m, projectId, userId, doc, taskIds);
      progress?.(5, steps, 'costs');
      for (let i = 0; i < doc.costEntries.length; i += CHUNK) {
        await m.getRepository(CostEntry).insert(
          doc.costEntries.slice(i, i + CHUNK).map((c) => ({ projectId, taskId: taskIds.get(c.taskId)!, date: c.date, amount: c.amount, hours: c.hours ?? null, note: 'Imported', userId: null })),
        );
      }
      progress?.(6, steps, 'settings');
      await this.writeSettings(m, projectId, doc, calendarIds);
      const report: ImportReport = {
        created: taskIds.size,
        links: doc.links.length,
        calendars: calendarIds.size,
        resources: resourceIds.size,
        assignments: doc.assignments.length,
        baselines,
        costEntries: doc.costEntries.length,
        unmapped: issues,
      };
      const { unmapped: _issues, ...counts } = report;
      await recordActivity(m, projectId, userId, [
        { entityType: 'project', entityId: projectId, action: ActivityAction.UPDATED, field: 'import', newValue: { ...counts, unmapped: issues.length } },
      ]);
      // The import may have set the project's start date: the project changed too.
      await publishInTransaction(m, { type: 'project', projectId }, { type: 'plan', projectId, part: PlanPart.IMPORT });
      progress?.(steps, steps, 'done');
      return report;
    });
  }

  private async writeCalendars(m: EntityManager, projectId: string, doc: PlanDocument): Promise<Map<string, string>> {
    const ids = new Map(doc.calendars.map((c) => [c.id, randomUUID()]));
    for (const c of doc.calendars) {
      await m.getRepository(WorkCalendar).insert({
        id: ids.get(c.id)!,
        projectId,
        name: c.name.slice(0, 200) || 'Calendar',
        baseCalendarId: null,
        workWeek: c.workWeek as WorkCalendar['workWeek'],
        hoursPerDay: c.hoursPerDay,
        version: 1,
      });
      for (let i = 0; i < c.exceptions.length; i += CHUNK) {
        await m.getRepository(CalendarException).insert(
          c.exceptions.slice(i, i + CHUNK).map((e) => ({ calendarId: ids.get(c.id)!, name: (e.name ?? '').slice(0, 200), from: e.from, to: e.to, working: e.working, times: e.times ?? null })),
        );
      }
    }
    // Bases once every calendar exists (a base may come later in the file).
    for (const c of doc.calendars) {
      if (c.baseId) await m.getRepository(WorkCalendar).update({ id: ids.get(c.id)! }, { baseCalendarId: ids.get(c.baseId)! });
    }
    return ids;
  }

  /** Tasks enter through the WBS document (which creates the rows); then their planning fields are set. */
  private async writeTasks(m: EntityManager, projectId: string, userId: string | null, doc: PlanDocument, calendarIds: Map<string, string>): Promise<Map<string, string>> {
    const rows = outline(doc.tasks);
    const ids = new Map(rows.map((r) => [r.task.id, randomUUID()]));
    if (!rows.length) return ids;
    await this.structure.applyStructure(m, projectId, userId, (ydoc) => {
      const node = (r: (typeof rows)[number], i: number) => ({
        id: ids.get(r.task.id)!,
        parentId: r.task.parentId ? ids.get(r.task.parentId)! : null,
        position: i,
        name: r.task.name,
        kind: r.task.kind,
      });
      // New sibling groups are seeded in one pass (every parent below the top is new). Top-level tasks
      // of a project that has some already go after them one by one, so they get keys past the last.
      const appendRoots = (readOutline(ydoc).children.get(null)?.length ?? 0) > 0;
      if (appendRoots) for (const [i, r] of rows.entries()) if (!r.task.parentId) addNode(ydoc, node(r, i));
      initializeFromRows(ydoc, rows.flatMap((r, i) => (appendRoots && !r.task.parentId ? [] : [node(r, i)])));
    });
    const statuses: { id: string; category: StatusCategory }[] = await m.query('SELECT id, category FROM task_statuses WHERE project_id = $1 ORDER BY position', [projectId]);
    const statusFor = (pct: number) => {
      const want = pct >= 100 ? StatusCategory.COMPLETED : pct > 0 ? StatusCategory.STARTED : StatusCategory.UNSTARTED;
      return (statuses.find((s) => s.category === want) ?? statuses[0])?.id ?? null;
    };
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK).map((r) => r.task);
      const pct = chunk.map((t) => t.percentComplete ?? 0);
      await m.query(
        `UPDATE tasks t SET duration_days = v.duration, percent_complete = v.pct, status_id = COALESCE(v.status, t.status_id),
                description = v.notes, constraint_type = v.ctype, constraint_date = v.cdate, deadline = v.deadline,
                actual_start = v.astart, actual_finish = v.afinish, calendar_id = v.cal, leveling_delay_days = v.delay
           FROM unnest($1::uuid[], $2::numeric[], $3::int[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::uuid[], $12::numeric[])
             AS v(id, duration, pct, status, notes, ctype, cdate, deadline, astart, afinish, cal, delay)
          WHERE t.id = v.id`,
        [
          chunk.map((t) => ids.get(t.id)),
          chunk.map((t) => (t.kind === 'MILESTONE' ? 0 : t.durationDays)),
          pct,
          pct.map(statusFor),
          chunk.map((t) => (t.notes ?? '').slice(0, 50_000)),
          chunk.map((t) => t.constraint?.type ?? 'ASAP'),
          chunk.map((t) => (t.constraint && t.constraint.type !== 'ASAP' && t.constraint.type !== 'ALAP' ? (t.constraint.date ?? null) : null)),
          chunk.map((t) => t.deadline ?? null),
          chunk.map((t) => t.actualStart ?? null),
          chunk.map((t) => t.actualFinish ?? null),
          chunk.map((t) => (t.calendarId ? calendarIds.get(t.calendarId) : null)),
          chunk.map((t) => t.levelingDelayDays ?? 0),
        ],
      );
    }
    // The imported trees' summaries roll up what was imported (their own percents from the file are kept but not shown).
    await rollUpAncestors(m, projectId, [...ids.values()], { publish: false });
    await publishInTransaction(m, { type: 'task', projectId, action: 'UPDATED', ids: [...ids.values()] });
    return ids;
  }

  private async writeResources(m: EntityManager, projectId: string, doc: PlanDocument, calendarIds: Map<string, string>): Promise<Map<string, string>> {
    const ids = new Map(doc.resources.map((r) => [r.id, randomUUID()]));
    for (const r of doc.resources) {
      const undated = r.rates?.find((x) => !x.from);
      await m.getRepository(Resource).insert({
        id: ids.get(r.id)!,
        projectId,
        name: r.name || 'Resource',
        type: r.type as Resource['type'],
        maxUnits: r.maxUnits ?? 1,
        calendarId: r.calendarId ? (calendarIds.get(r.calendarId) ?? null) : null,
        standardRate: r.standardRate ?? undated?.standardRate ?? 0,
        overtimeRate: r.overtimeRate ?? undated?.overtimeRate ?? 0,
        costPerUse: r.costPerUse ?? undated?.costPerUse ?? 0,
        version: 1,
      });
      const dated = new Map((r.rates ?? []).filter((x) => x.from).map((x) => [x.from!, x]));
      if (dated.size) {
        await m.getRepository(ResourceRate).insert(
          [...dated.values()].map((x) => ({ resourceId: ids.get(r.id)!, effectiveFrom: x.from!, standardRate: x.standardRate, overtimeRate: x.overtimeRate ?? 0, costPerUse: x.costPerUse ?? 0 })),
        );
      }
    }
    return ids;
  }

  private async writeBaselines(m: EntityManager, projectId: string, userId: string | null, doc: PlanDocument, taskIds: Map<string, string>): Promise<number> {
    for (const b of [...doc.baselines].sort((x, y) => x.number - y.number)) {
      const repo = m.getRepository(Baseline);
      const row = await repo.save(repo.create({ projectId, name: (b.name ?? (b.number === 0 ? 'Baseline' : `Baseline ${b.number}`)).slice(0, 200), createdById: userId }));
      const tasks = b.tasks.filter((t) => t.start && t.finish && taskIds.has(t.taskId));
      for (let i = 0; i < tasks.length; i += CHUNK) {
        await m.getRepository(BaselineTask).insert(
          tasks.slice(i, i + CHUNK).map((t) => ({
            baselineId: row.id,
            taskId: taskIds.get(t.taskId)!,
            start: t.start!,
            finish: t.finish!,
            durationDays: t.durationDays ?? 0,
            workHours: t.workHours ?? 0,
            cost: t.cost ?? 0,
          })),
        );
      }
    }
    return doc.baselines.length;
  }

  /** The file's project calendar, status date and start apply where the project has none yet. */
  private async writeSettings(m: EntityManager, projectId: string, doc: PlanDocument, calendarIds: Map<string, string>): Promise<void> {
    const calendarId = doc.project.calendarId ? (calendarIds.get(doc.project.calendarId) ?? null) : null;
    const statusDate = doc.project.statusDate ? statusDay(doc.project.statusDate) : null;
    await m.query(
      `INSERT INTO project_plans (project_id, calendar_id, status_date) VALUES ($1, $2, $3)
       ON CONFLICT (project_id) DO UPDATE SET calendar_id = COALESCE(project_plans.calendar_id, EXCLUDED.calendar_id),
                                              status_date = COALESCE(project_plans.status_date, EXCLUDED.status_date), updated_at = now()`,
      [projectId, calendarId, statusDate],
    );
    await m.query('UPDATE projects SET start_date = $2, version = version + 1, updated_at = now() WHERE id = $1 AND start_date IS NULL', [projectId, doc.project.start.slice(0, 10)]);
  }
}

import { In, type DataSource, type EntityManager } from 'typeorm';
import { lockVersioned } from '../../common/versioned.js';
import type { Actor } from '../../common/actor.js';
import { Permission, isUuid } from '../../common/access.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { ActivityAction, fieldChanges, recordActivity } from '../activity/index.js';
import { lockProject } from '../task/index.js';
import { CalendarException, ProjectPlan, WorkCalendar, type WorkWeek } from './calendar.entity.js';
import { checkDay } from '../../common/date-range.js';
import { isClock } from './local-time.js';
import { PlanPart } from './planning.enums.js';
import type { CalendarCreateInput, CalendarExceptionAddInput, CalendarExceptionInput, CalendarUpdateInput, PlanSettingsInput, WorkingTimeInput, WorkWeekDayInput } from './planning.inputs.js';
import { planningLoaders } from './planning.loaders.js';
import type { CalendarUsage, PlanSettings } from './planning.types.js';

const MAX_EXCEPTIONS = 2000;
const dateOut = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : (d as string | null));

/** Working times of one day: valid clocks, each span forward, in order and not overlapping. */
export function checkTimes(times: WorkingTimeInput[], field: string): { from: string; to: string }[] {
  const out = times.map((t, i) => {
    if (!isClock(t.from) || !isClock(t.to) || t.from === '24:00') throw new BadUserInputError("Working times are 'HH:MM' (the end may be '24:00')", `${field}[${i}]`);
    if (t.to <= t.from) throw new BadUserInputError('A working time must end after it starts', `${field}[${i}].to`);
    return { from: t.from, to: t.to };
  });
  out.sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.from < out[i - 1]!.to) throw new BadUserInputError('Working times of a day must not overlap', field);
  }
  return out;
}

function checkWeek(days: WorkWeekDayInput[], field: string): WorkWeek {
  const week: WorkWeek = {};
  days.forEach((d, i) => {
    if (!Number.isInteger(d.day) || d.day < 0 || d.day > 6) throw new BadUserInputError('A weekday is 0 (Sunday) to 6 (Saturday)', `${field}[${i}].day`);
    if (week[String(d.day)]) throw new BadUserInputError('Each weekday may appear once', `${field}[${i}].day`);
    week[String(d.day)] = checkTimes(d.times, `${field}[${i}].times`);
  });
  return week;
}

type ExceptionRow = Pick<CalendarException, 'name' | 'from' | 'to' | 'working' | 'times'>;

function checkException(e: CalendarExceptionInput, field: string): ExceptionRow {
  const to = e.to ?? e.from;
  checkDay(e.from, `${field}.from`);
  checkDay(to, `${field}.to`);
  if (to < e.from) throw new BadUserInputError('An exception must not end before it starts', `${field}.to`);
  const name = (e.name ?? '').trim();
  if (name.length > 200) throw new BadUserInputError('Exception names are at most 200 characters', `${field}.name`);
  const working = e.working ?? false;
  const times = working && e.times?.length ? checkTimes(e.times, `${field}.times`) : null;
  return { name, from: e.from, to, working, times };
}

function checkExceptions(list: CalendarExceptionInput[], field: string): ExceptionRow[] {
  if (list.length > MAX_EXCEPTIONS) throw new BadUserInputError(`At most ${MAX_EXCEPTIONS} exceptions per calendar`, field);
  return list.map((e, i) => checkException(e, `${field}[${i}]`));
}

type ExceptionValue = { name: string; from: string | null; to: string | null; working: boolean; times: { from: string; to: string }[] | null };
const exceptionValue = (e: ExceptionRow): ExceptionValue => ({ name: e.name, from: dateOut(e.from), to: dateOut(e.to), working: e.working, times: e.times ?? null });

/** An exception as compared: equal rows are the same exception, whatever their ids. */
const exceptionKey = (e: ExceptionRow) => JSON.stringify(exceptionValue(e));

/** Whether a week has working time: each weekday from the first week of the chain that sets it, else the standard week (Mon-Fri). */
function weekWorks(chain: WorkWeek[]): boolean {
  return [0, 1, 2, 3, 4, 5, 6].some((d) => {
    const own = chain.find((w) => w[String(d)] !== undefined)?.[String(d)];
    return own ? own.length > 0 : d >= 1 && d <= 5;
  });
}

function checkName(name: string | null | undefined): string {
  const n = (name ?? '').trim();
  if (!n) throw new BadUserInputError('Calendar name is required', 'input.name');
  if (n.length > 200) throw new BadUserInputError('Calendar name must be at most 200 characters', 'input.name');
  return n;
}

function checkHours(h: number | null | undefined): number {
  if (h === null || h === undefined) return 8;
  if (!Number.isFinite(h) || h <= 0 || h > 24) throw new BadUserInputError('Hours per day must be more than 0 and at most 24', 'input.hoursPerDay');
  return h;
}

/** Working calendars of a project, and its planning settings (project calendar, status date). */
export class CalendarService {
  constructor(private readonly ds: DataSource) {}

  async list(actor: Actor, projectId: string): Promise<WorkCalendar[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return this.ds.getRepository(WorkCalendar).find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Rows reached through a calendar the viewer could read already: no further check needed. */
  exceptions(actor: Actor, calendarId: string): Promise<CalendarException[]> {
    return planningLoaders(actor, this.ds).exceptions.load(calendarId);
  }

  /** Rows reached through a calendar the viewer could read already: no further check needed. */
  usage(actor: Actor, calendarId: string): Promise<CalendarUsage> {
    return planningLoaders(actor, this.ds).calendarUsage.load(calendarId);
  }

  async isProjectCalendar(actor: Actor, c: WorkCalendar): Promise<boolean> {
    return (await planningLoaders(actor, this.ds).plan.load(c.projectId))?.calendarId === c.id;
  }

  async settings(actor: Actor, projectId: string): Promise<PlanSettings> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const plan = await this.ds.getRepository(ProjectPlan).findOneBy({ projectId });
    return { calendarId: plan?.calendarId ?? null, statusDate: plan?.statusDate ? dateOut(plan.statusDate) : null, timeZone: plan?.timeZone ?? null };
  }

  async updateSettings(actor: Actor, input: PlanSettingsInput): Promise<PlanSettings> {
    const grant = await can(actor, input.projectId, Permission.PROJECT_UPDATE);
    if (input.statusDate) checkDay(input.statusDate, 'input.statusDate');
    if (input.timeZone) checkTimeZone(input.timeZone, 'input.timeZone');
    return this.ds.transaction(async (m) => {
      await lockProject(m, input.projectId);
      if (input.calendarId) await this.checkCalendar(m, input.projectId, input.calendarId, 'input.calendarId');
      const repo = m.getRepository(ProjectPlan);
      const current = await repo.findOne({ where: { projectId: input.projectId }, lock: { mode: 'pessimistic_write' } });
      const before = { calendarId: current?.calendarId ?? null, statusDate: current?.statusDate ? dateOut(current.statusDate) : null, timeZone: current?.timeZone ?? null };
      const after = {
        calendarId: input.calendarId === undefined ? before.calendarId : input.calendarId,
        statusDate: input.statusDate === undefined ? before.statusDate : input.statusDate,
        timeZone: input.timeZone === undefined ? before.timeZone : input.timeZone || null,
      };
      const changes = fieldChanges(before, after, ['calendarId', 'statusDate', 'timeZone'], { entityType: 'project', entityId: input.projectId });
      if (!changes.length) return after;
      await repo.save(repo.create({ projectId: input.projectId, ...after }));
      await recordActivity(m, input.projectId, grant.userId, changes);
      await publishInTransaction(m, { type: 'plan', projectId: input.projectId, part: PlanPart.SETTINGS });
      return after;
    });
  }

  private async checkCalendar(m: EntityManager, projectId: string, id: string, field: string): Promise<WorkCalendar> {
    const c = isUuid(id) ? await m.getRepository(WorkCalendar).findOneBy({ id, projectId }) : null;
    if (!c) throw new BadUserInputError('No such calendar in this project', field);
    return c;
  }

  /** A base chain that comes back to `id` would make the calendar inherit from itself. */
  private async checkBase(m: EntityManager, projectId: string, id: string | null, baseId: string): Promise<void> {
    await this.checkCalendar(m, projectId, baseId, 'input.baseCalendarId');
    const rows: { id: string; base_calendar_id: string | null }[] = await m.query('SELECT id, base_calendar_id FROM work_calendars WHERE project_id = $1', [projectId]);
    const base = new Map(rows.map((r) => [r.id, r.base_calendar_id]));
    const seen = new Set<string>();
    for (let c: string | null = baseId; c; c = base.get(c) ?? null) {
      if (c === id || seen.has(c)) throw new BadUserInputError('A calendar cannot be based on itself, directly or through others', 'input.baseCalendarId');
      seen.add(c);
    }
  }

  /**
   * The week after inheritance (own weekdays, then the base chain's, then the standard week) must
   * have some working time, or nothing on this calendar could ever be scheduled.
   */
  private async checkWorkingWeek(m: EntityManager, projectId: string, week: WorkWeek, baseId: string | null): Promise<void> {
    const rows: { id: string; base_calendar_id: string | null; work_week: WorkWeek }[] = baseId
      ? await m.query('SELECT id, base_calendar_id, work_week FROM work_calendars WHERE project_id = $1', [projectId])
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const chain = [week];
    const seen = new Set<string>();
    for (let c = baseId; c && !seen.has(c); c = byId.get(c)?.base_calendar_id ?? null) {
      seen.add(c);
      const row = byId.get(c);
      if (row) chain.push(row.work_week);
    }
    if (!weekWorks(chain)) throw new BadUserInputError('A calendar needs working time on at least one day of the week', 'input.workWeek');
  }

  private async setProjectCalendar(m: EntityManager, projectId: string, calendarId: string | null): Promise<void> {
    await m.query(
      `INSERT INTO project_plans (project_id, calendar_id) VALUES ($1, $2)
       ON CONFLICT (project_id) DO UPDATE SET calendar_id = EXCLUDED.calendar_id, updated_at = now()`,
      [projectId, calendarId],
    );
  }

  async create(actor: Actor, input: CalendarCreateInput): Promise<WorkCalendar> {
    const grant = await can(actor, input.projectId, Permission.PROJECT_UPDATE);
    const name = checkName(input.name);
    const hoursPerDay = checkHours(input.hoursPerDay);
    const workWeek = checkWeek(input.workWeek ?? [], 'input.workWeek');
    const exceptions = checkExceptions(input.exceptions ?? [], 'input.exceptions');
    return this.ds.transaction(async (m) => {
      await lockProject(m, input.projectId);
      if (input.baseCalendarId) await this.checkBase(m, input.projectId, null, input.baseCalendarId);
      await this.checkWorkingWeek(m, input.projectId, workWeek, input.baseCalendarId ?? null);
      const repo = m.getRepository(WorkCalendar);
      const cal = await repo.save(repo.create({ projectId: input.projectId, name, baseCalendarId: input.baseCalendarId ?? null, workWeek, hoursPerDay, version: 1 }));
      if (exceptions.length) await m.getRepository(CalendarException).insert(exceptions.map((e) => ({ ...e, calendarId: cal.id })));
      if (input.projectCalendar) await this.setProjectCalendar(m, input.projectId, cal.id);
      await recordActivity(m, input.projectId, grant.userId, [
        { entityType: 'calendar', entityId: cal.id, action: ActivityAction.CREATED, newValue: { name, projectCalendar: !!input.projectCalendar } },
      ]);
      await publishInTransaction(m, { type: 'plan', projectId: input.projectId, part: PlanPart.CALENDARS });
      return cal;
    });
  }

  private async load(actor: Actor, id: string, permission: Permission) {
    const grant = await authorizeEntity(actor, 'calendar', id, permission);
    const cal = await this.ds.getRepository(WorkCalendar).findOneBy({ id });
    if (!cal) throw new NotFoundError('Calendar');
    return { cal, grant };
  }

  async update(actor: Actor, input: CalendarUpdateInput): Promise<WorkCalendar> {
    const { cal, grant } = await this.load(actor, input.id, Permission.PROJECT_UPDATE);
    const name = input.name === undefined || input.name === null ? cal.name : checkName(input.name);
    const hoursPerDay = input.hoursPerDay === undefined || input.hoursPerDay === null ? cal.hoursPerDay : checkHours(input.hoursPerDay);
    const workWeek = input.workWeek ? checkWeek(input.workWeek, 'input.workWeek') : cal.workWeek;
    const exceptions = input.exceptions ? checkExceptions(input.exceptions, 'input.exceptions') : null;
    return this.ds.transaction(async (m) => {
      await lockProject(m, cal.projectId);
      const repo = m.getRepository(WorkCalendar);
      const current = await this.lockCurrent(m, cal.id, input.version);
      const baseCalendarId = input.baseCalendarId === undefined ? current.baseCalendarId : input.baseCalendarId;
      if (baseCalendarId && baseCalendarId !== current.baseCalendarId) await this.checkBase(m, current.projectId, current.id, baseCalendarId);
      if (input.workWeek || baseCalendarId !== current.baseCalendarId) await this.checkWorkingWeek(m, current.projectId, workWeek, baseCalendarId);
      const before = { name: current.name, hoursPerDay: current.hoursPerDay, workWeek: current.workWeek, baseCalendarId: current.baseCalendarId };
      const after = { name, hoursPerDay, workWeek, baseCalendarId };
      const changes = fieldChanges(before, after, ['name', 'hoursPerDay', 'workWeek', 'baseCalendarId'], { entityType: 'calendar', entityId: current.id });
      if (exceptions) {
        const old = await m.getRepository(CalendarException).find({ where: { calendarId: current.id }, order: { from: 'ASC' } });
        // Rows that stay keep their ids: only what was removed is deleted and only what is new inserted.
        const kept = new Map<string, CalendarException[]>();
        for (const e of old) {
          const key = exceptionKey(e);
          kept.set(key, [...(kept.get(key) ?? []), e]);
        }
        const added = exceptions.filter((e) => !kept.get(exceptionKey(e))?.pop());
        const removed = [...kept.values()].flat();
        if (added.length || removed.length) {
          if (removed.length) await m.getRepository(CalendarException).delete({ id: In(removed.map((e) => e.id)) });
          if (added.length) await m.getRepository(CalendarException).insert(added.map((e) => ({ ...e, calendarId: current.id })));
          changes.push({ entityType: 'calendar', entityId: current.id, action: ActivityAction.UPDATED, field: 'exceptions', oldValue: old.length, newValue: exceptions.length });
        }
      }
      if (input.projectCalendar !== undefined && input.projectCalendar !== null) {
        const plan = await m.getRepository(ProjectPlan).findOneBy({ projectId: current.projectId });
        const isProject = plan?.calendarId === current.id;
        if (input.projectCalendar !== isProject) {
          await this.setProjectCalendar(m, current.projectId, input.projectCalendar ? current.id : null);
          changes.push({ entityType: 'project', entityId: current.projectId, action: ActivityAction.UPDATED, field: 'calendarId', oldValue: plan?.calendarId ?? null, newValue: input.projectCalendar ? current.id : null });
        }
      }
      if (!changes.length) return current;
      const saved = await repo.save(repo.merge(current, { ...after, version: current.version + 1 }));
      await recordActivity(m, current.projectId, grant.userId, changes);
      await publishInTransaction(m, { type: 'plan', projectId: current.projectId, part: PlanPart.CALENDARS });
      return saved;
    });
  }

  /** Deletes the calendar; with `version`, only if it is still that version (else CONFLICT). */
  async remove(actor: Actor, id: string, version?: number | null): Promise<WorkCalendar> {
    const { cal, grant } = await this.load(actor, id, Permission.PROJECT_UPDATE);
    return this.ds.transaction(async (m) => {
      await lockProject(m, cal.projectId);
      const current = await this.lockCurrent(m, cal.id, version);
      // Calendars based on it fall back to the standard week for the days they do not set: each must still have working time.
      const derived = await m.getRepository(WorkCalendar).findBy({ projectId: current.projectId, baseCalendarId: current.id });
      const idle = derived.find((c) => !weekWorks([c.workWeek ?? {}]));
      if (idle) {
        throw new BadUserInputError(`“${idle.name}” is based on this calendar and would have no working time left without it; give it working days of its own or another base first`, 'id');
      }
      // Tasks, resources, derived calendars and the project setting fall back (ON DELETE SET NULL).
      await m.getRepository(WorkCalendar).delete({ id: current.id });
      await recordActivity(m, current.projectId, grant.userId, [{ entityType: 'calendar', entityId: current.id, action: ActivityAction.DELETED, oldValue: { name: current.name } }]);
      await publishInTransaction(m, { type: 'plan', projectId: current.projectId, part: PlanPart.CALENDARS });
      return current;
    });
  }

  /**
   * Adds one exception. Needs no version: adding cannot undo anyone else's change, so two people
   * adding holidays at once both succeed. The calendar's version goes up, as for any change of it.
   */
  async addException(actor: Actor, input: CalendarExceptionAddInput): Promise<{ calendar: WorkCalendar; exception: CalendarException }> {
    const { cal, grant } = await this.load(actor, input.calendarId, Permission.PROJECT_UPDATE);
    const row = checkException(input, 'input');
    return this.ds.transaction(async (m) => {
      await lockProject(m, cal.projectId);
      const current = await this.lockCurrent(m, cal.id);
      const count = await m.getRepository(CalendarException).countBy({ calendarId: current.id });
      if (count >= MAX_EXCEPTIONS) throw new BadUserInputError(`At most ${MAX_EXCEPTIONS} exceptions per calendar`, 'input.calendarId');
      const repo = m.getRepository(CalendarException);
      const exception = await repo.save(repo.create({ ...row, calendarId: current.id }));
      return { calendar: await this.exceptionsChanged(m, current, grant.userId, null, exceptionValue(row)), exception };
    });
  }

  /** Removes one exception by its id; one already gone is NOT_FOUND. */
  async removeException(actor: Actor, id: string): Promise<{ calendar: WorkCalendar; exception: CalendarException }> {
    await authorizeEntity(actor, 'calendarException', id, Permission.PROJECT_UPDATE);
    const found = await this.ds.getRepository(CalendarException).findOneBy({ id });
    if (!found) throw new NotFoundError('Exception');
    const { cal, grant } = await this.load(actor, found.calendarId, Permission.PROJECT_UPDATE).catch((e) => {
      throw e instanceof NotFoundError ? new NotFoundError('Exception') : e;
    });
    return this.ds.transaction(async (m) => {
      await lockProject(m, cal.projectId);
      const current = await this.lockCurrent(m, cal.id);
      const exception = await m.getRepository(CalendarException).findOneBy({ id: found.id });
      if (!exception) throw new NotFoundError('Exception');
      await m.getRepository(CalendarException).delete({ id: exception.id });
      return { calendar: await this.exceptionsChanged(m, current, grant.userId, exceptionValue(exception), null), exception };
    });
  }

  /** The calendar row locked for this transaction; CONFLICT when `version` is given and stale. */
  private async lockCurrent(m: EntityManager, id: string, version?: number | null): Promise<WorkCalendar> {
    const current = await lockVersioned(m, WorkCalendar, { id }, version, 'Calendar');
    return current;
  }

  /** Bumps the version and records the exception added (newValue) or removed (oldValue). */
  private async exceptionsChanged(m: EntityManager, current: WorkCalendar, userId: string | null, removed: ExceptionValue | null, added: ExceptionValue | null): Promise<WorkCalendar> {
    const saved = await m.getRepository(WorkCalendar).save(m.getRepository(WorkCalendar).merge(current, { version: current.version + 1 }));
    await recordActivity(m, current.projectId, userId, [
      { entityType: 'calendar', entityId: current.id, action: ActivityAction.UPDATED, field: 'exception', oldValue: removed, newValue: added },
    ]);
    await publishInTransaction(m, { type: 'plan', projectId: current.projectId, part: PlanPart.CALENDARS });
    return saved;
  }
}

/** An IANA time zone name the runtime knows ("Europe/Berlin"), or BAD_USER_INPUT on `field`. */
function checkTimeZone(zone: string, field: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new BadUserInputError(`"${zone.slice(0, 60)}" is not a time zone; use an IANA name such as Europe/Berlin`, field);
  }
  if (zone.length > 64) throw new BadUserInputError('A time zone name is at most 64 characters', field);
}

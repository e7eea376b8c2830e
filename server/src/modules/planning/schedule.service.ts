import type { DataSource, EntityManager } from 'typeorm';
import { dayOf, systemClock, type Clock } from '../../common/clock.js';
import { checkAsOf, endOfDay } from '../../common/as-of.js';
import { KeptTaskStates, asOfDayOf, type PastTaskState } from '../task/index.js';
import { planAsOf } from './history.js';
import { lockVersioned } from '../../common/versioned.js';
import type { Actor } from '../../common/actor.js';
import { Permission, isUuid } from '../../common/access.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { Project } from '../project/index.js';
import { publishInTransaction, type DomainEvent } from '../../common/events.js';
import { authorizeEntity, can } from '../../common/guard.js';
import type { Hub as SubscriptionHub, Topic } from '../../topics.js';
import type { Logger } from '../../common/logger.js';
import { CycleError, PlanInputError } from '../../planning/errors.js';
import type { PlanInput, ScheduleResult, ScheduledTask as EngineTask } from '../../planning/model.js';
import type { PlanDocument } from '../../planning/plan-document.js';
import { scheduleWithState, type ScheduleState } from '../../planning/schedule.js';
import { rescheduleTasks, type TaskChange } from '../../planning/schedule-incremental.js';
import type { LevelingOutcome } from './engine.js';
import { fieldChanges, recordActivity, type Change } from '../activity/index.js';
import { lockProject, reconcileTaskProgress, rollUpAncestors, Task } from '../task/index.js';
import { WorkCalendar } from './calendar.entity.js';
import { checkDayTime } from '../../common/date-range.js';
import { planInput, planTask } from './plan-input.js';
import { dayStates, engineDates, pastBase, pastInput, pastMarks, pastScheduleDates, resultDates, type DayDates, type PastBase, type PastMarks } from './past-day.js';
import { loadPlan, loadPlans, patchPlanTasks, statusDay, type LoadedPlan } from './plan-loader.js';
import { ConstraintType } from './planning.enums.js';
import type { TaskScheduleUpdateInput } from './planning.inputs.js';
import { ScheduledTask, type Schedule, type ScheduleUpdate } from './planning.types.js';

/** The hub topic of `scheduleUpdated` (the same access check, watcher counts and member removal as every subscription). */
export const SCHEDULE_TOPIC = 'SCHEDULE_UPDATED' satisfies Topic;
/** Committed domain events that can move a schedule: tasks, the outline, the plan (links, calendars, resources...), project settings. */
const INVALIDATING = new Set<DomainEvent['type']>(['task', 'outline', 'plan', 'project']);

/** A computed schedule with what it was computed from (usage, leveling and earned value reuse both). */
export interface ComputedPlan extends LoadedPlan {
  result: ScheduleResult;
  schedule: Schedule;
  /** Fingerprint of the rows the plan was read from (see planStamp). */
  stamp: string;
  /** Order of computation: a slower, older computation never replaces a newer one. */
  seq: number;
  /** Results derived from this plan, kept as long as it is current (leveling is costly). */
  memo: {
    leveling?: LevelingOutcome;
    rows?: Map<string, ScheduledTask>;
    /** Task id -> its place in doc.tasks. */
    index?: Map<string, number>;
    /** What the engine computed this schedule with; the next change to some tasks starts from it. */
    engine?: ScheduleState | null;
    /** Task id -> its place in the engine's input (and in schedule.tasks). */
    inputIndex?: Map<string, number>;
    /** This schedule is the one of plan `seq` with only these rows of schedule.tasks made again. */
    changedRows?: { seq: number; rows: number[] };
  };
}

/** Per request (keyed by its loaders' scope, renewed per subscription event): the plan each project's task rows are read from. */
const plansOfRequest = new WeakMap<object, Map<string, Promise<ComputedPlan>>>();
/** The same for past days' schedules, by project and day (tasks read "as of" a day). */
const pastRowsOfRequest = new WeakMap<object, Map<string, Promise<ReadonlyMap<string, ScheduledTask>>>>();

interface Entry {
  current: ComputedPlan | null;
  /** What subscribers last saw: the base for the next diff. */
  published: ComputedPlan | null;
  /** The computation in flight, shared by the requests that arrive meanwhile. */
  computing: Promise<ComputedPlan> | null;
  timer: NodeJS.Timeout | null;
  /** Someone watches the project's schedule: its domain events recompute it. */
  watched: boolean;
  /** Change numbers (and their actors) of the events since the last update was sent. */
  changes: Map<number, string | null>;
  /** Tasks whose scheduling fields changed since the last computation (their rows are read again, not the whole plan). */
  patch: Set<string>;
  /** Something else changed (structure, links, calendars...): the next computation reads the whole plan. */
  reload: boolean;
  /** A recompute for subscribers is running; events meanwhile queue the next one. */
  running: boolean;
  usedAt: number;
}

/**
 * A plan as it stood at the end of a past day (see `ScheduleService.pastPlan`). Shared by the
 * requests that ask for the same day: read it, never change it.
 */
export interface PastPlan {
  key: string;
  /** The plan of that day (made when first read: the board needs only the engine's schedule of it). */
  readonly then: LoadedPlan;
  past: ReadonlyMap<string, PastTaskState>;
  /** The engine's schedule of it, once someone asked. */
  result?: ScheduleResult;
  /** Its rows as the API shows them, once someone asked. */
  schedule?: Schedule;
  /** Which tasks that schedule shows late, with their dates (what the board reads of it), once asked. */
  marks?: PastMarks;
  /** What other views derive from this day's plan (the board's tasks of that day...), once asked: keyed by view. */
  memo: Map<string, unknown>;
  /** What other views read of the plan as it is now (the same for every past day while it is unchanged): keyed by view. */
  shared: Map<string, unknown>;
}

/** Projects whose stale forecasts are read and scheduled together (their plans are in memory at once). */
const FORECAST_BATCH = 250;
/** The plan as read today, with what its past days share (see ScheduleService.structures). */
interface Structure {
  stamp: string;
  loaded: LoadedPlan;
  shared: Map<string, unknown>;
  /** What every past day's schedule shares, once a day was scheduled from it. */
  base?: PastBase;
}

/** A past day's plan as this service keeps it: with the plan as read today it was made from. */
interface DayPlan extends PastPlan {
  structure: Structure;
  asOf: string;
  /** The day's tasks by their places in the plan as read today (dayStates), once a schedule of the day was made. */
  states?: (PastTaskState | undefined)[];
}

/** What every past day of the structure's plan shares (pastBase), made once. */
const baseOf = (structure: Structure): PastBase => (structure.base ??= pastBase(structure.loaded));
const statesOf = (plan: DayPlan) => (plan.states ??= dayStates(plan.structure.loaded, plan.past));

/**
 * A past day's plan from the plan as read today and the tasks' states of that day. Its `then` (a
 * copy of the plan with those states, planAsOf) is made when one of its fields is first read: the
 * day's plan itself is no thenable to make it (promises read `then` of what they resolve with).
 */
function dayPlan(key: string, structure: Structure, past: ReadonlyMap<string, PastTaskState>, asOf: string): DayPlan {
  let made: LoadedPlan | undefined;
  const make = () => (made ??= planAsOf(structure.loaded, past, asOf));
  return {
    key,
    then: {
      get project() {
        return make().project;
      },
      get settings() {
        return make().settings;
      },
      get doc() {
        return make().doc;
      },
    },
    past,
    memo: new Map(),
    shared: structure.shared,
    structure,
    asOf,
  };
}

/**
 * The engine's schedule of a past day's plan, kept with it. Its input is made from what every past
 * day of the plan shares (pastInput), without copying the plan, unless that day's outline differs.
 */
function pastResult(plan: DayPlan): ScheduleResult {
  if (!plan.result) {
    const made = pastInput(plan.structure.loaded, baseOf(plan.structure), statesOf(plan), plan.asOf);
    plan.result = made ? scheduleInput(made.input) : runEngine(plan.then.doc);
  }
  return plan.result;
}

/**
 * Which tasks of a past day's schedule are late, with their dates: read from the engine's result
 * when it was made, else from the engine's dates alone (no rows, critical paths or warnings made).
 */
function dayMarks(plan: DayPlan): PastMarks {
  const base = baseOf(plan.structure);
  const dates = plan.result ? resultDates(plan.result, base.index) : (pastDates(plan, base) ?? resultDates(pastResult(plan), base.index));
  return pastMarks(base, statesOf(plan), plan.asOf, dates);
}

/**
 * The engine's dates of a past day's plan, made from what its days share (pastInput, tasks whose
 * parent was not there that day at the top), on the model of the last day made from them when that
 * day had the same tasks (pastScheduleDates). Null where only the day's whole schedule answers
 * (pastResult): the engine refuses the input or must leave some resources' calendars out
 * (pastResult says why, or schedules without them).
 */
function pastDates(plan: DayPlan, base: PastBase): DayDates | null {
  const { loaded } = plan.structure;
  const made = pastInput(loaded, base, statesOf(plan), plan.asOf, true);
  if (!made) return null;
  try {
    return engineDates(pastScheduleDates(base, statesOf(plan), made), made, loaded.doc.tasks.length);
  } catch (err) {
    if (err instanceof PlanInputError || err instanceof CycleError) return null;
    throw err;
  }
}

/** Past days' plans kept (a 10,000-task plan with its schedule is a few megabytes). */
const PAST_PLANS = 6;

/** Statements a past day's task states are read with at once (one per core of the database; see taskStatesAsOf). */
const STATE_READS = 2;

/** Projects whose plan structure (archived tasks included) is kept for their past days' plans. */
const STRUCTURES = 4;

/** More changed tasks than this in one burst: read the whole plan rather than patch it. */
const PATCH_LIMIT = 500;

/** A schedule nobody asked for in this long is dropped. */
const IDLE_MS = 15 * 60_000;

const SCHEDULED_FIELDS = ['start', 'finish', 'earlyStart', 'earlyFinish', 'lateStart', 'lateFinish', 'durationDays', 'totalFloatDays', 'freeFloatDays', 'critical', 'levelingDelayDays', 'deadline', 'complete', 'late'] as const;

/**
 * A fingerprint of everything a project's schedule is computed from: the plan version the database
 * keeps per project (bumped by triggers in the transaction of every insert, update or delete of the
 * plan's rows, migration 1766800004217-PlanVersions) and the project row's version (xmin). Any
 * committed write to the plan changes it, so a cached schedule is checked with one cheap query
 * instead of being recomputed, and a reader always sees its own writes even before the change event
 * has gone round.
 */
async function planStamp(m: EntityManager | DataSource, projectId: string): Promise<string> {
  return (await planStamps(m, [projectId])).get(projectId) ?? 'none';
}

/**
 * The parts of the fingerprint, as SQL over a project row `p` and its sums row `s`: the plan
 * version, then the project row's version. A project without a sums row has written no plan yet.
 */
const STAMP_PARTS: string[] = [`coalesce(s.plan_version, 0)::text`, `p.xmin::text`];
const STAMP_SQL = `'v' || ${STAMP_PARTS.join(` || '.' || `)}`;
/** The plan fingerprints of the projects in $1 (uuid[]), as rows (id, stamp): one statement for any number of projects. */
const PLAN_STAMPS_SQL = `SELECT p.id, ${STAMP_SQL} AS stamp
  FROM projects p LEFT JOIN portfolio_task_sums s ON s.project_id = p.id
 WHERE p.id = ANY($1::uuid[])`;

/** The plan fingerprints of many projects in one statement (see planStamp); a project that does not exist has none. */
export async function planStamps(m: EntityManager | DataSource, projectIds: readonly string[]): Promise<Map<string, string>> {
  const rows: { id: string; stamp: string }[] = await m.query(PLAN_STAMPS_SQL, [[...projectIds]]);
  return new Map(rows.map((r) => [r.id, r.stamp]));
}

/**
 * A project's plan fingerprint with what tells whether the writes since an older fingerprint were
 * only updates of tasks: the plan version of the last other write (layout) and the transaction of
 * the last write (its 32-bit id, as a row's xmin shows it).
 */
async function planVersion(m: EntityManager, projectId: string): Promise<{ stamp: string; layout: bigint; writer: bigint } | null> {
  const [row]: { stamp: string; layout: string; writer: string }[] = await m.query(
    `SELECT ${STAMP_SQL} AS stamp, coalesce(s.plan_layout, 0)::text AS layout, (coalesce(s.plan_writer, 0) % 4294967296)::text AS writer
       FROM projects p LEFT JOIN portfolio_task_sums s ON s.project_id = p.id WHERE p.id = $1`,
    [projectId],
  );
  return row ? { stamp: row.stamp, layout: BigInt(row.layout), writer: BigInt(row.writer) } : null;
}

/** The plan version in a fingerprint, and the rest of it. */
function stampParts(stamp: string): { version: bigint; rest: string } | null {
  const m = /^v(\d+)\.(.*)$/.exec(stamp);
  return m ? { version: BigInt(m[1]!), rest: m[2]! } : null;
}

/**
 * A project's forecast from its computed schedule, as the Gantt shows it: the schedule's finish and
 * each milestone's scheduled finish (by task id). Recorded with the plan's fingerprint in
 * `schedule_forecasts` whenever a schedule is computed, so many projects' forecasts are read in one
 * statement (ScheduleService.forecasts).
 */
export interface ScheduleForecast {
  finish: string;
  milestones: Record<string, string>;
}

const forecastOf = (plan: ComputedPlan): ScheduleForecast => ({
  finish: plan.schedule.finish,
  milestones: Object.fromEntries(plan.schedule.tasks.filter((t) => t.milestone).map((t) => [t.taskId, t.finish])),
});

/** Which services listen on which hub: lets a subscription start tracking its project. */
const byHub = new WeakMap<SubscriptionHub, ScheduleService>();
export const scheduleServiceFor = (hub: SubscriptionHub) => byHub.get(hub);

/**
 * Computes project schedules with the planning engine and keeps the last one per project, checked
 * against the plan's fingerprint on every read. Where someone watches `scheduleUpdated`, the
 * committed changes that can move the schedule (tasks, links, structure, calendars, resources,
 * settings) arrive as events; the schedule is then recomputed once per burst (~100 ms) and only the
 * tasks that moved are sent.
 */
export class ScheduleService {
  private readonly entries = new Map<string, Entry>();
  /** Past days' plans by project, day and plan fingerprint, least recently used first. */
  private readonly pastPlans = new Map<string, DayPlan>();
  /**
   * Per project, the plan as read today with its archived tasks and the fingerprint it was read
   * under, least recently used first: a past day's plan is this structure with the tasks' states of
   * that day, so a day asked for the first time reads only the states while the plan is unchanged.
   */
  private readonly structures = new Map<string, Structure>();
  /** Settled days' task states, kept for past days' plans here and for earned value (CostService). */
  readonly keptStates: KeptTaskStates;
  private readonly hub: SubscriptionHub | null;
  private closed = false;
  /** Plans whose forecast is recorded or being recorded, with that write (see record). */
  private readonly recording = new WeakMap<ComputedPlan, Promise<void>>();
  private seq = 0;

  /** With `hub`, watched projects get `scheduleUpdated` (the app's subscription hub). */
  constructor(
    private readonly ds: DataSource,
    private readonly opts: { debounceMs?: number; maxProjects?: number; logger?: Logger; hub?: SubscriptionHub; clock?: Clock } = {},
  ) {
    this.hub = opts.hub ?? null;
    this.keptStates = new KeptTaskStates(opts.clock ?? systemClock);
    if (opts.hub) byHub.set(opts.hub, this);
  }

  async forViewer(actor: Actor, projectId: string): Promise<Schedule> {
    await can(actor, projectId, Permission.BOARD_READ);
    return (await this.current(projectId)).schedule;
  }

  /** The schedule as forecast at the end of a past day, from the tasks as they were then (history). */
  async asOf(actor: Actor, projectId: string, asOf: string): Promise<Schedule> {
    await can(actor, projectId, Permission.BOARD_READ);
    return (await this.pastSchedule(projectId, asOf)).schedule!;
  }

  /** The plan as it stood at the end of `asOf` with its schedule's rows (both kept with the day's plan). */
  async pastSchedule(projectId: string, asOf: string): Promise<PastPlan> {
    const plan = await this.dayPlan(projectId, asOf);
    plan.schedule ??= toSchedule(projectId, plan.then, pastResult(plan));
    return plan;
  }

  /**
   * The plan as it stood at the end of `asOf` with which tasks its schedule shows late and their
   * dates (kept with the day's plan): the schedule's late flags without making its rows.
   */
  async pastMarks(projectId: string, asOf: string): Promise<PastPlan & { marks: PastMarks }> {
    const plan = await this.dayPlan(projectId, asOf);
    plan.marks ??= dayMarks(plan);
    return plan as PastPlan & { marks: PastMarks };
  }

  /** The plan as it stood at the end of `asOf`, the engine's schedule of it, and the tasks' states then. */
  async planAsOf(projectId: string, asOf: string): Promise<[LoadedPlan, ScheduleResult, ReadonlyMap<string, PastTaskState>]> {
    const plan = await this.dayPlan(projectId, asOf);
    const result = pastResult(plan);
    return [plan.then, result, plan.past];
  }

  /**
   * The plan as it stood at the end of `asOf` (checks the day) and the tasks' states then, without
   * its schedule. A day that is over answers the same until the plan changes (its history is
   * written), so its answer is kept per plan fingerprint; today's is read afresh every time.
   */
  pastPlan(projectId: string, asOf: string): Promise<PastPlan> {
    return this.dayPlan(projectId, asOf);
  }

  private async dayPlan(projectId: string, asOf: string): Promise<DayPlan> {
    const project = await this.ds.getRepository(Project).findOne({ select: { id: true, createdAt: true }, where: { id: projectId } });
    if (!project) throw new NotFoundError('Project');
    const clock = this.opts.clock ?? systemClock;
    checkAsOf(asOf, project.createdAt, clock);
    const over = asOf < dayOf(clock.now());
    if (over) {
      // A day not kept yet of a plan whose structure is kept reads only its states: they are read
      // while the fingerprint is checked (and dropped if the plan changed since).
      const structure = this.structures.get(projectId);
      const states = structure && !this.pastPlans.has(`${projectId}|${asOf}|${structure.stamp}`) ? this.keptStates.readOnly(this.ds, projectId, endOfDay(asOf), STATE_READS) : null;
      states?.catch(() => undefined);
      const current = await planStamp(this.ds, projectId);
      const found = this.pastPlans.get(`${projectId}|${asOf}|${current}`);
      if (found) {
        // Most recently used last: the first one is the next to go.
        this.pastPlans.delete(found.key);
        this.pastPlans.set(found.key, found);
        return found;
      }
      if (structure?.stamp === current) {
        // The plan is as it was read: only the states of that day are read. History rows are
        // stamped when they are written, so a write after the stamp was read adds none before the
        // end of that day (it is over): the states are those of the structure's moment.
        this.keep(this.structures, projectId, structure, STRUCTURES);
        const past = await (states ?? this.keptStates.readOnly(this.ds, projectId, endOfDay(asOf), STATE_READS));
        return this.keepPast(dayPlan(`${projectId}|${asOf}|${current}`, structure, past, asOf));
      }
    }
    const [stamp, loaded, past] = await this.ds.transaction('REPEATABLE READ', async (m) => {
      const stamp = over ? await planStamp(m, projectId) : null;
      return [stamp, await loadPlan(m, projectId, { withArchived: true }), await this.keptStates.readOnly(m, projectId, endOfDay(asOf))] as const;
    });
    const structure: Structure = { stamp: stamp ?? '', loaded, shared: new Map() };
    const plan = dayPlan(`${projectId}|${asOf}|${stamp}`, structure, past, asOf);
    if (stamp === null) return plan;
    this.keep(this.structures, projectId, structure, STRUCTURES);
    return this.keepPast(plan);
  }

  /**
   * The plan as read now with its archived tasks, the fingerprint it was read under and what views
   * keep of it: the structure `pastPlan` makes past days' plans from, kept the same way, for a view
   * that makes a settled past day's figures from it and that day's history itself (earned value).
   * A write after the fingerprint was read adds no history row before a settled instant.
   */
  async planStructure(projectId: string): Promise<Structure> {
    const current = await planStamp(this.ds, projectId);
    const kept = this.structures.get(projectId);
    if (kept?.stamp === current) {
      this.keep(this.structures, projectId, kept, STRUCTURES);
      return kept;
    }
    const [stamp, loaded] = await this.ds.transaction('REPEATABLE READ', async (m) => [await planStamp(m, projectId), await loadPlan(m, projectId, { withArchived: true })] as const);
    const structure: Structure = { stamp, loaded, shared: new Map<string, unknown>() };
    this.keep(this.structures, projectId, structure, STRUCTURES);
    return structure;
  }

  private keepPast(plan: DayPlan): DayPlan {
    this.keep(this.pastPlans, plan.key, plan, PAST_PLANS);
    return plan;
  }

  /** Puts `value` last (most recently used) and drops the least recently used beyond `max`. */
  private keep<V>(map: Map<string, V>, key: string, value: V, max: number): void {
    map.delete(key);
    map.set(key, value);
    for (const k of map.keys()) {
      if (map.size <= max) break;
      map.delete(k);
    }
  }

  /**
   * A task's row of its project's current schedule; null for a task the schedule leaves out
   * (archived). The task was reached through a read the viewer may make, so no further check.
   * One request asking for many tasks checks the plan's fingerprint once per project.
   */
  async rowOf(actor: Actor, task: { id: string; projectId: string }): Promise<ScheduledTask | null> {
    // A task read as of a past day has that day's dates: the schedule of the plan as it stood then.
    const day = asOfDayOf(task);
    if (day) {
      let days = pastRowsOfRequest.get(actor.lookups.scope);
      if (!days) pastRowsOfRequest.set(actor.lookups.scope, (days = new Map()));
      const key = `${task.projectId}|${day}`;
      let rows = days.get(key);
      if (!rows) {
        rows = this.pastSchedule(task.projectId, day).then((p) => {
          p.memo.set('rows', (p.memo.get('rows') as ReadonlyMap<string, ScheduledTask> | undefined) ?? new Map(p.schedule!.tasks.map((t) => [t.taskId, t])));
          return p.memo.get('rows') as ReadonlyMap<string, ScheduledTask>;
        });
        days.set(key, rows);
      }
      return (await rows).get(task.id) ?? null;
    }
    let plans = plansOfRequest.get(actor.lookups.scope);
    if (!plans) plansOfRequest.set(actor.lookups.scope, (plans = new Map()));
    let plan = plans.get(task.projectId);
    if (!plan) plans.set(task.projectId, (plan = this.current(task.projectId)));
    const current = await plan;
    current.memo.rows ??= new Map(current.schedule.tasks.map((t) => [t.taskId, t]));
    return current.memo.rows.get(task.id) ?? null;
  }

  /** A task's start and finish in its project's current schedule; null for a task it leaves out. */
  async datesOf(projectId: string, taskId: string): Promise<{ start: string; finish: string } | null> {
    const plan = await this.current(projectId);
    plan.memo.rows ??= new Map(plan.schedule.tasks.map((t) => [t.taskId, t]));
    const row = plan.memo.rows.get(taskId);
    return row ? { start: row.start, finish: row.finish } : null;
  }

  /** The project's schedule: the cached one while the plan's fingerprint is unchanged. */
  async current(projectId: string): Promise<ComputedPlan> {
    const entry = this.entry(projectId);
    const stamp = await planStamp(this.ds, projectId);
    if (entry.current?.stamp === stamp) return entry.current;
    const running = entry.computing;
    if (running) {
      const plan = await running;
      if (plan.stamp === stamp) return plan;
    }
    const promise = this.compute(projectId).then(
      (plan) => {
        if (entry.computing === promise) entry.computing = null;
        if (!entry.current || entry.current.seq < plan.seq) entry.current = plan;
        return plan;
      },
      (err: unknown) => {
        if (entry.computing === promise) entry.computing = null;
        throw err;
      },
    );
    entry.computing = promise;
    return promise;
  }

  /**
   * Every committed domain event, from the event relay (on each instance, in commit order): a
   * change to a watched project recomputes its schedule.
   */
  onEvent(e: DomainEvent): void {
    if (!INVALIDATING.has(e.type) || !('projectId' in e)) return;
    const entry = this.entries.get(e.projectId);
    if (!entry?.watched) return;
    if (e.change !== undefined) entry.changes.set(e.change, e.actorId ?? null);
    if (e.type === 'task' && e.action === 'UPDATED') for (const id of e.ids) entry.patch.add(id);
    else entry.reload = true;
    this.invalidate(e.projectId);
  }

  /** Starts live updates of a project for its `scheduleUpdated` subscribers. */
  track(projectId: string): void {
    const entry = this.entry(projectId);
    entry.watched = true;
    // The first update is a difference from the schedule as it is now.
    void this.current(projectId)
      .then((plan) => {
        entry.published ??= plan;
      })
      .catch(() => undefined);
  }

  /** A change was committed: recompute and send the moves, or stop listening when nobody watches. */
  invalidate(projectId: string): void {
    const entry = this.entries.get(projectId);
    if (!entry || this.closed) return;
    if (!this.hub?.watching(SCHEDULE_TOPIC, projectId)) {
      entry.watched = false;
      entry.published = null;
      if (entry.current) entry.current.memo.engine = null;
      return;
    }
    // One computation at a time per project; what arrives meanwhile is taken by the next one.
    if (entry.timer || entry.running) return;
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void this.publishMoves(projectId, entry);
    }, this.opts.debounceMs ?? 5);
  }

  private async publishMoves(projectId: string, entry: Entry): Promise<void> {
    if (this.closed || !this.ds.isInitialized) return;
    entry.running = true;
    try {
      const before = entry.published;
      const changes = entry.changes;
      entry.changes = new Map();
      const after = await this.recompute(projectId, entry);
      entry.published = after;
      const update = diff(projectId, before, after);
      if (update) {
        update.changeNumbers = [...changes.keys()].sort((a, b) => a - b);
        update.actorIds = [...new Set([...changes.values()].filter((a): a is string => !!a))];
        this.hub?.publish(SCHEDULE_TOPIC, projectId, update);
      }
    } catch (err) {
      // A plan the engine refuses (e.g. a cycle through summary links) has no schedule to send.
      this.opts.logger?.warn('schedule recompute failed', { projectId, err: String(err) });
    } finally {
      entry.running = false;
      if (entry.patch.size || entry.reload || entry.changes.size) this.invalidate(projectId);
    }
  }

  /**
   * The schedule after the changes announced since the last computation. When only scheduling
   * fields of some tasks changed (a duration, a constraint, progress), the tasks the events name
   * are read again by id and patched into the plan in memory, and the schedule is updated from
   * the one before (only what the change can reach is recomputed, see rescheduleTasks), instead
   * of reading and scheduling the whole plan: no query here reads more than the changed rows.
   * The rows are read with the plan's version in one snapshot; the patched plan takes that version
   * as its fingerprint when every plan write since the one patched was an update of tasks (the
   * layout version is not newer) and the last of them wrote one of the rows read (its transaction is
   * their newest row version): events arrive in commit order, so the ones before it are in. A
   * write whose event has not arrived yet makes readers' fingerprint differ and they read the plan
   * whole, as before; its event patches it in here. Anything else (structure, links, calendars, a
   * task added or removed, a burst of more than PATCH_LIMIT tasks) reads the whole plan.
   */
  private async recompute(projectId: string, entry: Entry): Promise<ComputedPlan> {
    const ids = [...entry.patch];
    const tasksOnly = ids.length > 0 && ids.length <= PATCH_LIMIT && !entry.reload;
    entry.patch = new Set();
    entry.reload = false;
    const base = entry.current;
    if (!tasksOnly || !base) return this.current(projectId);
    const seq = ++this.seq;
    base.memo.index ??= new Map(base.doc.tasks.map((t, i) => [t.id, i]));
    const index = base.memo.index;
    const [patched, version] = await this.ds.transaction('REPEATABLE READ', async (m) => [await patchPlanTasks(m, base, index, ids), await planVersion(m, projectId)] as const);
    if (!patched || !version) return this.current(projectId);
    const before = stampParts(base.stamp);
    const now = stampParts(version.stamp);
    const onlyTasks = before && now && now.rest === before.rest && version.layout <= before.version && (now.version === before.version || version.writer === patched.newestVersion);
    if (!onlyTasks) return this.current(projectId);
    const stamp = version.stamp;
    const { loaded } = patched;
    const plan = rescheduled(projectId, base, loaded, ids, stamp, seq) ?? computedPlan(projectId, loaded, stamp, seq, { index: base.memo.index }, true);
    if (!entry.current || entry.current.seq < plan.seq) entry.current = plan;
    void this.record([plan]);
    return plan;
  }

  private entry(projectId: string): Entry {
    let entry = this.entries.get(projectId);
    if (entry) {
      // Most recently used last: the Map's order is the eviction order.
      this.entries.delete(projectId);
      this.entries.set(projectId, entry);
      entry.usedAt = Date.now();
      return entry;
    }
    entry = { current: null, published: null, computing: null, timer: null, watched: false, changes: new Map(), patch: new Set(), reload: false, running: false, usedAt: Date.now() };
    this.entries.set(projectId, entry);
    this.evict();
    return entry;
  }

  /** Drops the least recently used schedules beyond the limit, and idle ones, unless someone watches them. */
  private evict(): void {
    const max = this.opts.maxProjects ?? 200;
    const idleBefore = Date.now() - IDLE_MS;
    for (const [projectId, entry] of this.entries) {
      if (this.entries.size <= max && entry.usedAt >= idleBefore) break;
      if (this.hub?.watching(SCHEDULE_TOPIC, projectId)) continue;
      this.drop(projectId, entry);
    }
  }

  private drop(projectId: string, entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    this.entries.delete(projectId);
  }

  private async compute(projectId: string): Promise<ComputedPlan> {
    const seq = ++this.seq;
    // One snapshot: the rows and their fingerprint as of the same moment.
    const [loaded, stamp] = await this.ds.transaction('REPEATABLE READ', async (m) => {
      const stamp = await planStamp(m, projectId);
      return [await loadPlan(m, projectId), stamp] as const;
    });
    // What the engine computed with is kept only where changes will be applied to it (tens of MB at 100k tasks).
    const plan = computedPlan(projectId, loaded, stamp, seq, {}, this.entries.get(projectId)?.watched ?? false);
    // Recorded on the side: the reader does not wait for it (ScheduleService.forecasts records what it finds missing).
    void this.record([plan]);
    return plan;
  }

  /**
   * Records the plans' forecasts with their fingerprints (one statement). A failure is logged, not
   * thrown: the record is only a shortcut, a missing or stale one is computed again by its reader.
   */
  private record(plans: ComputedPlan[]): Promise<void> {
    if (!plans.length || this.closed || !this.ds.isInitialized) return Promise.resolve();
    const rows = plans.map((p) => ({ project_id: p.schedule.projectId, stamp: p.stamp, ...forecastOf(p) }));
    const write = this.ds
      .query(
        `INSERT INTO schedule_forecasts AS f (project_id, stamp, finish, milestones, computed_at)
         SELECT r.project_id, r.stamp, r.finish, r.milestones, now()
           FROM jsonb_to_recordset($1::jsonb) AS r(project_id uuid, stamp text, finish text, milestones jsonb)
          WHERE EXISTS (SELECT 1 FROM projects p WHERE p.id = r.project_id)
         ON CONFLICT (project_id) DO UPDATE SET stamp = excluded.stamp, finish = excluded.finish, milestones = excluded.milestones, computed_at = excluded.computed_at`,
        [JSON.stringify(rows)],
      )
      .then(
        () => undefined,
        (err: unknown) => {
          for (const p of plans) this.recording.delete(p);
          this.opts.logger?.warn('schedule forecast not recorded', { err: String(err) });
        },
      );
    for (const p of plans) this.recording.set(p, write);
    return write;
  }

  /**
   * The forecasts of many projects from their computed schedules (the dates the Gantt shows): the
   * recorded ones whose plan fingerprint is still the plan's, read in one statement; the others
   * (never computed, or the plan changed since) are taken from a kept schedule of the same
   * fingerprint, else their plans are read together (a few statements for any number of them, in one
   * snapshot with their fingerprints, FORECAST_BATCH projects at a time), scheduled and kept like
   * any computed schedule, and recorded in one more statement. A project whose plan the engine
   * refuses (a cycle) has none.
   */
  async forecasts(projectIds: readonly string[]): Promise<Map<string, ScheduleForecast>> {
    const out = new Map<string, ScheduleForecast>();
    if (!projectIds.length) return out;
    const rows: { id: string; stamp: string; recorded: string | null; finish: string | null; milestones: Record<string, string> | null }[] = await this.ds.query(
      `WITH s AS (${PLAN_STAMPS_SQL})
       SELECT s.id, s.stamp, f.stamp AS recorded, f.finish, f.milestones FROM s LEFT JOIN schedule_forecasts f ON f.project_id = s.id`,
      [[...projectIds]],
    );
    const plans: ComputedPlan[] = [];
    const stale: string[] = [];
    for (const r of rows) {
      if (r.recorded === r.stamp && r.finish !== null) out.set(r.id, { finish: r.finish, milestones: r.milestones ?? {} });
      else {
        const kept = this.entries.get(r.id)?.current;
        if (kept?.stamp === r.stamp) plans.push(kept);
        else stale.push(r.id);
      }
    }
    for (let i = 0; i < stale.length; i += FORECAST_BATCH) plans.push(...(await this.computeMany(stale.slice(i, i + FORECAST_BATCH))));
    for (const plan of plans) out.set(plan.schedule.projectId, forecastOf(plan));
    // Plans computed here are being recorded; one found kept whose record was lost is recorded now.
    await Promise.all([this.record(plans.filter((p) => !this.recording.has(p))), ...plans.map((p) => this.recording.get(p))]);
    return out;
  }

  /**
   * Schedules many projects from their plans read together in one snapshot with their fingerprints
   * (see loadPlans), keeps each as its project's current schedule unless a newer one is there, and
   * records nothing (the caller does, in one statement). A plan the engine refuses is left out.
   * The plans are read as they stood at one moment; a write after it makes its project's stamp differ,
   * and the next reader schedules it again.
   */
  private async computeMany(projectIds: string[]): Promise<ComputedPlan[]> {
    const [stamps, loaded] = await this.ds.transaction('REPEATABLE READ', async (m) => [await planStamps(m, projectIds), await loadPlans(m, projectIds)] as const);
    const out: ComputedPlan[] = [];
    for (const [id, plan] of loaded) {
      const stamp = stamps.get(id);
      if (!stamp) continue;
      // Other requests are served between two projects' computations.
      if (out.length) await new Promise((resolve) => setImmediate(resolve));
      const seq = ++this.seq;
      let computed: ComputedPlan;
      try {
        computed = computedPlan(id, plan, stamp, seq, {}, false);
      } catch {
        continue;
      }
      const entry = this.entry(id);
      if (!entry.current || entry.current.seq < computed.seq) entry.current = computed;
      out.push(computed);
    }
    return out;
  }

  /** Sets a task's constraint, deadline, actual dates or calendar. */
  async updateTask(actor: Actor, input: TaskScheduleUpdateInput): Promise<Task> {
    const grant = await authorizeEntity(actor, 'task', input.id, Permission.TASK_UPDATE);
    const wanted = normaliseScheduleInput(input);
    return this.ds.transaction(async (m) => {
      // The project lock before the task's row (see rollUpAncestors and lock-order.int.spec.ts): actual
      // dates can finish or reopen the task, which its summaries roll up, and any plan write bumps the
      // project's plan version, which a roll-up holding that lock may be waiting to pass.
      const progressSent = input.actualStart !== undefined || input.actualFinish !== undefined;
      await lockProject(m, grant.projectId);
      const repo = m.getRepository(Task);
      const current = await lockVersioned(m, Task, { id: input.id }, input.version, 'Task', (t) => !!t.archivedAt);
      const before = pickSchedule(current);
      const after = { ...before, ...wanted };
      if (after.constraintType === ConstraintType.ASAP || after.constraintType === ConstraintType.ALAP) after.constraintDate = null;
      else if (!after.constraintDate) {
        throw new BadUserInputError(`A ${after.constraintType} constraint needs a constraintDate`, 'input.constraintDate');
      }
      if (after.actualFinish && !after.actualStart) throw new BadUserInputError('A task with an actual finish needs an actual start', 'input.actualStart');
      if (after.actualFinish && after.actualStart && after.actualFinish < after.actualStart) {
        throw new BadUserInputError('Actual finish must not be before actual start', 'input.actualFinish');
      }
      if (after.calendarId && after.calendarId !== before.calendarId) {
        const cal = isUuid(after.calendarId) ? await m.getRepository(WorkCalendar).findOneBy({ id: after.calendarId, projectId: current.projectId }) : null;
        if (!cal) throw new BadUserInputError('No such calendar in this project', 'input.calendarId');
      }
      // Status, percent and actual dates stay consistent: an actual finish completes the task, an actual start starts it.
      const progress = await reconcileTaskProgress(
        m,
        current,
        { statusId: current.statusId, percentComplete: current.percentComplete, actualStart: before.actualStart, actualFinish: before.actualFinish },
        { statusId: current.statusId, percentComplete: current.percentComplete, actualStart: after.actualStart, actualFinish: after.actualFinish },
        (projectId, taskId) => this.datesOf(projectId, taskId),
        { actualStart: input.actualStart !== undefined, actualFinish: input.actualFinish !== undefined },
      );
      Object.assign(after, progress);
      const fields = Object.keys(after) as (keyof typeof after)[];
      const changes = oneConstraintChange(fieldChanges(before, after, fields, { entityType: 'task', entityId: current.id, taskId: current.id }), before, after);
      if (changes.length === 0) return current;
      const saved = await repo.save(repo.merge(current, { ...after, version: current.version + 1 }));
      await recordActivity(m, current.projectId, grant.userId, changes);
      await publishInTransaction(m, { type: 'task', projectId: current.projectId, action: 'UPDATED', ids: [current.id] });
      if (progressSent && (after.percentComplete !== before.percentComplete || after.statusId !== before.statusId)) await rollUpAncestors(m, current.projectId, [current.id]);
      return saved;
    });
  }

  close(): void {
    this.closed = true;
    for (const [projectId, entry] of this.entries) this.drop(projectId, entry);
  }
}

type ScheduleFields = Pick<Task, 'constraintType' | 'constraintDate' | 'deadline' | 'actualStart' | 'actualFinish' | 'calendarId' | 'percentComplete' | 'statusId'>;

/**
 * A constraint is its type and its date together ("start no earlier than 11 Jan"): the history
 * keeps them as one change so its line can say both.
 */
function oneConstraintChange(changes: Change[], before: ScheduleFields, after: ScheduleFields): Change[] {
  const touched = changes.filter((c) => c.field === 'constraintType' || c.field === 'constraintDate');
  if (!touched.length) return changes;
  const constraint: Change = {
    ...touched[0],
    field: 'constraint',
    oldValue: { type: before.constraintType, date: before.constraintDate },
    newValue: { type: after.constraintType, date: after.constraintDate },
  };
  return [...changes.filter((c) => !touched.includes(c)), constraint];
}

function pickSchedule(t: Task): ScheduleFields {
  return {
    constraintType: t.constraintType,
    constraintDate: t.constraintDate,
    deadline: t.deadline,
    actualStart: t.actualStart,
    actualFinish: t.actualFinish,
    calendarId: t.calendarId,
    percentComplete: t.percentComplete,
    statusId: t.statusId,
  };
}

/** Only the fields the input sets (undefined = keep), dates normalised; format errors name the field. */
function normaliseScheduleInput(input: TaskScheduleUpdateInput): Partial<ScheduleFields> {
  const out: Partial<ScheduleFields> = {};
  const date = (v: string | null | undefined, field: string, bare: 'start' | 'end') =>
    v === undefined ? undefined : v === null ? null : checkDayTime(v, `input.${field}`, bare);
  if (input.constraintType !== undefined) out.constraintType = input.constraintType ?? ConstraintType.ASAP;
  const cd = date(input.constraintDate, 'constraintDate', 'start');
  if (cd !== undefined) out.constraintDate = cd;
  const dl = date(input.deadline, 'deadline', 'end');
  if (dl !== undefined) out.deadline = dl;
  const as = date(input.actualStart, 'actualStart', 'start');
  if (as !== undefined) out.actualStart = as;
  const af = date(input.actualFinish, 'actualFinish', 'end');
  if (af !== undefined) out.actualFinish = af;
  if (input.calendarId !== undefined) out.calendarId = input.calendarId;
  return out;
}

/** Runs the engine; a plan it cannot schedule is the user's to fix, so it says what and where. */
export function runEngine(doc: PlanDocument): ScheduleResult {
  return runEngineKeepingState(doc).result;
}

/** runEngine, with what the engine computed the schedule with (null when resources' calendars had to be ignored). */
function runEngineKeepingState(doc: PlanDocument): { result: ScheduleResult; state: ScheduleState | null } {
  return scheduleKeepingState(planInput(doc), doc.tasks);
}

/** runEngine on a plan's input made already (`input`'s tasks are the plan's tasks it names in errors). */
function scheduleInput(input: PlanInput): ScheduleResult {
  return scheduleKeepingState(input, input.tasks).result;
}

function scheduleKeepingState(input: PlanInput, tasks: readonly { id: string; name?: string | null }[]): { result: ScheduleResult; state: ScheduleState | null } {
  try {
    return scheduleOnResourceCalendars(input);
  } catch (err) {
    if (err instanceof CycleError) {
      const names = new Map(tasks.map((t) => [t.id, t.name]));
      throw new BadUserInputError(`The links form a cycle: ${err.taskIds.map((id) => names.get(id) ?? id).join(' → ')}`, 'schedule', { cycle: err.taskIds });
    }
    if (err instanceof PlanInputError) throw new BadUserInputError(`The plan cannot be scheduled: ${err.message}`, err.field);
    throw err;
  }
}

/**
 * Schedules work on its resources' calendars; a task whose resources never work within its own
 * calendar is scheduled on its own calendar instead, with a warning naming it, so one such
 * assignment never stops the whole plan from being scheduled.
 */
function scheduleOnResourceCalendars(input: PlanInput): { result: ScheduleResult; state: ScheduleState | null } {
  const ignored: ScheduleResult['warnings'] = [];
  for (let attempt = 0; ; attempt++) {
    try {
      const { result, state } = scheduleWithState(input);
      return ignored.length ? { result: { ...result, warnings: [...result.warnings, ...ignored] }, state: null } : { result, state };
    } catch (err) {
      const at = err instanceof PlanInputError ? /^tasks\[(\d+)\]\.resourceCalendarIds/.exec(err.field) : null;
      const task = at ? input.tasks[Number(at[1])] : undefined;
      if (!task?.resourceCalendarIds || attempt >= input.tasks.length) throw err;
      task.resourceCalendarIds = null;
      ignored.push({ taskId: task.id, code: 'RESOURCE_CALENDARS_IGNORED', message: `${task.name ?? 'A task'}: its resources never work within its calendar, so it is scheduled on its own calendar` });
    }
  }
}

/** A plan scheduled whole. */
function computedPlan(projectId: string, loaded: LoadedPlan, stamp: string, seq: number, memo: ComputedPlan['memo'], keepEngine: boolean): ComputedPlan {
  const { result, state } = runEngineKeepingState(loaded.doc);
  return { ...loaded, result, schedule: toSchedule(projectId, loaded, result), stamp, seq, memo: { ...memo, engine: keepEngine ? state : null } };
}

/**
 * The plan `base` with the scheduling fields of tasks `ids` read again (`loaded`), scheduled from
 * base's schedule (rescheduleTasks): only the rows that change are made again. Null when the
 * engine does not cover the change (a task's calendar, a lag in percent of a changed duration...)
 * or nothing was kept to start from: the caller schedules the plan whole.
 */
function rescheduled(projectId: string, base: ComputedPlan, loaded: LoadedPlan, ids: string[], stamp: string, seq: number): ComputedPlan | null {
  const state = base.memo.engine;
  const docIndex = base.memo.index;
  if (!state || state.spent || !docIndex) return null;
  const inputIndex = (base.memo.inputIndex ??= new Map(state.result.tasks.map((t, i) => [t.id, i])));
  const changes: TaskChange[] = [];
  for (const id of ids) {
    const index = inputIndex.get(id);
    const at = docIndex.get(id);
    if (index === undefined || at === undefined) return null;
    // Assignments did not change (the patch only covers task rows): the resources' calendars stay.
    const before = state.model.tasks[state.model.nodeOf[index]!];
    changes.push({ index, task: planTask(loaded.doc.tasks[at]!, before?.resourceCalendarIds ?? null) });
  }
  const next = rescheduleTasks(state, changes);
  if (!next) return null;
  const result = next.state.result;
  const old = base.schedule;
  const changedTask = new Set(changes.map((c) => c.index));
  const statusInstant = loaded.doc.project.statusDate ?? null;
  const tasks = old.tasks.slice();
  for (const i of next.changedRows) {
    const row = old.tasks[i]!;
    const { complete } = row;
    let { levelingDelayDays, deadline } = row;
    if (changedTask.has(i)) {
      const t = loaded.doc.tasks[docIndex.get(row.taskId)!]!;
      levelingDelayDays = t.levelingDelayDays ?? 0;
      deadline = t.deadline ?? null;
      // A summary's completion is its tasks'; a task's own changing completion changes its summaries': read them all again.
      if (!row.summary && complete !== (t.actualFinish != null || (t.percentComplete ?? 0) >= 100)) {
        const delays = new Map(loaded.doc.tasks.map((d) => [d.id, d.levelingDelayDays ?? 0]));
        return { ...loaded, result, schedule: { ...old, finish: result.finish, tasks: scheduledTasks(loaded, result, delays), ...pathsAndWarnings(result) }, stamp, seq, memo: { index: docIndex, engine: next.state, inputIndex } };
      }
    }
    tasks[i] = scheduledTask(result.tasks[i]!, levelingDelayDays, deadline, complete, statusInstant);
  }
  const schedule: Schedule = { ...old, finish: result.finish, tasks, ...pathsAndWarnings(result) };
  return { ...loaded, result, schedule, stamp, seq, memo: { index: docIndex, engine: next.state, inputIndex, changedRows: { seq: base.seq, rows: next.changedRows } } };
}

function pathsAndWarnings(result: ScheduleResult): Pick<Schedule, 'criticalPath' | 'criticalPaths' | 'warnings'> {
  const paths = result.criticalPaths;
  return {
    criticalPath: paths.reduce<string[]>((longest, p) => (p.length > longest.length ? p : longest), []),
    criticalPaths: paths,
    warnings: result.warnings.map((w) => ({ taskId: w.taskId || null, code: w.code, message: w.message })),
  };
}

export function toSchedule(projectId: string, loaded: LoadedPlan, result: ScheduleResult): Schedule {
  const delays = new Map(loaded.doc.tasks.map((t) => [t.id, t.levelingDelayDays ?? 0]));
  return {
    projectId,
    start: result.start,
    finish: result.finish,
    statusDate: loaded.doc.project.statusDate ? statusDay(loaded.doc.project.statusDate) : null,
    calendarId: loaded.settings.calendarId,
    tasks: scheduledTasks(loaded, result, delays),
    ...pathsAndWarnings(result),
  };
}

/** The rows of a schedule, with what "complete" and "late" are judged from (summaries roll up their tasks). */
function scheduledTasks(loaded: LoadedPlan, result: ScheduleResult, delays: Map<string, number>): ScheduledTask[] {
  const statusInstant = loaded.doc.project.statusDate ?? null;
  const input = new Map(loaded.doc.tasks.map((t) => [t.id, t]));
  const done = new Map<string, boolean>();
  for (const t of loaded.doc.tasks) done.set(t.id, t.actualFinish != null || (t.percentComplete ?? 0) >= 100);
  // A summary is complete when every task under it is (children come after their parent in outline order).
  const parents = new Set(loaded.doc.tasks.map((t) => t.parentId).filter((id): id is string => !!id));
  const open = new Set<string>();
  for (const t of [...loaded.doc.tasks].reverse()) {
    if (parents.has(t.id)) done.set(t.id, !open.has(t.id));
    if (!done.get(t.id) && t.parentId) open.add(t.parentId);
  }
  return result.tasks.map((t) => scheduledTask(t, delays.get(t.id) ?? 0, input.get(t.id)?.deadline ?? null, done.get(t.id) ?? false, statusInstant));
}

function scheduledTask(t: EngineTask, levelingDelayDays: number, deadline: string | null, complete: boolean, statusInstant: string | null): ScheduledTask {
  return Object.assign(new ScheduledTask(), {
    taskId: t.id,
    start: t.start,
    finish: t.finish,
    earlyStart: t.earlyStart,
    earlyFinish: t.earlyFinish,
    lateStart: t.lateStart,
    lateFinish: t.lateFinish,
    durationDays: t.durationDays,
    totalFloatDays: t.totalFloatDays,
    freeFloatDays: t.freeFloatDays,
    critical: t.critical,
    summary: t.summary,
    milestone: t.milestone,
    levelingDelayDays,
    deadline,
    complete,
    statusInstant,
  });
}

/** What changed between two schedules of a project, or null when nothing a viewer sees did. */
export function diff(projectId: string, before: ComputedPlan | null, after: ComputedPlan): ScheduleUpdate | null {
  const differs = (o: ScheduledTask | undefined, t: ScheduledTask) => !o || SCHEDULED_FIELDS.some((f) => o[f] !== t[f]);
  let moved: ScheduledTask[];
  let removed: string[] = [];
  const changed = after.memo.changedRows;
  if (before && changed?.seq === before.seq) {
    // `after` was made from `before` by remaking some rows: only those can differ.
    moved = changed.rows.map((i) => after.schedule.tasks[i]!).filter((t, k) => differs(before.schedule.tasks[changed.rows[k]!], t));
  } else {
    const old = new Map((before?.schedule.tasks ?? []).map((t) => [t.taskId, t]));
    moved = after.schedule.tasks.filter((t) => differs(old.get(t.taskId), t));
    const live = new Set(after.schedule.tasks.map((t) => t.taskId));
    removed = [...old.keys()].filter((id) => !live.has(id));
  }
  const pathChanged = before?.schedule.criticalPath.join() !== after.schedule.criticalPath.join();
  const edgesChanged = before?.schedule.finish !== after.schedule.finish || before?.schedule.start !== after.schedule.start;
  if (!moved.length && !removed.length && !pathChanged && !edgesChanged) return null;
  return {
    projectId,
    start: after.schedule.start,
    finish: after.schedule.finish,
    tasks: moved,
    removedTaskIds: removed,
    criticalPath: after.schedule.criticalPath,
    changeNumbers: [],
    actorIds: [],
  };
}

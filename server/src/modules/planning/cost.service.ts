import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission, isUuid } from '../../common/access.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { publishInTransaction } from '../../common/events.js';
import { ProjectRole } from '../project/index.js';

import { Baseline } from './baseline.entity.js';
import { CostEntry } from './cost-entry.entity.js';
import { earnedValueOf } from './engine.js';
import { checkDay } from '../../common/date-range.js';
import { loadBaseline, loadCostEntries } from './plan-loader.js';
import { RecordedHistory, keep, progressAsOf, progressPlanAsOf, taskSetKey, type TaskSet } from './history.js';
import { Project } from '../project/index.js';
import { checkAsOf, endOfDay } from '../../common/as-of.js';
import { dayOf, type Clock } from '../../common/clock.js';
import { EarnedValueKept, seriesInstants, seriesPeriodEnds } from '../../planning/evm.js';
import type { PlanDocument } from '../../planning/plan-document.js';
import { PlanPart, UsagePeriod } from './planning.enums.js';
import type { CostEntryCreateInput } from './planning.inputs.js';
import type { EarnedValue } from './planning.types.js';
import type { ScheduleService } from './schedule.service.js';

/** Past days' earned value answers kept (each holds its day's measure: a few megabytes at 10,000 tasks). */
const KEPT_ANSWERS = 6;
/** Statements the tasks' progress of a past day is read in at once (see progressAsOf). */
const PROGRESS_READS = 2;

/** Baselines kept in memory (a 10,000-task baseline is about a megabyte). */
const KEPT_BASELINES = 8;

/** Actual cost: time and money recorded against tasks, and the earned value computed from it. */
export class CostService {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ScheduleService,
    private readonly clock: Clock,
  ) {
    this.recorded = new RecordedHistory(clock);
  }

  /** The recorded S-curve sums and past days' cost entries that are settled (never change). */
  private readonly recorded: RecordedHistory;

  /**
   * Earned value answers of settled past days by project, day, baseline and period, with the plan
   * fingerprint each was measured under, least recently used first: each answers the same while the
   * plan is unchanged (a plan changed since is measured again and replaces it).
   */
  private readonly answers = new Map<string, { stamp: string; answer: EarnedValue }>();

  /** Baselines read, least recently used first: what a baseline captured never changes (it is made in one transaction and only ever deleted). */
  private readonly baselines = new Map<string, PlanDocument['baselines'][number]>();

  /** A baseline of the project with its tasks; null when there is none such (any more). */
  private async baseline(projectId: string, id: string): Promise<PlanDocument['baselines'][number] | null> {
    // Whether it is still there (and this project's) is read every time.
    if (!(await this.ds.getRepository(Baseline).exists({ where: { id, projectId } }))) {
      this.baselines.delete(id);
      return null;
    }
    const kept = this.baselines.get(id);
    if (kept) {
      this.baselines.delete(id);
      this.baselines.set(id, kept);
      return kept;
    }
    const loaded = await loadBaseline(this.ds, projectId, id);
    if (loaded) {
      this.baselines.set(id, loaded);
      for (const key of this.baselines.keys()) {
        if (this.baselines.size <= KEPT_BASELINES) break;
        this.baselines.delete(key);
      }
    }
    return loaded;
  }

  async list(actor: Actor, projectId: string, taskId: string | null): Promise<CostEntry[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    if (taskId && !isUuid(taskId)) return [];
    return this.ds.getRepository(CostEntry).find({
      where: taskId ? { projectId, taskId } : { projectId },
      order: { date: 'DESC', createdAt: 'DESC' },
    });
  }

  async create(actor: Actor, input: CostEntryCreateInput): Promise<CostEntry> {
    const grant = await authorizeEntity(actor, 'task', input.taskId, Permission.TASK_UPDATE, 'input.taskId');
    const task = { id: input.taskId, projectId: grant.projectId };
    checkDay(input.date, 'input.date');
    if (!Number.isFinite(input.amount) || input.amount < 0 || input.amount >= 1e12) throw new BadUserInputError('The amount must be zero or more', 'input.amount');
    const hours = input.hours ?? null;
    if (hours !== null && (!Number.isFinite(hours) || hours < 0 || hours > 24)) throw new BadUserInputError('Hours in one day are 0 to 24', 'input.hours');
    const note = (input.note ?? '').trim();
    if (note.length > 2000) throw new BadUserInputError('The note must be at most 2,000 characters', 'input.note');
    return this.ds.transaction(async (m) => {
      const live: unknown[] = await m.query('SELECT 1 FROM tasks WHERE id = $1 AND archived_at IS NULL', [task.id]);
      if (!live.length) throw new NotFoundError('Task', 'input.taskId');
      const repo = m.getRepository(CostEntry);
      const entry = await repo.save(repo.create({ projectId: task.projectId, taskId: task.id, date: input.date, hours, amount: input.amount, note, userId: grant.userId }));
      await recordActivity(m, task.projectId, grant.userId, [
        { entityType: 'cost_entry', entityId: entry.id, taskId: task.id, action: ActivityAction.CREATED, newValue: { date: input.date, amount: input.amount, hours } },
      ]);
      await publishInTransaction(m, { type: 'plan', projectId: task.projectId, part: PlanPart.COSTS });
      return entry;
    });
  }

  async remove(actor: Actor, id: string): Promise<CostEntry> {
    const grant = await authorizeEntity(actor, 'costEntry', id, Permission.TASK_UPDATE);
    const entry = await this.ds.getRepository(CostEntry).findOneBy({ id });
    if (!entry) throw new NotFoundError('Cost entry');
    if (grant.role === ProjectRole.MEMBER && entry.userId !== grant.userId) {
      throw new ForbiddenError('Members can delete only the entries they recorded; ask a manager');
    }
    return this.ds.transaction(async (m) => {
      await m.getRepository(CostEntry).delete({ id: entry.id });
      await recordActivity(m, entry.projectId, grant.userId, [
        { entityType: 'cost_entry', entityId: entry.id, taskId: entry.taskId, action: ActivityAction.DELETED, oldValue: { date: entry.date, amount: entry.amount } },
      ]);
      await publishInTransaction(m, { type: 'plan', projectId: entry.projectId, part: PlanPart.COSTS });
      return entry;
    });
  }

  /**
   * Earned value at the status date, its S-curve from recorded progress; with `asOf`, the plan as it
   * stood at the end of that day, measured at that day.
   */
  async earnedValue(actor: Actor, projectId: string, statusDate: string | null, baselineId: string | null, period: UsagePeriod, asOf: string | null = null): Promise<EarnedValue> {
    await can(actor, projectId, Permission.PROJECT_READ);
    if (asOf !== null) {
      const project = await this.ds.getRepository(Project).findOne({ select: { id: true, createdAt: true }, where: { id: projectId } });
      if (!project) throw new NotFoundError('Project');
      checkAsOf(asOf, project.createdAt, this.clock);
      if (statusDate !== null && statusDate !== asOf) throw new BadUserInputError('As of a past day, earned value is measured at that day: leave statusDate out or give the same day', 'statusDate');
    } else if (statusDate === null) {
      throw new BadUserInputError('Earned value needs a status date (or asOf)', 'statusDate');
    } else checkDay(statusDate, 'statusDate');
    const day = asOf ?? statusDate!;
    let id = baselineId;
    if (!id) {
      const newest = await this.ds.getRepository(Baseline).findOne({ select: { id: true }, where: { projectId }, order: { createdAt: 'DESC', id: 'DESC' } });
      if (!newest) throw new BadUserInputError('Earned value measures against a baseline: save one first', 'baselineId');
      id = newest.id;
    }
    if (!isUuid(id)) throw new NotFoundError('Baseline');
    let doc: PlanDocument;
    let baseline: Awaited<ReturnType<typeof loadBaseline>>;
    /** Where the answer is kept: a settled past day answers the same while its plan is the same. */
    let answerKey: { key: string; stamp: string } | null = null;
    /** What the measures of every past day of this plan structure against this baseline share. */
    let measured: EarnedValueKept | undefined;
    /** For a settled day, the plan structure's tasks and what names their set (see TaskSet). */
    let universe: { tasks: readonly { id: string }[]; key: string } | null = null;
    if (asOf !== null && this.recorded.settled(endOfDay(asOf))) {
      const at = endOfDay(asOf);
      // A settled day: the plan as it is now (kept per fingerprint by the schedule service) with the
      // tasks' progress of that day, its cost entries and recorded progress, which never change.
      // A day not answered yet reads its tasks' progress while the plan's fingerprint is checked,
      // in two statements at once (dropped if the answer turns out to be kept).
      const dayKey = `${projectId}|${asOf}|${id}|${period}`;
      const progress = this.answers.has(dayKey) ? null : progressAsOf(this.ds, projectId, at, PROGRESS_READS, this.schedules.keptStates);
      progress?.catch(() => undefined);
      const [found, structure] = await Promise.all([this.baseline(projectId, id), this.schedules.planStructure(projectId)]);
      if (!found) throw new NotFoundError('Baseline');
      baseline = found;
      answerKey = { key: dayKey, stamp: structure.stamp };
      const kept = this.answers.get(dayKey);
      if (kept?.stamp === structure.stamp) {
        keep(this.answers, dayKey, kept, KEPT_ANSWERS);
        return kept.answer;
      }
      // The day's cost entries come from the ledger kept in memory (see RecordedHistory), only for a day not answered.
      const costEntries = await this.recorded.costEntriesAsOf(this.ds, projectId, at);
      const then = progressPlanAsOf(structure.loaded, await (progress ?? progressAsOf(this.ds, projectId, at, PROGRESS_READS, this.schedules.keptStates)), asOf);
      // Shared by every past day of this plan fingerprint (the baseline's tasks of one id never change).
      measured = structure.shared.get(`earnedValue|${id}`) as EarnedValueKept | undefined;
      if (!measured) structure.shared.set(`earnedValue|${id}`, (measured = new EarnedValueKept(baseline)));
      let key = structure.shared.get('earnedValue|tasks') as string | undefined;
      if (key === undefined) structure.shared.set('earnedValue|tasks', (key = taskSetKey(structure.loaded.doc.tasks.map((t) => t.id))));
      universe = { tasks: structure.loaded.doc.tasks, key };
      // Measured with what is kept, the baseline and cost entries are read for the plan's tasks only.
      doc = { ...then, baselines: [baseline], costEntries };
    } else if (asOf !== null) {
      // Today (or a day that ended minutes ago): the plan of that day from the schedule service, measured afresh.
      const at = endOfDay(asOf);
      const [found, pastPlan, costEntries] = await Promise.all([this.baseline(projectId, id), this.schedules.pastPlan(projectId, asOf), this.recorded.costEntriesAsOf(this.ds, projectId, at)]);
      if (!found) throw new NotFoundError('Baseline');
      baseline = found;
      const then = pastPlan.then.doc;
      const live = new Set(then.tasks.map((t) => t.id));
      doc = { ...then, baselines: [{ ...baseline, tasks: baseline.tasks.filter((t) => live.has(t.taskId)) }], costEntries: costEntries.filter((c) => live.has(c.taskId)) };
    } else {
      const [found, plan, costEntries] = await Promise.all([this.baseline(projectId, id), this.schedules.current(projectId), loadCostEntries(this.ds, projectId)]);
      if (!found) throw new NotFoundError('Baseline');
      baseline = found;
      doc = { ...plan.doc, baselines: [baseline], costEntries };
    }
    const curvePeriod = period === UsagePeriod.MONTH ? 'MONTH' : 'WEEK';
    const instants = period === UsagePeriod.DAY ? [] : seriesInstants(doc, baseline, curvePeriod, { statusDate: day }, measured);
    // Every period end up to today: those that are settled are summed once for any later day.
    const ends = period === UsagePeriod.DAY ? [] : seriesPeriodEnds(doc, baseline, curvePeriod, { statusDate: dayOf(this.clock.now()) }, measured);
    const parents = new Set<string>();
    for (const t of doc.tasks) if (t.parentId) parents.add(t.parentId);
    let leaves: TaskSet;
    let tasks: TaskSet;
    if (universe) {
      // The structure's tasks but the few not measured: those not there that day, and the summaries.
      const notLive = left(universe.tasks, doc.tasks);
      leaves = { all: universe.key, without: [...notLive, ...parents] };
      tasks = { all: universe.key, without: notLive };
    } else {
      leaves = doc.tasks.filter((t) => !parents.has(t.id)).map((t) => t.id);
      tasks = doc.tasks.map((t) => t.id);
    }
    // The database sums the recorded progress while the figures at the status date are computed.
    const recorded = this.recorded.progress(this.ds, projectId, id, leaves, tasks, instants, ends);
    const answer = await earnedValueOf(doc, day, 0, id, period, recorded, measured);
    if (answerKey) keep(this.answers, answerKey.key, { stamp: answerKey.stamp, answer }, KEPT_ANSWERS);
    return answer;
  }
}

/** The ids of `all` not in `some`, where `some` is a part of `all` in the same order (one pass, no set). */
function left(all: readonly { id: string }[], some: readonly { id: string }[]): string[] {
  const out: string[] = [];
  let j = 0;
  for (const t of all) {
    if (j < some.length && some[j]!.id === t.id) j++;
    else out.push(t.id);
  }
  return out;
}

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
import { PlanPart, type UsagePeriod } from './planning.enums.js';
import type { CostEntryCreateInput } from './planning.inputs.js';
import type { EarnedValue } from './planning.types.js';
import type { ScheduleService } from './schedule.service.js';

/** Actual cost: time and money recorded against tasks, and the earned value computed from it. */
export class CostService {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ScheduleService,
  ) {}

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

  async earnedValue(actor: Actor, projectId: string, statusDate: string, baselineId: string | null, period: UsagePeriod): Promise<EarnedValue> {
    await can(actor, projectId, Permission.PROJECT_READ);
    checkDay(statusDate, 'statusDate');
    let id = baselineId;
    if (!id) {
      const newest = await this.ds.getRepository(Baseline).findOne({ select: { id: true }, where: { projectId }, order: { createdAt: 'DESC', id: 'DESC' } });
      if (!newest) throw new BadUserInputError('Earned value measures against a baseline: save one first', 'baselineId');
      id = newest.id;
    }
    const baseline = isUuid(id) ? await loadBaseline(this.ds, projectId, id) : null;
    if (!baseline) throw new NotFoundError('Baseline');
    const [plan, costEntries] = await Promise.all([this.schedules.current(projectId), loadCostEntries(this.ds, projectId)]);
    return earnedValueOf({ ...plan.doc, baselines: [baseline], costEntries }, plan.result, statusDate, 0, id, period);
  }
}

import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission, isUuid } from '../../common/access.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { Baseline, BaselineTask } from './baseline.entity.js';
import { baselineSnapshot, varianceOf } from './engine.js';
import { loadBaseline } from './plan-loader.js';
import { PlanPart } from './planning.enums.js';
import { planningLoaders } from './planning.loaders.js';
import type { Variance } from './planning.types.js';
import type { ScheduleService } from './schedule.service.js';

/** Named snapshots of the schedule and costs, and the variance of today's plan against one. */
export class BaselineService {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ScheduleService,
  ) {}

  async list(actor: Actor, projectId: string): Promise<Baseline[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return this.ds.getRepository(Baseline).find({ where: { projectId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Task rows of a baseline the viewer could read already. */
  tasks(actor: Actor, baselineId: string): Promise<BaselineTask[]> {
    return planningLoaders(actor, this.ds).baselineTasks.load(baselineId);
  }

  async create(actor: Actor, projectId: string, name: string): Promise<Baseline> {
    const grant = await can(actor, projectId, Permission.PROJECT_UPDATE);
    const n = name.trim();
    if (!n) throw new BadUserInputError('Baseline name is required', 'name');
    if (n.length > 200) throw new BadUserInputError('Baseline name must be at most 200 characters', 'name');
    const plan = await this.schedules.current(projectId);
    const rows = baselineSnapshot(plan.doc, plan.result);
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Baseline);
      const b = await repo.save(repo.create({ projectId, name: n, createdById: grant.userId }));
      // Chunked: one statement per few thousand rows keeps the parameter count under PostgreSQL's limit.
      for (let i = 0; i < rows.length; i += 5000) {
        await m.getRepository(BaselineTask).insert(rows.slice(i, i + 5000).map((r) => ({ ...r, baselineId: b.id })));
      }
      await recordActivity(m, projectId, grant.userId, [
        { entityType: 'baseline', entityId: b.id, action: ActivityAction.CREATED, newValue: { name: n, tasks: rows.length, finish: plan.result.finish } },
      ]);
      await publishInTransaction(m, { type: 'plan', projectId, part: PlanPart.BASELINES });
      return b;
    });
  }

  async remove(actor: Actor, id: string): Promise<Baseline> {
    const grant = await authorizeEntity(actor, 'baseline', id, Permission.PROJECT_UPDATE);
    const b = await this.ds.getRepository(Baseline).findOneBy({ id });
    if (!b) throw new NotFoundError('Baseline');
    return this.ds.transaction(async (m) => {
      await m.getRepository(Baseline).delete({ id: b.id });
      await recordActivity(m, b.projectId, grant.userId, [{ entityType: 'baseline', entityId: b.id, action: ActivityAction.DELETED, oldValue: { name: b.name } }]);
      await publishInTransaction(m, { type: 'plan', projectId: b.projectId, part: PlanPart.BASELINES });
      return b;
    });
  }

  async variance(actor: Actor, projectId: string, baselineId: string): Promise<Variance> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const baseline = isUuid(baselineId) ? await loadBaseline(this.ds, projectId, baselineId) : null;
    if (!baseline) throw new NotFoundError('Baseline');
    const plan = await this.schedules.current(projectId);
    return varianceOf({ ...plan.doc, baselines: [baseline] }, plan.result, 0, baselineId);
  }
}

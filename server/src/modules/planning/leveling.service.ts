import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { publishInTransaction } from '../../common/events.js';
import { can } from '../../common/guard.js';
import { ActivityAction, type Change, recordActivity } from '../activity/index.js';
import { lockProject } from '../task/index.js';
import { levelingOutcome, overallocatedDays } from './engine.js';
import { loadPlan } from './plan-loader.js';
import { PlanPart } from './planning.enums.js';
import type { LevelingPreview } from './planning.types.js';
import { runEngine, type ScheduleService } from './schedule.service.js';

/** Resource leveling: preview, apply (store each task's leveling delay) and clear. */
export class LevelingService {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ScheduleService,
  ) {}

  async preview(actor: Actor, projectId: string): Promise<LevelingPreview> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const plan = await this.schedules.current(projectId);
    // Leveling searches thousands of schedules: one search per version of the plan.
    plan.memo.leveling ??= levelingOutcome(plan.doc, plan.result);
    return plan.memo.leveling.preview;
  }

  async apply(actor: Actor, projectId: string): Promise<LevelingPreview> {
    const grant = await can(actor, projectId, Permission.PROJECT_UPDATE);
    return this.ds.transaction(async (m) => {
      // Levels what is committed now; concurrent structure changes wait for this one.
      await lockProject(m, projectId);
      const loaded = await loadPlan(m, projectId);
      const outcome = levelingOutcome(loaded.doc, runEngine(loaded.doc));
      const target = new Map(loaded.doc.tasks.map((t) => [t.id, outcome.delays.get(t.id) ?? 0]));
      await this.store(m, projectId, grant.userId, loaded.doc.tasks, target);
      return outcome.preview;
    });
  }

  async clear(actor: Actor, projectId: string): Promise<LevelingPreview> {
    const grant = await can(actor, projectId, Permission.PROJECT_UPDATE);
    return this.ds.transaction(async (m) => {
      await lockProject(m, projectId);
      const loaded = await loadPlan(m, projectId);
      const before = runEngine(loaded.doc);
      const cleared = { ...loaded.doc, tasks: loaded.doc.tasks.map(({ levelingDelayDays: _drop, ...t }) => t) };
      const after = runEngine(cleared);
      await this.store(m, projectId, grant.userId, loaded.doc.tasks, new Map(loaded.doc.tasks.map((t) => [t.id, 0])));
      return { delays: [], finishBefore: before.finish, finishAfter: after.finish, overallocationsRemaining: overallocatedDays(cleared, after) };
    });
  }

  /** Writes the delays that differ, with one activity row per task and one task event. */
  private async store(
    m: import('typeorm').EntityManager,
    projectId: string,
    userId: string | null,
    tasks: { id: string; levelingDelayDays?: number }[],
    target: Map<string, number>,
  ): Promise<void> {
    const changed = tasks
      .map((t) => ({ id: t.id, old: t.levelingDelayDays ?? 0, next: Math.round((target.get(t.id) ?? 0) * 1e6) / 1e6 }))
      .filter((c) => c.old !== c.next);
    if (!changed.length) return;
    await m.query(
      `UPDATE tasks t SET leveling_delay_days = v.delay, version = t.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::numeric[]) AS v(id, delay) WHERE t.id = v.id`,
      [changed.map((c) => c.id), changed.map((c) => c.next)],
    );
    const changes: Change[] = changed.map((c) => ({
      entityType: 'task',
      entityId: c.id,
      taskId: c.id,
      action: ActivityAction.UPDATED,
      field: 'levelingDelayDays',
      oldValue: c.old,
      newValue: c.next,
    }));
    await recordActivity(m, projectId, userId, changes);
    await publishInTransaction(m, { type: 'task', projectId, action: 'UPDATED', ids: changed.map((c) => c.id) }, { type: 'plan', projectId, part: PlanPart.LEVELING });
  }
}

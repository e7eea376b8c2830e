import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { perRequest, type Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { rollUpAncestors } from './rollup.js';
import { TaskStatus } from './status.entity.js';
import type { StatusCreateInput, StatusUpdateInput } from './task.inputs.js';

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Key of the per-request loader of statuses by project. */
const BY_PROJECT = {};

function checkName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const n = name.trim();
  if (!n || n.length > 50) throw new BadUserInputError('Status name must be 1-50 characters', 'input.name');
  return n;
}

export class StatusService {
  constructor(private readonly ds: DataSource) {}

  async list(actor: Actor, projectId: string): Promise<TaskStatus[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return perRequest(actor, BY_PROJECT, () => new DataLoader<string, TaskStatus[]>(async (ids) => {
      const rows = await this.ds.getRepository(TaskStatus).find({ where: { projectId: In([...ids]) }, order: { position: 'ASC' } });
      return ids.map((id) => rows.filter((s) => s.projectId === id));
    }, { batchScheduleFn: (run) => setImmediate(run) })).load(projectId);
  }

  async create(actor: Actor, input: StatusCreateInput): Promise<TaskStatus> {
    const grant = await can(actor, input.projectId, Permission.STATUS_MANAGE);
    const name = checkName(input.name)!;
    if (input.color !== undefined && input.color !== null && !COLOR.test(input.color)) throw new BadUserInputError('Colour must look like #1e90ff', 'input.color');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(TaskStatus);
      if (await repo.exists({ where: { projectId: input.projectId, name } })) throw new BadUserInputError(`A status named "${name}" already exists`, 'input.name');
      const position = await repo.count({ where: { projectId: input.projectId } });
      const s = await repo.save(repo.create({ projectId: input.projectId, name, category: input.category, color: input.color ?? '#64748b', position }));
      await recordActivity(m, input.projectId, grant.userId, [{ entityType: 'status', entityId: s.id, action: ActivityAction.CREATED, newValue: { name, category: s.category } }]);
      await publishInTransaction(m, { type: 'project', projectId: input.projectId });
      return s;
    });
  }

  async update(actor: Actor, input: StatusUpdateInput): Promise<TaskStatus> {
    const grant = await authorizeEntity(actor, 'status', input.id, Permission.STATUS_MANAGE);
    const current = await this.ds.getRepository(TaskStatus).findOneBy({ id: input.id });
    if (!current) throw new NotFoundError('Status');
    const name = checkName(input.name ?? undefined);
    if (input.color !== undefined && input.color !== null && !COLOR.test(input.color)) throw new BadUserInputError('Colour must look like #1e90ff', 'input.color');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(TaskStatus);
      if (name && name !== current.name && (await repo.exists({ where: { projectId: current.projectId, name } }))) {
        throw new BadUserInputError(`A status named "${name}" already exists`, 'input.name');
      }
      const all = await repo.find({ where: { projectId: current.projectId }, order: { position: 'ASC' } });
      const changes = [];
      if (name && name !== current.name) changes.push({ field: 'name', oldValue: current.name, newValue: name });
      if (input.color && input.color !== current.color) changes.push({ field: 'color', oldValue: current.color, newValue: input.color });
      if (input.position !== undefined && input.position !== null) {
        const to = Math.max(0, Math.min(all.length - 1, input.position));
        const from = all.findIndex((s) => s.id === current.id);
        if (to !== from) {
          const [moved] = all.splice(from, 1);
          all.splice(to, 0, moved!);
          for (const [i, s] of all.entries()) if (s.position !== i) await repo.update({ id: s.id }, { position: i });
          changes.push({ field: 'position', oldValue: from, newValue: to });
        }
      }
      if (!changes.length) return current;
      await repo.update({ id: current.id }, { name: name ?? current.name, color: input.color ?? current.color });
      await recordActivity(m, current.projectId, grant.userId, changes.map((c) => ({ entityType: 'status', entityId: current.id, action: ActivityAction.UPDATED, ...c })));
      await publishInTransaction(m, { type: 'project', projectId: current.projectId });
      return repo.findOneByOrFail({ id: current.id });
    });
  }

  /**
   * Deletes a status; its tasks move to `moveToId` (another status of the project, required when the
   * status has tasks). The last status of a category that tasks still use cannot be left without a
   * replacement, and a project keeps at least one status.
   */
  async remove(actor: Actor, id: string, moveToId: string | null | undefined): Promise<TaskStatus> {
    const grant = await authorizeEntity(actor, 'status', id, Permission.STATUS_MANAGE);
    const current = await this.ds.getRepository(TaskStatus).findOneBy({ id });
    if (!current) throw new NotFoundError('Status');
    return this.ds.transaction(async (m) => {
      // Two deletions in one project run one after the other, so each sees what the other left.
      const held: unknown[] = await m.query('SELECT id FROM projects WHERE id = $1 FOR NO KEY UPDATE', [current.projectId]);
      if (!held.length) throw new NotFoundError('Status');
      const repo = m.getRepository(TaskStatus);
      const all = await repo.find({ where: { projectId: current.projectId }, order: { position: 'ASC' } });
      if (!all.some((s) => s.id === id)) throw new NotFoundError('Status');
      if (all.length <= 1) throw new BadUserInputError('A project needs at least one status', 'id');
      const [{ n }] = await m.query('SELECT count(*)::int AS n FROM tasks WHERE status_id = $1', [id]);
      let target: TaskStatus | undefined;
      if (n > 0) {
        if (!moveToId) throw new BadUserInputError(`${n} task(s) use this status: choose a status to move them to`, 'moveToId');
        target = all.find((s) => s.id === moveToId && s.id !== id);
        if (!target) throw new BadUserInputError('Move the tasks to another status of this project', 'moveToId');
        const [moved]: [{ id: string }[], number] = await m.query(
          'UPDATE tasks SET status_id = $2, version = version + 1, updated_at = now() WHERE status_id = $1 RETURNING id',
          [id, target.id],
        );
        await recordActivity(
          m,
          current.projectId,
          grant.userId,
          moved.map((t) => ({ entityType: 'task', entityId: t.id, taskId: t.id, action: ActivityAction.UPDATED, field: 'statusId', oldValue: id, newValue: target!.id })),
        );
        await publishInTransaction(m, { type: 'task', projectId: current.projectId, action: 'UPDATED', ids: moved.map((t) => t.id) });
        // A status of another category (cancelled, done...) changes what the summaries above them roll up.
        if (target.category !== current.category) await rollUpAncestors(m, current.projectId, moved.map((t) => t.id));
      }
      await repo.delete({ id });
      const rest = all.filter((s) => s.id !== id);
      for (const [i, s] of rest.entries()) if (s.position !== i) await repo.update({ id: s.id }, { position: i });
      await recordActivity(m, current.projectId, grant.userId, [
        { entityType: 'status', entityId: id, action: ActivityAction.DELETED, oldValue: { name: current.name, category: current.category } },
      ]);
      await publishInTransaction(m, { type: 'project', projectId: current.projectId });
      return current;
    });
  }
}
